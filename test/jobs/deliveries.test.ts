import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { deliverDue, MAX_ATTEMPTS } from '../../src/jobs/deliver-due.ts';
import { PermanentFailure, RateLimited } from '../../src/jobs/notifier.ts';
import { planOverlegIn } from '../../src/jobs/plan-deliveries.ts';
import { createLogger } from '../../src/logger.ts';
import { planningStore } from '../../src/store/planning-store.ts';
import { schedulerStore } from '../../src/store/scheduler-store.ts';
import { recordingNotifier } from '../support/recording-notifier.ts';
import { seedMeetingWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-03-20T08:00:00Z');
const logger = createLogger('silent');

describe('planning and delivering reminders', () => {
  let tdb: TestDatabase;
  let w: Awaited<ReturnType<typeof seedMeetingWerkgroep>>;
  const notifier = recordingNotifier();
  const tick = () =>
    deliverDue({ store: schedulerStore(tdb.db), notifier, clock, logger, worker: 'test-worker' });
  const statuses = async () =>
    (
      await tdb.db.pool.query(
        'SELECT kind, occurrence, status, late, attempts FROM deliveries ORDER BY due_at, kind',
      )
    ).rows;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    // Tuesday 31 March 2026 14:00, two days after summer time starts.
    w = await seedMeetingWerkgroep(tdb.db, clock, '2026-03-31T14:00');
  });
  afterAll(async () => tdb?.drop());
  beforeEach(() => {
    notifier.sent.length = 0;
    notifier.failNextWith(undefined);
  });

  it('writes the plan once: planning again changes nothing', async () => {
    const first = await statuses();
    expect(first.length).toBeGreaterThan(0);
    await planOverlegIn(planningStore(tdb.db), w.overlegId, clock.now());
    await planOverlegIn(planningStore(tdb.db), w.overlegId, clock.now());
    expect(await statuses()).toEqual(first);
    // The agenda call of 31 March is due Tuesday 24 March at 09:00 local = 08:00 UTC (winter time).
    const { rows } = await tdb.db.pool.query(
      `SELECT due_at FROM deliveries WHERE occurrence = '2026-03-31T14:00' AND kind = 'agenda_call'`,
    );
    expect(rows[0].due_at.toISOString()).toBe('2026-03-24T08:00:00.000Z');
    // The reminder on Monday 30 March at 09:00 local is 07:00 UTC: summer time began on the 29th.
    const r = await tdb.db.pool.query(
      `SELECT due_at FROM deliveries WHERE occurrence = '2026-03-31T14:00' AND kind = 'reminder'`,
    );
    expect(r.rows[0].due_at.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });

  it('sends nothing that is not due', async () => {
    expect(await tick()).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 });
  });

  it('retries after a 429 no sooner than Retry-After says, and then sends once', async () => {
    clock.set('2026-03-24T08:00:05Z');
    notifier.failNextWith(() => new RateLimited(30_000));
    expect((await tick()).retried).toBe(1);
    notifier.failNextWith(undefined);
    clock.set('2026-03-24T08:00:30Z');
    expect((await tick()).sent).toBe(0); // still inside Retry-After
    clock.set('2026-03-24T08:00:36Z');
    expect((await tick()).sent).toBe(1);
    expect(await tick()).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 });
    expect(notifier.sent.map((s) => s.message.blocks[0])).toEqual([
      { type: 'heading', text: 'Agendapunten voor Werkgroep Oost' },
    ]);
  });

  it('marks a delivery failed after the last try, visible with its error', async () => {
    clock.set('2026-03-30T07:00:01Z');
    notifier.failNextWith(() => new Error('verbinding geweigerd'));
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await tick();
      clock.advance(60 * 60 * 1000);
    }
    const { rows } = await tdb.db.pool.query(
      `SELECT status, attempts, last_error FROM deliveries WHERE occurrence = '2026-03-31T14:00' AND kind = 'reminder'`,
    );
    expect(rows[0]).toEqual({ status: 'failed', attempts: MAX_ATTEMPTS, last_error: 'verbinding geweigerd' });
    expect(notifier.sent).toHaveLength(0);
  });

  it('fails at once when retrying cannot help', async () => {
    clock.set('2026-03-31T13:30:30Z'); // the check-in invite, just after the meeting ends at 15:30 local
    notifier.failNextWith(() => new PermanentFailure('Slack: channel_not_found'));
    expect((await tick()).failed).toBe(1);
  });

  it('after downtime sends what is a few hours late, marked late, and skips what is older', async () => {
    // Downtime from before the agenda call of 28 April (due 21 April 09:00) until 21 April 11:30.
    clock.set('2026-04-21T09:30:00Z');
    const r = await tick();
    expect(r.sent).toBe(1);
    const late = await tdb.db.pool.query(
      `SELECT late FROM deliveries WHERE occurrence = '2026-04-28T14:00' AND kind = 'agenda_call'`,
    );
    expect(late.rows[0].late).toBe(true);
    // Reached on 29 April 11:00: the reminder of 27 April (two days late) is noise and skipped; the
    // check-in invite after the meeting of 28 April (19.5 hours late) still gathers the round.
    clock.set('2026-04-29T09:00:00Z');
    const s = await tick();
    expect(s).toMatchObject({ skipped: 1, sent: 1 });
    expect(notifier.sent.at(-1)?.key.split('|')[2]).toBe('checkin_invite');
    const outcomes = await tdb.db.pool.query(
      `SELECT kind, status, late FROM deliveries WHERE occurrence IN ('2026-04-28T14:00')
          AND kind IN ('reminder', 'checkin_invite') ORDER BY kind`,
    );
    expect(outcomes.rows).toEqual([
      { kind: 'checkin_invite', status: 'sent', late: true },
      { kind: 'reminder', status: 'skipped', late: false },
    ]);
  });

  it('a worker that died mid-send: the next claim asks the platform before sending again', async () => {
    clock.set('2026-05-19T07:00:10Z'); // agenda call for 26 May, due 09:00 local
    const claimed = await tdb.db.pool.query(
      `UPDATE deliveries SET status = 'sending', claimed_by = 'dead-worker', lease_until = $1, attempts = 1
        WHERE occurrence = '2026-05-26T14:00' AND kind = 'agenda_call' RETURNING key`,
      [new Date('2026-05-19T07:00:40Z')],
    );
    const key = claimed.rows[0].key;
    // The dead worker's message did reach the platform.
    notifier.sent.push({
      target: { platform: 'slack', workspace: 'T1', channelId: 'C1', serviceUrl: null },
      message: { fallback: '', blocks: [] },
      key,
    });
    expect((await tick()).sent).toBe(0); // lease still running: not taken
    clock.set('2026-05-19T07:01:00Z');
    expect((await tick()).sent).toBe(1); // recorded as sent …
    expect(notifier.sent.filter((s) => s.key === key)).toHaveLength(1); // … without sending twice
  });

  it('a check-in invite more than a day late is skipped too', async () => {
    // The meeting of 26 May ends 15:30 local (13:30 UTC); reached 27 May 14:00 UTC, 24.5 hours on.
    clock.set('2026-05-20T08:00:00Z');
    await planOverlegIn(planningStore(tdb.db), w.overlegId, clock.now());
    clock.set('2026-05-27T14:00:00Z');
    const s = await tick();
    expect(s.sent).toBe(0);
    const invite = await tdb.db.pool.query(
      `SELECT status FROM deliveries WHERE occurrence = '2026-05-26T14:00' AND kind = 'checkin_invite'`,
    );
    expect(invite.rows).toEqual([{ status: 'skipped' }]);
  });
});
