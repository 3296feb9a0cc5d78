import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdminCommands } from '../../src/admin/werkgroep-admin.ts';
import { manualClock } from '../../src/clock.ts';
import { deliverDue } from '../../src/jobs/deliver-due.ts';
import { PermanentFailure } from '../../src/jobs/notifier.ts';
import { planOverlegIn } from '../../src/jobs/plan-deliveries.ts';
import { createLogger } from '../../src/logger.ts';
import { plainText } from '../../src/messages/model.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { createSeriesCommands } from '../../src/rhythm/series-changes.ts';
import { adminStore } from '../../src/store/admin-store.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { planningStore } from '../../src/store/planning-store.ts';
import { rhythmStore } from '../../src/store/rhythm-store.ts';
import { schedulerStore } from '../../src/store/scheduler-store.ts';
import { recordingNotifier } from '../support/recording-notifier.ts';
import { seedMeetingWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * After an interruption the scheduler skips what has become too late to send. The projectleider
 * reads those in `mislukt` too, apart from the failed ones and with their dates in words.
 */
describe('mislukt lists messages skipped as too late', () => {
  const clock = manualClock('2026-03-20T08:00:00Z');
  let tdb: TestDatabase;
  let w: Awaited<ReturnType<typeof seedMeetingWerkgroep>>;
  const notifier = recordingNotifier();

  beforeAll(async () => {
    tdb = await createTestDatabase();
    // Tuesday 31 March 2026 14:00: agenda call due 24 March 09:00, reminder 30 March 09:00 (local).
    w = await seedMeetingWerkgroep(tdb.db, clock, '2026-03-31T14:00');
  });
  afterAll(async () => tdb?.drop());

  const tick = () =>
    deliverDue({
      store: schedulerStore(tdb.db),
      notifier,
      clock,
      logger: createLogger('silent'),
      worker: 'test-worker',
    });
  const mislukt = async () => {
    const admin = createAdminCommands({
      store: adminStore(tdb.db),
      planOverleg: (id, now) => planOverlegIn(planningStore(tdb.db), id, now),
      clock,
      guard: createGuard(),
      timeZone: 'Europe/Amsterdam',
    });
    return plainText(
      await admin.failedMessages(await findMember(tdb.db.pool, w.projectleiderId), w.overlegId),
    );
  };

  it('shows the skipped ones under their own heading, with when they were due, beside a failed one', async () => {
    // Schakel was down from before 24 March until Monday 30 March 09:00: the agenda call is six
    // days late and skipped; the reminder, due now, fails for good.
    clock.set('2026-03-30T07:00:10Z');
    notifier.failNextWith(() => new PermanentFailure('Slack: channel_not_found'));
    expect(await tick()).toMatchObject({ skipped: 1, failed: 1 });
    // A message skipped for another reason (its meeting is gone) is no failure and stays out.
    await tdb.db.pool.query(
      `UPDATE deliveries SET status = 'skipped', last_error = 'bijeenkomst of kanaal bestaat niet meer'
        WHERE occurrence = '2026-04-28T14:00' AND kind = 'agenda_call'`,
    );

    expect((await mislukt()).split('\n').filter(Boolean)).toEqual([
      'Mislukte berichten',
      '• herinnering voor dinsdag 31 maart 2026 om 14:00 naar slack (1 poging)',
      'Controleer of Schakel nog in het kanaal zit. Nieuwe berichten worden gewoon verstuurd.',
      'Overgeslagen: te laat om nog te sturen',
      '• oproep agendapunten voor dinsdag 31 maart 2026 om 14:00 naar slack (had dinsdag 24 maart 2026 om 09:00 verstuurd moeten worden)',
      'Schakel was te lang onderbroken om deze berichten nog op tijd te sturen; ze zijn niet verstuurd. Stuur zelf een bericht als dat nog nodig is.',
    ]);
  });

  it('a moved meeting’s message is listed under the day the meeting took place, not its old date', async () => {
    const series = createSeriesCommands({ store: rhythmStore(tdb.db), clock, guard: createGuard() });
    const pl = await findMember(tdb.db.pool, w.projectleiderId);
    await series.moveOccurrence(pl, w.overlegId, '2026-05-26T14:00', '2026-05-22T14:00');
    // Down from before its reminder (Thursday 21 May 09:00) until the Friday morning.
    clock.set('2026-05-22T06:00:00Z');
    expect((await tick()).skipped).toBeGreaterThan(0);
    const listed = await mislukt();
    expect(listed).toContain('• herinnering voor vrijdag 22 mei 2026 om 14:00 naar slack');
    expect(listed).toContain('• oproep agendapunten voor vrijdag 22 mei 2026 om 14:00 naar slack');
    expect(listed).not.toContain('26 mei');
  });
});
