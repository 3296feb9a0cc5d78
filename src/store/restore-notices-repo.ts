import type { Queryable } from './database.ts';

/**
 * A restore notice for each channel whose cancel notice of this meeting went out (or is going out),
 * due now; keyed like a planned delivery, so the same restore written twice adds nothing. Notices
 * of an earlier cancel-and-restore of the same meeting are set aside under a key of their own
 * first (and the cancel notices after), so a meeting cancelled again is told again, and so is its
 * next restore. Returns how many were written.
 */
export async function addRestoreNotices(
  db: Queryable,
  overlegId: string,
  occurrence: string,
  now: Date,
): Promise<number> {
  const setAside = (kind: string) =>
    db.query(
      // A key of its own whatever the clock says (two restores within one moment in a test).
      `UPDATE deliveries SET key = concat_ws('|', key, 'opzij', gen_random_uuid()::text), updated_at = $3
        WHERE overleg_id = $1::uuid AND occurrence = $2 AND kind = $4 AND status IN ('sent', 'failed', 'skipped')`,
      [overlegId, occurrence, now, kind],
    );
  await setAside('restore_notice');
  const added = await db.query(
    `INSERT INTO deliveries (key, overleg_id, occurrence, kind, platform, workspace, channel_id, due_at, next_attempt_at)
     SELECT concat_ws('|', overleg_id::text, occurrence, 'restore_notice', platform, workspace, channel_id),
            overleg_id, occurrence, 'restore_notice', platform, workspace, channel_id, $3, $3
       FROM deliveries
      WHERE overleg_id = $1::uuid AND occurrence = $2 AND kind = 'cancel_notice' AND status IN ('sent', 'sending')
        AND key = concat_ws('|', overleg_id::text, occurrence, 'cancel_notice', platform, workspace, channel_id)
     ON CONFLICT (key) DO NOTHING`,
    [overlegId, occurrence, now],
  );
  await setAside('cancel_notice');
  return added.rowCount ?? 0;
}
