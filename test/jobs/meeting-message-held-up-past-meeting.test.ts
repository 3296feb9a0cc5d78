import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { deliverDue } from '../../src/jobs/deliver-due.ts';
import type { Notifier } from '../../src/jobs/notifier.ts';
import { planOverlegIn } from '../../src/jobs/plan-deliveries.ts';
import { createLogger } from '../../src/logger.ts';
import { plainText } from '../../src/messages/model.ts';
import { planningStore } from '../../src/store/planning-store.ts';
import { saveReminderSettings } from '../../src/store/rhythm-repo.ts';
import { schedulerStore } from '../../src/store/scheduler-store.ts';
import { seedMeetingWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Tuesday 17 March 2026, 10:00 in Amsterdam; the meeting is Tuesday 31 March 14:00.
const clock = manualClock('2026-03-17T09:00:00Z');
const DAY = 24 * 3_600_000;

/**
 * The agenda call and the reminder both go out a week ahead (Tuesday 24 March, 09:00), in one
 * channel, one after the other. The first send hangs for eight days (a stalled connection, a
 * suspended host). What is still waiting behind it must not go out after the meeting took place:
 * lateness judged only at pick-up time (f5e08753) lets it through, with a "Vandaag" heading for a
 * meeting that was yesterday.
 */
describe('a claimed message held up past its meeting', () => {
  let tdb: TestDatabase;
  const texts: string[] = [];
  const notifier: Notifier = {
    async send(_target, message) {
      texts.push(plainText(message));
      if (texts.length === 1) clock.advance(8 * DAY);
    },
  };

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedMeetingWerkgroep(tdb.db, clock, '2026-03-31T14:00');
    await saveReminderSettings(tdb.db.pool, w.overlegId, { agendaCallDaysBefore: 7, reminderDaysBefore: 7 });
    await planOverlegIn(planningStore(tdb.db), w.overlegId, clock.now());
  });
  afterAll(async () => tdb?.drop());

  it('is skipped as late, not sent on 1 April about the meeting of 31 March', async () => {
    clock.set('2026-03-24T08:00:10Z');
    const r = await deliverDue({
      store: schedulerStore(tdb.db),
      notifier,
      clock,
      logger: createLogger('silent'),
      worker: 'test-worker',
    });
    expect(texts).toHaveLength(1);
    expect(texts.join('\n')).not.toContain('Vandaag');
    expect(r).toMatchObject({ sent: 1, skipped: 1 });
  });
});
