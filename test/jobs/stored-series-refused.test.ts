import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { deliverDue } from '../../src/jobs/deliver-due.ts';
import { planOverlegIn } from '../../src/jobs/plan-deliveries.ts';
import { startTicker, tickAndSettle } from '../../src/jobs/ticker.ts';
import { createLogger } from '../../src/logger.ts';
import { linkChannel } from '../../src/store/channels-repo.ts';
import { planningStore } from '../../src/store/planning-store.ts';
import { schedulerStore } from '../../src/store/scheduler-store.ts';
import { addMember } from '../support/fixtures.ts';
import { recordingNotifier } from '../support/recording-notifier.ts';
import { seedMeetingWerkgroep } from '../support/rhythm-fixture.ts';
import { LogCapture } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-12-01T09:00:00Z');

/**
 * An older Schakel imported series without checking their rules: one ends before its first
 * meeting. The planning run skips that overleg with one line in the log and plans the others.
 */
describe('the planning run with a series stored that the rules refuse', () => {
  let tdb: TestDatabase;
  let good = '';
  let bad = '';
  const planned = async (overlegId: string) =>
    (await tdb.db.pool.query(`SELECT 1 FROM deliveries WHERE overleg_id = $1`, [overlegId])).rowCount;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    good = (await seedMeetingWerkgroep(tdb.db, clock, '2026-12-08T14:00')).overlegId;
    await addMember(tdb.db, {
      name: 'Vera Smit',
      identities: [{ platform: 'slack', workspace: 'T1', userId: 'U0VERA' }],
      overleg: 'Werkgroep West',
    });
    const { rows } = await tdb.db.pool.query(`SELECT id FROM overleggen WHERE name = 'Werkgroep West'`);
    bad = rows[0].id;
    await linkChannel(tdb.db.pool, bad, {
      platform: 'slack',
      workspace: 'T1',
      channelId: 'C2',
      serviceUrl: null,
    });
    await tdb.db.pool.query(`INSERT INTO meeting_series (overleg_id, definition) VALUES ($1, $2)`, [
      bad,
      { firstStart: '2026-12-09T10:00', durationMinutes: 60, until: '2026-11-01' },
    ]);
  });
  afterAll(async () => tdb?.drop());

  it('plans the good werkgroep and names the other in one line', async () => {
    const logs = new LogCapture();
    await tdb.db.pool.query('DELETE FROM deliveries');
    let counted = 0;
    const ticker = startTicker({
      onSeriesNotPlanned: () => counted++,
      store: schedulerStore(tdb.db),
      notifier: recordingNotifier(),
      clock,
      logger: createLogger('info', logs, []),
      worker: 'test-worker',
      timeZone: 'Europe/Amsterdam',
      cron: false,
    });
    await tickAndSettle(ticker);
    await ticker.stop();
    expect(await planned(good)).toBeGreaterThan(0);
    expect(await planned(bad)).toBe(0);
    const lines = logs.lines.map((l) => JSON.parse(l) as { msg: string; overlegId?: string; level: number });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    const skipped = lines.filter((l) => l.overlegId === bad);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.msg).toMatch(/^reeks niet gepland/);
    expect(lines.filter((l) => l.msg.startsWith('reeks niet gepland'))).toHaveLength(1);
    expect(counted).toBe(1);
  });

  it('re-planned after a change, that overleg is skipped the same way and the change hears why', async () => {
    const logs = new LogCapture();
    let counted = 0;
    const logger = createLogger('info', logs, []);
    const replanned = await planOverlegIn(planningStore(tdb.db), bad, clock.now(), {
      logger,
      onRefused: () => counted++,
    });
    expect(replanned.plan.length).toBe(0);
    expect(replanned.notPlanned).toContain('Herinneringen plant Schakel voor deze werkgroep nog niet');
    expect(replanned.notPlanned).toContain('De einddatum ligt vóór de eerste bijeenkomst.');
    expect(counted).toBe(1);
    const lines = logs.lines.map((l) => JSON.parse(l) as { msg: string; overlegId?: string });
    expect(lines.filter((l) => l.overlegId === bad && l.msg.startsWith('reeks niet gepland'))).toHaveLength(
      1,
    );
    expect(await planOverlegIn(planningStore(tdb.db), good, clock.now())).toMatchObject({ notPlanned: null });
  });

  it('messages planned before the series was replaced: the others go out, that one is skipped', async () => {
    const valid = { firstStart: '2026-12-09T10:00', durationMinutes: 60 };
    await tdb.db.pool.query(`UPDATE meeting_series SET definition = $2 WHERE overleg_id = $1`, [bad, valid]);
    await planOverlegIn(planningStore(tdb.db), good, clock.now());
    await planOverlegIn(planningStore(tdb.db), bad, clock.now());
    expect(await planned(bad)).toBeGreaterThan(0);
    // What an older import stored over it, before the next planning run.
    await tdb.db.pool.query(`UPDATE meeting_series SET definition = $2 WHERE overleg_id = $1`, [
      bad,
      { ...valid, until: '2026-11-01' },
    ]);
    const at = async (id: string) =>
      (
        await tdb.db.pool.query<{ due_at: Date }>(
          `SELECT min(due_at) AS due_at FROM deliveries WHERE overleg_id = $1 AND status = 'pending'`,
          [id],
        )
      ).rows[0]!.due_at;
    const due = Math.max((await at(good)).getTime(), (await at(bad)).getTime());
    const when = manualClock(new Date(due));
    const notifier = recordingNotifier();
    const result = await deliverDue({
      store: schedulerStore(tdb.db),
      notifier,
      clock: when,
      logger: createLogger('silent'),
      worker: 'test-worker',
    });
    expect(result.failed + result.retried).toBe(0);
    const status = async (id: string) =>
      (
        await tdb.db.pool.query<{ status: string }>(
          `SELECT DISTINCT status FROM deliveries WHERE overleg_id = $1 AND due_at <= $2`,
          [id, when.now()],
        )
      ).rows.map((r) => r.status);
    expect(await status(good)).toContain('sent');
    expect(await status(bad)).toEqual(['skipped']);
  });
});
