import { MAX_REMINDER_DAYS } from '../schedule/reminder-limits.ts';
import type { Queryable } from './database.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * How far back a notice still matters: one is due at most the reminder days (pulled back
 * out of a weekend) before its meeting, and a restore notice is only planned for a meeting not
 * yet begun; a week to spare.
 */
const HEARD_WINDOW_MS = (MAX_REMINDER_DAYS + 7) * DAY_MS;

/**
 * The keys of the cancel and restore notices each channel heard, by overleg: a meeting put back
 * (`herstel`) is told it goes ahead after all where the last of them said it was off
 * (src/jobs/notice-order.ts). A cancel notice still on its way counts (its "gaat toch door" waits
 * for it and is checked again as it is sent); a restore notice on its way does not, so the next
 * round's is planned rather than left out should it fail. What was sent is the job runner's
 * knowledge, so the planner reads it here rather than from the series.
 */
export async function heardNotices(
  db: Queryable,
  overlegIds: readonly string[],
  now: Date,
): Promise<Map<string, Set<string>>> {
  const heard = new Map<string, Set<string>>();
  if (overlegIds.length === 0) return heard;
  const { rows } = await db.query(
    `SELECT overleg_id::text AS overleg_id, key FROM deliveries
      WHERE overleg_id = ANY($1::uuid[]) AND kind IN ('cancel_notice', 'restore_notice')
        AND (status = 'sent' OR (status = 'sending' AND kind = 'cancel_notice'))
        AND due_at >= $2`,
    [overlegIds, new Date(now.getTime() - HEARD_WINDOW_MS)],
  );
  for (const r of rows as { overleg_id: string; key: string }[]) {
    const keys = heard.get(r.overleg_id) ?? new Set<string>();
    keys.add(r.key);
    heard.set(r.overleg_id, keys);
  }
  return heard;
}
