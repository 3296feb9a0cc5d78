import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { deliverDue } from '../../src/jobs/deliver-due.ts';
import type { Notifier, SendTarget } from '../../src/jobs/notifier.ts';
import { createSendPace } from '../../src/jobs/send-pace.ts';
import { createLogger } from '../../src/logger.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { createSeriesCommands } from '../../src/rhythm/series-changes.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { linkChannel } from '../../src/store/rhythm-repo.ts';
import { rhythmStore } from '../../src/store/rhythm-store.ts';
import { schedulerStore } from '../../src/store/scheduler-store.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-03-20T08:00:00Z');
const logger = createLogger('silent');

/**
 * Simulated time: the tick's waits for a send slot are queued, and the clock moves to the earliest
 * one only when nothing else is under way (no store call in flight), so no real time passes.
 */
function simulatedTime() {
  const timers: Array<{ at: number; wake: () => void }> = [];
  let inFlight = 0;
  const sleep = (ms: number) =>
    new Promise<void>((wake) => timers.push({ at: clock.now().getTime() + ms, wake }));
  /** The store's calls counted while they are under way. */
  const tracked = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, prop) {
        const value = Reflect.get(t, prop);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const r = value.apply(t, args);
          if (!(r instanceof Promise)) return r;
          inFlight++;
          return r.finally(() => inFlight--);
        };
      },
    });
  const run = async <T>(work: Promise<T>): Promise<T> => {
    let done = false;
    const settled = work.finally(() => {
      done = true;
    });
    settled.catch(() => undefined);
    while (!done) {
      await new Promise((r) => setImmediate(r));
      if (inFlight > 0 || timers.length === 0) continue;
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift()!;
      if (next.at > clock.now().getTime()) clock.set(new Date(next.at));
      next.wake();
    }
    return work;
  };
  return { sleep, tracked, run };
}

describe('a slowly paced workspace beside a free one', () => {
  let tdb: TestDatabase;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T1', slackChannel: 'C0' });
    const channels = [
      ...Array.from({ length: 59 }, (_, i) => ({ workspace: 'T1', channelId: `C${i + 1}` })),
      ...Array.from({ length: 10 }, (_, i) => ({ workspace: 'T2', channelId: `D${i}` })),
    ];
    for (const c of channels)
      await linkChannel(tdb.db.pool, w.overlegId, { platform: 'slack', ...c, serviceUrl: null });
    const series = createSeriesCommands({ store: rhythmStore(tdb.db), clock, guard: createGuard() });
    await series.createSeries(await findMember(tdb.db.pool, w.projectleiderId), w.overlegId, {
      firstStart: '2026-03-31T14:00',
      durationMinutes: 90,
    });
  });
  afterAll(async () => tdb?.drop());

  it('the free workspace’s deliveries go out at once, not after the slow one’s; the slow one keeps its pace', async () => {
    clock.set('2026-03-24T08:00:05Z'); // the agenda call of 31 March, to 60 channels in T1 and 10 in T2
    // T1's are claimed first: in batches by due time, T2's would come after all of T1's.
    await tdb.db.pool.query(
      `UPDATE deliveries SET next_attempt_at = next_attempt_at - interval '1 second'
        WHERE workspace = 'T1' AND kind = 'agenda_call' AND occurrence = '2026-03-31T14:00'`,
    );
    // T1 drew a 429 after 20 sends in a second, two seconds ago: from now on 18 a second.
    const pace = createSendPace();
    const start = clock.now().getTime();
    for (let i = 0; i < 20; i++) pace.sent('slack|T1', start - 2000 + i * 50);
    pace.limited('slack|T1', start - 1000, 1000);

    const calls: Array<{ workspace: string; key: string; at: number }> = [];
    const notifier: Notifier = {
      async send(target: SendTarget, _message, key) {
        calls.push({ workspace: target.workspace, key, at: clock.now().getTime() });
      },
    };
    const time = simulatedTime();
    const store = schedulerStore(tdb.db);
    const result = await time.run(
      deliverDue({
        store: {
          ...store,
          deliveries: time.tracked(store.deliveries),
          meetings: time.tracked(store.meetings),
        },
        notifier,
        clock,
        logger,
        worker: 'w1',
        batchSize: 20,
        pace,
        sleep: time.sleep,
      }),
    );

    expect(result).toEqual({ sent: 70, retried: 0, failed: 0, skipped: 0 });
    expect(new Set(calls.map((c) => c.key)).size).toBe(70);
    const t1 = calls.filter((c) => c.workspace === 'T1').map((c) => c.at - start);
    const t2 = calls.filter((c) => c.workspace === 'T2').map((c) => c.at - start);
    expect(t2).toHaveLength(10);
    // T2 is sent to freely: its ten need no time, and do not wait for T1's 60 (over three seconds).
    expect(Math.max(...t2)).toBeLessThan(250);
    expect(Math.max(...t1)).toBeGreaterThan(3000);
    // T1 never gets more than its 18 a second.
    for (const at of t1) expect(t1.filter((s) => s >= at && s < at + 1000).length).toBeLessThanOrEqual(18);
  });
});
