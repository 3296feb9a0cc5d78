import type { Queryable } from './database.ts';

/**
 * Who did it when no member did: Schakel itself, for the demo set-up (it publishes the demo's
 * digest on a first local start), or the beheerder on the command line (`schakel export`,
 * `schakel members import`, `schakel members erase`). Kept in the entry's details as `door`;
 * `logboek` names it.
 */
export type SystemActor = 'demo' | 'cli';

/** The region's logbook (audit_log): who changed what, shown by `logboek`. */
export async function audit(
  db: Queryable,
  entry: {
    regionId: string;
    actorId: string | null;
    /** Done by Schakel itself, not by a member: then `actorId` is null. */
    doneBy?: SystemActor;
    action: string;
    subject: string;
    details?: object;
    at: Date;
  },
): Promise<void> {
  await db.query(
    'INSERT INTO audit_log (region_id, actor_id, action, subject, details, at) VALUES ($1, $2, $3, $4, $5, $6)',
    [
      entry.regionId,
      entry.actorId,
      entry.action,
      entry.subject,
      JSON.stringify({ ...entry.details, ...(entry.doneBy ? { door: entry.doneBy } : {}) }),
      entry.at,
    ],
  );
}

export async function auditEntries(db: Queryable, regionId: string, limit: number) {
  const { rows } = await db.query(
    `SELECT a.at, a.action, a.subject, a.details, m.name AS actor, a.details->>'door' AS "doneBy", o.name AS werkgroep
       FROM audit_log a LEFT JOIN members m ON m.id = a.actor_id LEFT JOIN overleggen o ON o.id::text = a.subject
      WHERE a.region_id = $1 ORDER BY a.at DESC, a.id DESC LIMIT $2`,
    [regionId, limit],
  );
  return rows as Array<{
    at: Date;
    action: string;
    subject: string | null;
    details: Record<string, unknown> | null;
    actor: string | null;
    doneBy: SystemActor | null;
    werkgroep: string | null;
  }>;
}

/**
 * Of these one-way member keys (src/privacy/erased-member-key.ts), those an erasure recorded in
 * the logbook: `schakel import` leaves those members out.
 */
export async function erasedKeysAmong(db: Queryable, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { rows } = await db.query<{ key: string }>(
    `SELECT DISTINCT details->>'lid' AS key FROM audit_log
      WHERE action = 'gegevens_gewist' AND details->>'lid' = ANY($1::text[])`,
    [keys],
  );
  return new Set(rows.map((r) => r.key));
}
