import { forgetAnsweredCommands } from './command-answers-repo.ts';
import type { Database } from './database.ts';

// Any fixed number, the retention run's own (migrations use another).
const RETENTION_LOCK = 4_242_424;

/** What the retention run removed, per kind: counts for the log, never text. */
export interface RetentionCounts {
  readonly agendapunten: number;
  readonly actiepunten: number;
  readonly checkins: number;
  readonly knelpunten: number;
  /** Stuurgroep summaries never published (concepten): they quote check-in text and knelpunten. */
  readonly concepten: number;
}

/**
 * Deletes the free text written before `cutoff`, in one transaction; null (nothing done) while
 * another Schakel process holds the run. Agendapunten and finished
 * actiepunten go entirely; an open actiepunt that old is stale and goes too; check-ins lose their
 * text but keep their level; knelpunten nobody said anything about since go, with their history;
 * summaries drafted that long ago and never published go too.
 */
export async function deleteFreeTextBefore(db: Database, cutoff: Date): Promise<RetentionCounts | null> {
  return db.transaction(async (tx) => {
    // Every replica runs it: while one does, another deletes nothing (it would only wait on the
    // same rows, and find them gone).
    const lock = await tx.query<{ got: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS got', [
      RETENTION_LOCK,
    ]);
    if (!lock.rows[0]?.got) return null;
    const agenda = await tx.query('DELETE FROM agenda_items WHERE created_at < $1', [cutoff]);
    const acties = await tx.query(
      'DELETE FROM actiepunten WHERE coalesce(removed_at, done_at, created_at) < $1',
      [cutoff],
    );
    // A check-in keeps its level (a number, not text); its toelichting and successes go.
    const checkins = await tx.query(
      `UPDATE checkin_answers SET toelichting = NULL, went_well = NULL
        WHERE updated_at < $1 AND (toelichting IS NOT NULL OR went_well IS NOT NULL)`,
      [cutoff],
    );
    const knelpunten = await tx.query('DELETE FROM knelpunten WHERE updated_at < $1', [cutoff]);
    // A summary never published quotes what went well and the knelpunten: it goes with them (a
    // published one is kept as the stuurgroep received it).
    const concepten = await tx.query(
      `DELETE FROM digest_versions WHERE status = 'draft' AND created_at < $1`,
      [cutoff],
    );
    return {
      agendapunten: agenda.rowCount ?? 0,
      actiepunten: acties.rowCount ?? 0,
      checkins: checkins.rowCount ?? 0,
      knelpunten: knelpunten.rowCount ?? 0,
      concepten: concepten.rowCount ?? 0,
    };
  });
}

/** What the bewaartermijn deletes (src/jobs/retention.ts runs it): old free text, answered commands' reply links. */
export const retentionStore = (db: Database) => ({
  deleteFreeTextBefore: (cutoff: Date) => deleteFreeTextBefore(db, cutoff),
  forgetAnsweredCommands: () => forgetAnsweredCommands(db.pool),
});
