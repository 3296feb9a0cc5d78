import { z } from 'zod';
import {
  DELIVERY_KINDS,
  DELIVERY_STATUSES,
  type Delivery,
  type DeliveryRow,
  DIGEST_KINDS,
  PLANNED_KINDS,
  type PlannedDelivery,
  SKIPPED_AS_LATE,
} from '../domain/deliveries.ts';
import type { Database, Queryable } from './database.ts';

/** What the planner writes from a series; replacePlan only ever touches these. */
const INSERT = `
  INSERT INTO deliveries (key, overleg_id, region_id, occurrence, kind, platform, workspace, channel_id, due_at, next_attempt_at)
  SELECT p.key, p.overleg_id::uuid, p.region_id, p.occurrence, p.kind, p.platform, p.workspace, p.channel_id, p.due_at, p.due_at
    FROM jsonb_to_recordset($1::jsonb) AS p(key text, overleg_id text, region_id text, occurrence text, kind text,
         platform text, workspace text, channel_id text, due_at timestamptz)`;

function rowsJson(rows: readonly DeliveryRow[]): string {
  return JSON.stringify(
    rows.map((p) => ({
      key: p.key,
      overleg_id: p.overlegId,
      region_id: p.regionId ?? null,
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
 * Writes a plan: new keys are added, a pending or obsolete row follows its new time (and is
 * pending again); one already sent, failed or skipped stays as it was, so replanning never sends
 * anything twice.
 */
export async function upsertDeliveries(
  db: Queryable,
  rows: readonly DeliveryRow[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    `${INSERT}
     ON CONFLICT (key) DO UPDATE SET due_at = EXCLUDED.due_at, next_attempt_at = EXCLUDED.next_attempt_at,
            status = 'pending', updated_at = $2
      WHERE deliveries.status IN ('pending', 'obsolete')
        AND (deliveries.due_at <> EXCLUDED.due_at OR deliveries.status = 'obsolete')`,
    [rowsJson(rows), now],
  );
}

/** Adds deliveries that are not there yet; one already planned, sent or skipped stays as it is. */
export async function addDeliveries(db: Queryable, rows: readonly DeliveryRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const added = await db.query(`${INSERT} ON CONFLICT (key) DO NOTHING`, [rowsJson(rows)]);
  return added.rowCount ?? 0;
}

const row = z.object({
  key: z.string(),
  overleg_id: z.string().nullable(),
  region_id: z.string().nullable().optional(),
  occurrence: z.string(),
  kind: z.enum(DELIVERY_KINDS),
  platform: z.enum(['slack', 'teams']),
  workspace: z.string(),
  channel_id: z.string(),
  due_at: z.date(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number(),
  late: z.boolean(),
});

function toDelivery(r: unknown, uncertain = false): Delivery {
  const d = row.parse(r);
  return {
    key: d.key,
    overlegId: d.overleg_id,
    regionId: d.region_id ?? null,
    occurrence: d.occurrence,
    kind: d.kind,
    platform: d.platform,
    workspace: d.workspace,
    channelId: d.channel_id,
    dueAt: d.due_at,
    status: d.status,
    attempts: d.attempts,
    late: d.late,
    uncertain,
  };
}

/**
 * Makes the stored plan of one overleg match `planned`: new keys are added, pending
 * ones follow a moved meeting, pending ones no longer planned become obsolete.
 * What was sent stays as it was.
 */
export async function replacePlan(
  tx: Queryable,
  overlegId: string,
  planned: readonly PlannedDelivery[],
  now: Date,
) {
  await replacePlans(tx, [overlegId], planned, now);
}

/** replacePlan for many overleggen at once: two statements, whatever their number. */
export async function replacePlans(
  tx: Queryable,
  overlegIds: readonly string[],
  planned: readonly PlannedDelivery[],
  now: Date,
) {
  if (overlegIds.length === 0) return;
  await tx.query(
    `UPDATE deliveries SET status = 'obsolete', updated_at = $3
      WHERE overleg_id = ANY($1::uuid[]) AND status = 'pending' AND NOT (key = ANY($2::text[]))
        AND kind = ANY($4::text[])`,
    [overlegIds, planned.map((p) => p.key), now, PLANNED_KINDS],
  );
  await upsertDeliveries(tx, planned, now);
}

/**
 * For a cancel or restore notice `n`, the key of the notice just before it for the same meeting
 * and channel (src/jobs/notice-order.ts): "gaat toch door" of round r follows "gaat niet door" of
 * round r, which follows "gaat toch door" of round r − 1. NULL for any other row. Keys end in
 * `|round-N` from round 2 on (deliveryKey).
 */
const EARLIER_NOTICE_KEY = `CASE
    WHEN n.kind = 'restore_notice' THEN replace(n.key, '|restore_notice|', '|cancel_notice|')
    WHEN n.kind = 'cancel_notice' AND n.key ~ '\\|round-\\d+$' THEN regexp_replace(
      replace(n.key, '|cancel_notice|', '|restore_notice|'), '\\|round-\\d+$',
      CASE WHEN substring(n.key from '\\|round-(\\d+)$')::int > 2
           THEN '|round-' || (substring(n.key from '\\|round-(\\d+)$')::int - 1) ELSE '' END)
  END`;

/**
 * Claims up to `limit` due deliveries for this worker under a lease. A cancel or restore notice
 * waits while the notice before it for its channel is still due or on its way, so they go out in order. SKIP LOCKED
 * lets replicas on one PostgreSQL share the work without taking the same row;
 * a claim whose lease ran out (its worker died) is taken again, marked uncertain.
 */
export async function claimDue(
  db: Database,
  worker: string,
  now: Date,
  limit: number,
  leaseMs: number,
  /** Workspaces (`platform|workspace`) to leave alone for now, such as those paused by a 429. */
  skip: readonly string[] = [],
) {
  const { rows } = await db.pool.query(
    `WITH due AS (
       SELECT key, status AS was FROM deliveries n
        WHERE status IN ('pending', 'sending') AND next_attempt_at <= $1
          AND (status = 'pending' OR lease_until < $1)
          AND NOT (platform || '|' || workspace = ANY($5::text[]))
          AND NOT EXISTS (SELECT 1 FROM deliveries e
                           WHERE e.key = ${EARLIER_NOTICE_KEY} AND e.status IN ('pending', 'sending'))
        ORDER BY next_attempt_at
        LIMIT $3
        FOR UPDATE SKIP LOCKED)
     UPDATE deliveries d SET status = 'sending', claimed_by = $2, attempts = d.attempts + 1,
            lease_until = $1::timestamptz + ($4 || ' milliseconds')::interval, updated_at = $1
       FROM due WHERE d.key = due.key
     RETURNING d.*, due.was`,
    [now, worker, limit, String(leaseMs), skip],
  );
  return rows.map((r) => toDelivery(r, (r as { was: string }).was === 'sending'));
}

/** Of `keys`, those that reached their channel (status 'sent'): the notices before a notice (notice-order.ts). */
export async function sentKeys(db: Queryable, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { rows } = await db.query(
    `SELECT key FROM deliveries WHERE key = ANY($1::text[]) AND status = 'sent'`,
    [keys],
  );
  return new Set(rows.map((r) => (r as { key: string }).key));
}

export async function markSent(
  db: Queryable,
  key: string,
  worker: string,
  now: Date,
  late: boolean,
): Promise<void> {
  await db.query(
    `UPDATE deliveries SET status = 'sent', sent_at = $3, late = $4, lease_until = NULL, last_error = NULL, updated_at = $3
      WHERE key = $1 AND claimed_by = $2 AND status = 'sending'`,
    [key, worker, now, late],
  );
}

/**
 * Marks many sent deliveries in one statement (one round trip for a batch instead of one per
 * message); each keeps its own sending time and lateness.
 */
export async function markSentMany(
  db: Queryable,
  worker: string,
  sent: ReadonlyArray<{
    readonly key: string;
    readonly at: Date;
    readonly late: boolean;
    readonly ref?: string;
  }>,
): Promise<void> {
  if (sent.length === 0) return;
  await db.query(
    `UPDATE deliveries d SET status = 'sent', sent_at = s.at, late = s.late, lease_until = NULL, last_error = NULL,
            updated_at = s.at, sent_ref = COALESCE(s.ref, d.sent_ref)
       FROM unnest($2::text[], $3::timestamptz[], $4::boolean[], $5::text[]) AS s(key, at, late, ref)
      WHERE d.key = s.key AND d.claimed_by = $1 AND d.status = 'sending'`,
    [
      worker,
      sent.map((s) => s.key),
      sent.map((s) => s.at),
      sent.map((s) => s.late),
      sent.map((s) => s.ref ?? null),
    ],
  );
}

export async function markRetry(
  db: Queryable,
  key: string,
  worker: string,
  at: Date,
  error: string,
  now: Date,
) {
  await db.query(
    `UPDATE deliveries SET status = 'pending', next_attempt_at = $3, last_error = $4, lease_until = NULL, updated_at = $5
      WHERE key = $1 AND claimed_by = $2 AND status = 'sending'`,
    [key, worker, at, error, now],
  );
}

export async function markFinal(
  db: Queryable,
  key: string,
  worker: string,
  status: 'failed' | 'skipped',
  error: string,
  now: Date,
) {
  await db.query(
    `UPDATE deliveries SET status = $3, last_error = $4, lease_until = NULL, updated_at = $5
      WHERE key = $1 AND claimed_by = $2 AND status = 'sending'`,
    [key, worker, status, error, now],
  );
}

/**
 * The overleg's failed messages, and its region's failed digest messages (they concern every
 * werkgroep); with them those the scheduler skipped as too late (status 'skipped', SKIPPED_AS_LATE).
 */
export async function failedDeliveries(db: Queryable, overlegId: string) {
  const { rows } = await db.query(
    `SELECT * FROM deliveries WHERE (status = 'failed' OR (status = 'skipped' AND last_error = $3))
        AND (overleg_id = $1 OR (kind = ANY($2::text[])
             AND region_id = (SELECT region_id FROM overleggen WHERE id = $1)))
      ORDER BY due_at DESC LIMIT 20`,
    [overlegId, DIGEST_KINDS, SKIPPED_AS_LATE],
  );
  return rows.map((r) => toDelivery(r));
}

/**
 * Renews this worker's lease on one delivery just before it is sent. False means the
 * lease ran out and another worker took it: then this one must not send.
 */
export async function renewLease(db: Queryable, key: string, worker: string, now: Date, leaseMs: number) {
  const r = await db.query(
    `UPDATE deliveries SET lease_until = $3::timestamptz + ($4 || ' milliseconds')::interval
      WHERE key = $1 AND claimed_by = $2 AND status = 'sending'`,
    [key, worker, now, String(leaseMs)],
  );
  return r.rowCount === 1;
}

/**
 * How many messages wait: `due` (their time has come, not yet sent) and `overdue` (of those, due
 * longer ago than `overdueAfterMs`), for the metrics gauge. Counts only, never content.
 */
export async function deliveryBacklog(
  db: Queryable,
  now: Date,
  overdueAfterMs: number,
): Promise<{ due: number; overdue: number }> {
  const { rows } = await db.query(
    `SELECT count(*)::int AS due,
            count(*) FILTER (WHERE due_at <= $1::timestamptz - ($2 || ' milliseconds')::interval)::int AS overdue
       FROM deliveries WHERE status IN ('pending', 'sending') AND next_attempt_at <= $1`,
    [now, String(overdueAfterMs)],
  );
  const counts = z.object({ due: z.number(), overdue: z.number() }).parse(rows[0]);
  return counts;
}

/**
 * When the first waiting message falls due, up to `until` (null when none does): local mode's clock
 * steps through a jump from one due moment to the next, so each goes out at its own time.
 */
export async function firstDueUntil(db: Queryable, until: Date): Promise<Date | null> {
  const { rows } = await db.query(
    `SELECT min(next_attempt_at) AS at FROM deliveries WHERE status = 'pending' AND next_attempt_at <= $1`,
    [until],
  );
  return z.object({ at: z.date().nullable() }).parse(rows[0]).at;
}
