import type { Target } from '../domain/deliveries.ts';
import type { Queryable } from './database.ts';
import { addDeliveries, upsertDeliveries } from './deliveries-repo.ts';

/**
 * The digest's rows in the deliveries table. They belong to a region: the automatic draft has no
 * overleg, the published post names the stuurgroep overleg of its channel. The scheduler claims,
 * retries and records them like every other delivery.
 */

export interface DigestDelivery extends Target {
  readonly key: string;
  readonly regionId: string;
  /** The stuurgroep overleg of a published post's channel; null for a draft to a projectleider. */
  readonly overlegId: string | null;
  /** What it is about: the meeting date of a draft, 'period|version' of a published post. */
  readonly occurrence: string;
  readonly kind: 'digest_draft' | 'digest_publish';
  readonly dueAt: Date;
}

/**
 * Makes the region's pending automatic drafts match `planned`: new ones are added, pending ones
 * follow a changed setting, pending ones for a date that went become obsolete. A draft already
 * sent, failed or skipped stays as it was, so replanning never sends it twice.
 */
export async function replaceDraftPlan(
  tx: Queryable,
  regionId: string,
  planned: readonly DigestDelivery[],
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE deliveries SET status = 'obsolete', updated_at = $3
      WHERE region_id = $1 AND kind = 'digest_draft' AND status = 'pending' AND NOT (key = ANY($2::text[]))`,
    [regionId, planned.map((p) => p.key), now],
  );
  await upsertDeliveries(tx, planned, now);
}

/** Adds the posts of a published version; a post already there (the same version and channel) stays. */
export async function addPublishDeliveries(tx: Queryable, rows: readonly DigestDelivery[]): Promise<void> {
  await addDeliveries(tx, rows);
}

/** A stuurgroep channel of the region, with the stuurgroep overleg it belongs to. */
export interface StuurgroepChannel extends Target {
  readonly overlegId: string;
  readonly serviceUrl: string | null;
}

export async function stuurgroepChannelTargets(
  db: Queryable,
  regionId: string,
): Promise<StuurgroepChannel[]> {
  const { rows } = await db.query(
    `SELECT o.id AS overleg_id, c.platform, c.workspace, c.channel_id, c.service_url
       FROM overleggen o JOIN overleg_channels c ON c.overleg_id = o.id
      WHERE o.region_id = $1 AND o.kind = 'stuurgroep'
      ORDER BY c.platform, c.workspace, c.channel_id`,
    [regionId],
  );
  return rows.map((r) => ({
    overlegId: String(r.overleg_id),
    platform: r.platform === 'teams' ? 'teams' : 'slack',
    workspace: String(r.workspace),
    channelId: String(r.channel_id),
    serviceUrl: (r.service_url as string | null) ?? null,
  }));
}
