import type { BuiltDelivery } from '../checkin/checkin-deliveries.ts';
import type { Delivery } from '../domain/deliveries.ts';
import { publishedMessage } from '../messages/digest-messages.ts';
import type { DigestDelivery, StuurgroepChannel } from '../store/digest-deliveries-repo.ts';
import type { DigestRepository } from '../store/digest-store.ts';

/**
 * The published digest on its way to the stuurgroep: one delivery per channel, written in the
 * same transaction that freezes the version, and sent by the scheduler like a reminder (claimed
 * under a unique key, retried with backoff, shown in `mislukt` when it keeps failing).
 */

interface VersionKey {
  readonly regionId: string;
  readonly period: string;
  readonly version: number;
}

const OCCURRENCE = /^(\S+) versie (\d+)$/;

/** Where the chart and the PDF of a published version can be fetched, once PUBLIC_URL is set. */
export function fileLinks(publicUrl: string | undefined, token: string): { png: string; pdf: string } | null {
  if (!publicUrl) return null;
  const base = `${publicUrl.replace(/\/$/, '')}/digest/${token}`;
  return { png: `${base}.png`, pdf: `${base}.pdf` };
}

export function publishKey(k: VersionKey, c: StuurgroepChannel): string {
  return ['digest_publish', k.regionId, k.period, `v${k.version}`, c.platform, c.workspace, c.channelId].join(
    '|',
  );
}

/** Queues the version for each channel, due now. Twice for the same version adds nothing. */
export async function enqueuePublication(
  tx: Pick<DigestRepository, 'addPublishDeliveries'>,
  k: VersionKey,
  channels: readonly StuurgroepChannel[],
  now: Date,
): Promise<void> {
  const rows: DigestDelivery[] = channels.map((c) => ({
    key: publishKey(k, c),
    regionId: k.regionId,
    overlegId: c.overlegId,
    occurrence: `${k.period} versie ${k.version}`,
    kind: 'digest_publish',
    platform: c.platform,
    workspace: c.workspace,
    channelId: c.channelId,
    dueAt: now,
  }));
  await tx.addPublishDeliveries(rows);
}

/** The post as the frozen version reads, to the channel if the stuurgroep still has it. */
export async function buildPublishDelivery(
  data: Pick<DigestRepository, 'findVersion' | 'stuurgroepChannelTargets'>,
  d: Delivery,
  publicUrl: string | undefined,
): Promise<BuiltDelivery | { readonly skip: string }> {
  const m = OCCURRENCE.exec(d.occurrence);
  if (!d.regionId || !m?.[1]) return { skip: 'onbekende samenvatting' };
  const v = await data.findVersion(d.regionId, m[1], Number(m[2]));
  if (!v?.fileToken || v.status !== 'published') return { skip: 'samenvatting is niet (meer) gepubliceerd' };
  const channel = (await data.stuurgroepChannelTargets(d.regionId)).find(
    (c) => c.platform === d.platform && c.workspace === d.workspace && c.channelId === d.channelId,
  );
  if (!channel) return { skip: 'kanaal van de stuurgroep bestaat niet meer' };
  return {
    direct: false,
    target: channel,
    message: publishedMessage(v, fileLinks(publicUrl, v.fileToken), v.corrects !== null),
  };
}
