import type { WerkgroepHarness } from './werkgroep-harness.ts';

/** The stored deadline ('YYYY-MM-DD', or null) of actiepunt #n of the harness's werkgroep. */
export async function deadlineOf(h: WerkgroepHarness, n: number): Promise<string | null> {
  const { rows } = await h.tdb.db.pool.query(
    `SELECT to_char(due_date, 'YYYY-MM-DD') AS due FROM actiepunten WHERE overleg_id = $1 AND number = $2`,
    [h.w.overlegId, n],
  );
  return rows[0]?.due ?? null;
}
