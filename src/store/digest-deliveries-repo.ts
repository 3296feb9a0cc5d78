import type { Queryable } from './database.ts';
import type { Target } from './deliveries-repo.ts';

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

const INSERT = `
  INSERT INTO deliveries (key, overleg_id, region_id, occurrence, kind, platform, workspace, channel_id, due_at, next_attempt_at)
  SELECT p.key, p.overleg_id::uuid, p.region_id, p.occurrence, p.kind, p.platform, p.workspace, p.channel_id, p.due_at, p.due_at
    FROM jsonb_to_recordset($1::jsonb) AS p(key text, overleg_id text, region_id text, occurrence text, kind text,
         platform text, workspace text, channel_id text, due_at timestamptz)`;

function json(rows: readonly DigestDelivery[]): string {
  return JSON.stringify(
    rows.map((p) => ({
      key: p.key,
      overleg_id: p.overlegId,
      region_id: p.regionId,
      occurrence: p.occurrence,
      kind: p.kind,
      platform: p.platform,
      workspace: p.workspace,
      channel_id: p.channelId,
      due_at: p.dueAt.toISOString(),
    })),
  );
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
  if (planned.length === 0) return;
  await tx.query(
    `${INSERT}
     ON CONFLICT (key) DO UPDATE SET due_at = EXCLUDED.due_at, next_attempt_at = EXCLUDED.next_attempt_at,
            status = 'pending', updated_at = $2
      WHERE deliveries.status IN ('pending', 'obsolete')
        AND (deliveries.due_at <> EXCLUDED.due_at OR deliveries.status = 'obsolete')`,
    [json(planned), now],
  );
}

/** Adds the posts of a published version; a post already there (the same version and channel) stays. */
export async function addPublishDeliveries(tx: Queryable, rows: readonly DigestDelivery[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(`${INSERT} ON CONFLICT (key) DO NOTHING`, [json(rows)]);
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
