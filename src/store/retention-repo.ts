import type { Database } from './database.ts';

/** What the retention run removed, per kind: counts for the log, never text. */
export interface RetentionCounts {
  readonly agendapunten: number;
  readonly actiepunten: number;
  readonly checkins: number;
  readonly knelpunten: number;
}

/**
 * Deletes the free text written before `cutoff`, in one transaction. Agendapunten and finished
 * actiepunten go entirely; an open actiepunt that old is stale and goes too; check-ins lose their
 * text but keep their level; knelpunten nobody said anything about since go, with their history.
 */
export async function deleteFreeTextBefore(db: Database, cutoff: Date): Promise<RetentionCounts> {
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
    const knelpunten = await tx.query('DELETE FROM knelpunten WHERE updated_at < $1', [cutoff]);
    return {
      agendapunten: agenda.rowCount ?? 0,
      actiepunten: acties.rowCount ?? 0,
      checkins: checkins.rowCount ?? 0,
      knelpunten: knelpunten.rowCount ?? 0,
    };
  });
}
