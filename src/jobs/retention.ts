import type { Database } from '../store/database.ts';

/**
 * Bewaartermijn: free text older than the retention period is deleted. Agendapunten
 * and finished actiepunten go entirely; an open actiepunt that old is stale and goes too;
 * check-ins lose their text but keep their level; untouched knelpunten go.
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
    // A check-in keeps its level (a number, not text); its toelichting and successes go.
    const checkins = await tx.query(
      `UPDATE checkin_answers SET toelichting = NULL, went_well = NULL
        WHERE updated_at < $1 AND (toelichting IS NOT NULL OR went_well IS NOT NULL)`,
      [cutoff],
    );
    // A knelpunt nobody has said anything about within the period goes, with its history.
    const knelpunten = await tx.query('DELETE FROM knelpunten WHERE updated_at < $1', [cutoff]);
    return {
      agendapunten: agenda.rowCount ?? 0,
      actiepunten: acties.rowCount ?? 0,
      checkins: checkins.rowCount ?? 0,
      knelpunten: knelpunten.rowCount ?? 0,
    };
  });
}
