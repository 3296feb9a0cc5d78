import { openRound } from '../../src/store/checkin-repo.ts';
import type { Database } from '../../src/store/database.ts';
import { findMember } from '../../src/store/members-repo.ts';
import type { TestApp } from './test-app.ts';

/** The werkgroep's series: every four weeks from Tuesday 6 October 2026, 14:00-15:30 in Amsterdam. */
export async function createSeriesFor(
  app: TestApp,
  db: Database,
  overlegId: string,
  projectleiderId: string,
) {
  await app.running.core.rhythm.createSeries(await findMember(db.pool, projectleiderId), overlegId, {
    firstStart: '2026-10-06T14:00',
    everyWeeks: 4,
    durationMinutes: 90,
  });
}

/** The round of the meeting of Tuesday 6 October 2026, open from 16:00 that day for a week. */
export async function openTuesdayRound(db: Database, overlegId: string) {
  const { round } = await openRound(db.pool, {
    overlegId,
    occurrence: '2026-10-06T14:00',
    meetingDate: '2026-10-06',
    timeZone: 'Europe/Amsterdam',
    openedAt: new Date('2026-10-06T14:00:00Z'),
    nudgeAt: new Date('2026-10-09T14:00:00Z'),
    closesAt: new Date('2026-10-13T14:00:00Z'),
  });
  return round;
}

/** What the database holds about check-ins, to check what was (not) stored. */
export async function checkinState(db: Database) {
  const q = async (sql: string) => (await db.pool.query(sql)).rows;
  return {
    rounds: await q('SELECT id, occurrence, closed_at FROM checkin_rounds ORDER BY opened_at'),
    answers: await q(
      `SELECT m.name, a.samenwerkingsniveau, a.toelichting, a.went_well, a.updated_at
         FROM checkin_answers a JOIN members m ON m.id = a.member_id ORDER BY m.name`,
    ),
    knelpunten: await q(
      'SELECT id, description, category, status, oplossing FROM knelpunten ORDER BY created_at, slot',
    ),
    history: await q('SELECT knelpunt_id, update_kind, status, oplossing FROM knelpunt_history ORDER BY id'),
  };
}

export async function roundIds(db: Database): Promise<string[]> {
  const { rows } = await db.pool.query('SELECT id FROM checkin_rounds ORDER BY opened_at');
  return rows.map((r) => r.id as string);
}
