import type { Queryable } from './database.ts';

/**
 * A restore notice for each channel whose cancel notice of this meeting went out (or is going out),
 * due now; keyed like a planned delivery, so a second restore of the same meeting adds nothing.
 * Returns how many were written.
 */
export async function addRestoreNotices(
  db: Queryable,
  overlegId: string,
  occurrence: string,
  now: Date,
): Promise<number> {
  const added = await db.query(
    `INSERT INTO deliveries (key, overleg_id, occurrence, kind, platform, workspace, channel_id, due_at, next_attempt_at)
     SELECT concat_ws('|', overleg_id::text, occurrence, 'restore_notice', platform, workspace, channel_id),
            overleg_id, occurrence, 'restore_notice', platform, workspace, channel_id, $3, $3
       FROM deliveries
      WHERE overleg_id = $1::uuid AND occurrence = $2 AND kind = 'cancel_notice' AND status IN ('sent', 'sending')
     ON CONFLICT (key) DO NOTHING`,
    [overlegId, occurrence, now],
  );
  return added.rowCount ?? 0;
}
