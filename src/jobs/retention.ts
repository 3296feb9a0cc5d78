import type { Database } from '../store/database.ts';

/**
 * Bewaartermijn: free text older than the retention period is deleted. Agendapunten
 * and finished actiepunten go entirely; an open actiepunt that old is stale and goes too.
 * Returns what was removed, per kind, for the log (counts only, never text).
 */
export async function deleteExpiredFreeText(
  db: Database,
  now: Date,
  months: number,
): Promise<Record<string, number>> {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return db.transaction(async (tx) => {
    const agenda = await tx.query('DELETE FROM agenda_items WHERE created_at < $1', [cutoff]);
    const acties = await tx.query('DELETE FROM actiepunten WHERE coalesce(done_at, created_at) < $1', [
      cutoff,
    ]);
    return { agendapunten: agenda.rowCount ?? 0, actiepunten: acties.rowCount ?? 0 };
  });
}
