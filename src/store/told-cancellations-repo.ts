import { MAX_REMINDER_DAYS } from '../schedule/reminder-limits.ts';
import type { Queryable } from './database.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * How far back a cancel notice still matters: one is due at most the reminder days (pulled back
 * out of a weekend) before its meeting, and a restore notice is only planned for a meeting not
 * yet begun; a week to spare.
 */
const TOLD_WINDOW_MS = (MAX_REMINDER_DAYS + 7) * DAY_MS;

/**
 * The keys of the cancel notices that reached a channel (or are being sent there), by overleg:
 * where a meeting put back (`herstel`) is told it goes ahead after all. What was sent is the job
 * runner's knowledge, so the planner reads it here rather than from the series.
 */
export async function toldCancellations(
  db: Queryable,
  overlegIds: readonly string[],
  now: Date,
): Promise<Map<string, Set<string>>> {
  const told = new Map<string, Set<string>>();
  if (overlegIds.length === 0) return told;
  const { rows } = await db.query(
    `SELECT overleg_id::text AS overleg_id, key FROM deliveries
      WHERE overleg_id = ANY($1::uuid[]) AND kind = 'cancel_notice' AND status IN ('sent', 'sending')
        AND due_at >= $2`,
    [overlegIds, new Date(now.getTime() - TOLD_WINDOW_MS)],
  );
  for (const r of rows as { overleg_id: string; key: string }[]) {
    const keys = told.get(r.overleg_id) ?? new Set<string>();
    keys.add(r.key);
    told.set(r.overleg_id, keys);
  }
  return told;
}
