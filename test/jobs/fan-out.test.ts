import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { deliverDue } from '../../src/jobs/deliver-due.ts';
import { type Notifier, RateLimited, type SendTarget } from '../../src/jobs/notifier.ts';
import { createSendPace } from '../../src/jobs/send-pace.ts';
import { createLogger } from '../../src/logger.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { createSeriesCommands } from '../../src/rhythm/series-changes.ts';
import { linkChannel } from '../../src/store/channels-repo.ts';
import { findMember } from '../../src/store/members-repo.ts';
import { rhythmStore } from '../../src/store/rhythm-store.ts';
import { schedulerStore } from '../../src/store/scheduler-store.ts';
import { seedWerkgroep } from '../support/rhythm-fixture.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const clock = manualClock('2026-03-20T08:00:00Z');
const logger = createLogger('silent');

/** Slack workspace T1 answers the first message 429 (Retry-After 1 s); T2 takes everything. */
function limitedInT1() {
  const calls: Array<{ workspace: string; channelId: string; key: string; outcome: 'sent' | '429' }> = [];
  let refused = false;
  const notifier: Notifier = {
    async send(target: SendTarget, _message, key) {
      const call = { workspace: target.workspace, channelId: target.channelId, key };
      if (target.workspace === 'T1' && !refused) {
        refused = true;
        calls.push({ ...call, outcome: '429' });
        throw new RateLimited(1_000);
      }
      calls.push({ ...call, outcome: 'sent' });
    },
  };
  return { notifier, calls };
}

describe('fan-out over several workspaces', () => {
  let tdb: TestDatabase;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    const w = await seedWerkgroep(tdb.db, { slackTeam: 'T1', slackChannel: 'C1' });
    for (const channelId of ['C2', 'C3', 'C4']) {
      await linkChannel(tdb.db.pool, w.overlegId, {
        platform: 'slack',
        workspace: 'T2',
        channelId,
        serviceUrl: null,
      });
    }
    const series = createSeriesCommands({ store: rhythmStore(tdb.db), clock, guard: createGuard() });
    await series.createSeries(await findMember(tdb.db.pool, w.projectleiderId), w.overlegId, {
      firstStart: '2026-03-31T14:00',
      durationMinutes: 90,
    });
  });
  afterAll(async () => tdb?.drop());

  it('a stopping process claims nothing more: what is due stays for the next tick or replica', async () => {
    clock.set('2026-03-24T08:00:05Z');
    const { notifier, calls } = limitedInT1();
    const stopping = await deliverDue({
      store: schedulerStore(tdb.db),
      notifier,
      clock,
      logger,
      worker: 'w0',
      stop: () => true,
    });
    expect(stopping).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 });
    expect(calls).toEqual([]);
    const { rows } = await tdb.db.pool.query(
      `SELECT count(*)::int AS n FROM deliveries WHERE status = 'pending' AND next_attempt_at <= $1`,
      [clock.now()],
    );
    expect(rows[0].n).toBeGreaterThanOrEqual(4);
  });

  it('a 429 in one workspace holds up neither the other workspace nor its own Retry-After', async () => {
    clock.set('2026-03-24T08:00:05Z'); // the agenda call of 31 March, to four channels
    // T1's message is claimed first: in one batch at a time, the other three would wait for its pause.
    await tdb.db.pool.query(
      `UPDATE deliveries SET next_attempt_at = next_attempt_at - interval '1 second'
        WHERE workspace = 'T1' AND kind = 'agenda_call' AND occurrence = '2026-03-31T14:00'`,
    );
    const { notifier, calls } = limitedInT1();
    const deps = {
      store: schedulerStore(tdb.db),
      notifier,
      clock,
      logger,
      worker: 'w1',
      batchSize: 1,
      pace: createSendPace(),
    };

    expect(await deliverDue(deps)).toEqual({ sent: 3, retried: 1, failed: 0, skipped: 0 });
    expect(calls.map((c) => `${c.workspace} ${c.outcome}`)).toEqual([
      'T1 429',
      'T2 sent',
      'T2 sent',
      'T2 sent',
    ]);
    expect(new Set(calls.slice(1).map((c) => c.channelId))).toEqual(new Set(['C2', 'C3', 'C4']));

    // Within Retry-After nothing goes to T1; after it, its message goes out once.
    clock.advance(900);
    expect(await deliverDue(deps)).toEqual({ sent: 0, retried: 0, failed: 0, skipped: 0 });
    clock.advance(200);
    expect(await deliverDue(deps)).toEqual({ sent: 1, retried: 0, failed: 0, skipped: 0 });
    expect(calls.filter((c) => c.outcome === 'sent').map((c) => c.key)).toHaveLength(4);
    expect(new Set(calls.filter((c) => c.outcome === 'sent').map((c) => c.key)).size).toBe(4);
  });
});
