import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { planOverlegIn } from '../../src/jobs/plan-deliveries.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { createSeriesCommands } from '../../src/rhythm/series-changes.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { planningStore } from '../../src/store/planning-store.ts';
import { saveReminderSettings } from '../../src/store/rhythm-repo.ts';
import { rhythmStore } from '../../src/store/rhythm-store.ts';
import { seedMeetingWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-12-01T09:00:00Z');

/**
 * Every 4 weeks, agenda call 10 days ahead; weekly in January 2027, every 4 weeks again from
 * Tuesday 9 February. The daily planning run of Monday 1 February (the weekly rule just ended)
 * must leave the call for 9 February waiting, not mark it obsolete before it went out.
 */
describe('the daily planning run the day a weekly period ends', () => {
  let tdb: TestDatabase;
  let overlegId = '';
  const agendaCall = async () =>
    (
      await tdb.db.pool.query<{ status: string; due_at: Date }>(
        `SELECT status, due_at FROM deliveries WHERE kind = 'agenda_call' AND occurrence = '2027-02-09T14:00'`,
      )
    ).rows;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedMeetingWerkgroep(tdb.db, clock, '2026-11-10T14:00');
    overlegId = w.overlegId;
    await saveReminderSettings(tdb.db.pool, overlegId, { agendaCallDaysBefore: 10 });
    const series = createSeriesCommands({ store: rhythmStore(tdb.db), clock, guard: createGuard() });
    const pl = await findMember(tdb.db.pool, w.projectleiderId);
    await series.changeSeriesFrom(pl, overlegId, {
      effectiveFrom: '2027-01-04',
      firstStart: '2027-01-05T14:00',
      everyWeeks: 1,
    });
    await series.changeSeriesFrom(pl, overlegId, {
      effectiveFrom: '2027-02-01',
      firstStart: '2027-02-09T14:00',
      everyWeeks: 4,
    });
  });
  afterAll(async () => tdb?.drop());

  it('Thursday 28 January: the call is waiting for Wednesday 3 February', async () => {
    await planOverlegIn(planningStore(tdb.db), overlegId, new Date('2027-01-28T05:00:00Z'));
    expect((await agendaCall()).map((r) => [r.status, r.due_at.toISOString()])).toEqual([
      ['pending', '2027-02-03T08:00:00.000Z'],
    ]);
  });

  it('Monday 1 February: still waiting (nothing was sent), not obsolete', async () => {
    await planOverlegIn(planningStore(tdb.db), overlegId, new Date('2027-02-01T05:00:00Z'));
    expect((await agendaCall()).map((r) => r.status)).toEqual(['pending']);
  });
});
