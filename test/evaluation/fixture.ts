import type { Database } from '../../src/store/database.ts';
import { insertDigestFixture, REGION } from '../digest/fixture.ts';

/**
 * The digest's fixture region plus what the evaluation reads beyond one tertiaal: voortgang for
 * 2026-T1, and a "wat ging goed" that carries a BSN (which the draft must leave out).
 */
export const BSN_SUCCESS = 'Cliënt met BSN 111222333 aan het werk geholpen';

export async function insertEvaluationFixture(db: Database): Promise<void> {
  const { members } = await insertDigestFixture(db);
  await db.pool.query(
    `INSERT INTO voortgang (region_id, tertiaal, trajecten, duurzame_uitstroom_pct, leerbijeenkomsten, casusbesprekingen, updated_at)
     VALUES ($1, '2026-T1', 20, 38, 1, 3, now())`,
    [REGION],
  );
  await db.pool.query(
    `UPDATE checkin_answers SET went_well = $1
      WHERE member_id = $2 AND round_id = (SELECT id FROM checkin_rounds WHERE meeting_date = '2026-06-09')`,
    [BSN_SUCCESS, members[3]],
  );
}
