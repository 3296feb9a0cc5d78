import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DirectNotifier } from '../../src/checkin/direct-notifier.ts';
import { manualClock } from '../../src/clock.ts';
import { deliverDue } from '../../src/jobs/deliver-due.ts';
import { createLogger } from '../../src/logger.ts';
import { plainText } from '../../src/messages/model.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { createSeriesCommands } from '../../src/rhythm/series-changes.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { rhythmStore } from '../../src/store/rhythm-store.ts';
import { schedulerStore } from '../../src/store/scheduler-store.ts';
import { recordingNotifier } from '../support/recording-notifier.ts';
import { seedMeetingWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Friday 20 March 2026, 09:00 in Amsterdam.
const clock = manualClock('2026-03-20T08:00:00Z');
const HOUR = 3_600_000;

/**
 * The check-in nudges of a moved meeting (28 April moved to Friday 24 April) go out once, also
 * when time moves on while the tick that claimed them on time is still sending: the local chat's
 * clock jumping beside a tick, or a long batch. Lateness is judged when the scheduler picked a
 * message up, not when its turn to be sent came ("a clock jump skips nothing").
 */
describe('the nudges of moved meetings while the clock moves on', () => {
  let tdb: TestDatabase;
  const channel = recordingNotifier();
  const directs: Array<{ key: string; text: string }> = [];
  /** Each direct message takes the clock seven hours on, as a jump beside the tick would. */
  const direct: DirectNotifier = {
    async send(_target, message, key) {
      directs.push({ key, text: plainText(message) });
      clock.advance(7 * HOUR);
      return null;
    },
    async replace() {},
  };
  const tick = () =>
    deliverDue({
      store: schedulerStore(tdb.db),
      notifier: channel,
      direct,
      clock,
      logger: createLogger('silent'),
      worker: 'test-worker',
    });
  const nudges = async () =>
    (
      await tdb.db.pool.query(
        `SELECT occurrence, status, last_error FROM deliveries WHERE kind = 'checkin_nudge' ORDER BY key`,
      )
    ).rows;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedMeetingWerkgroep(tdb.db, clock, '2026-03-31T14:00');
    const series = createSeriesCommands({ store: rhythmStore(tdb.db), clock, guard: createGuard() });
    const pl = await findMember(tdb.db.pool, w.projectleiderId);
    await series.moveOccurrence(pl, w.overlegId, '2026-04-28T14:00', '2026-04-24T14:00');
    // The meeting's invitation opens its round; the next tick sends the round's direct messages.
    clock.set('2026-04-24T13:30:10Z');
    await tick();
    await tick();
    directs.length = 0;
  });
  afterAll(async () => tdb?.drop());

  // The second nudge goes out seven hours after the tick picked both up: past the six-hour late window if lateness
  // were judged at sending. (Two meetings on one day, which put four nudges in one tick, are refused since stop 33.)
  it('both members get their nudge halfway (Tuesday 28 April 08:00), none skipped as late', async () => {
    expect((await nudges()).map((n) => n.status)).toEqual(['pending', 'pending']);
    clock.set('2026-04-28T06:00:10Z');
    const r = await tick();
    expect(r).toMatchObject({ sent: 2, skipped: 0 });
    expect((await nudges()).map((n) => [n.occurrence, n.status, n.last_error])).toEqual([
      ['2026-04-28T14:00', 'sent', null],
      ['2026-04-28T14:00', 'sent', null],
    ]);
    expect(directs).toHaveLength(2);
    // About the meetings as they took place.
    for (const d of directs) expect(d.text).toContain('vrijdag 24 april 2026');
  });

  it('a tick after it sends them not again', async () => {
    expect(await tick()).toMatchObject({ sent: 0, skipped: 0 });
    expect(directs).toHaveLength(2);
  });
});
