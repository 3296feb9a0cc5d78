import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planAll } from '../../src/jobs/plan-deliveries.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { guardSeries } from '../../src/rhythm/series-changes.ts';
import { linkChannel } from '../../src/store/channels-repo.ts';
import type { Database } from '../../src/store/database.ts';
import { digestStore } from '../../src/store/digest-store.ts';
import { planningStore } from '../../src/store/planning-store.ts';
import { saveReminderSettings, saveSeries } from '../../src/store/rhythm-repo.ts';
import { type RunningProcess, startSchakel } from '../support/schakel-process.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

const WERKGROEPEN = 60;

/**
 * Werkgroepen whose meeting ended a minute ago, each with its own Slack channel, set up
 * so that the check-in invitation is due now whatever the time of day the test runs.
 */
async function seedDueInvitations(db: Database, count: number, first = 0): Promise<void> {
  const end = DateTime.now().setZone('Europe/Amsterdam').minus({ minutes: 1 }).startOf('minute');
  const start = end.minus({ minutes: 60 });
  await db.pool.query(
    `INSERT INTO regions (id, name) VALUES ('regio-x', 'Regio X (fictief)') ON CONFLICT DO NOTHING`,
  );
  for (let i = first; i < first + count; i++) {
    const { rows } = await db.pool.query(
      `INSERT INTO overleggen (region_id, name, kind) VALUES ('regio-x', $1, 'werkgroep') RETURNING id`,
      [`Werkgroep ${i}`],
    );
    const id = rows[0].id;
    await saveSeries(
      db.pool,
      id,
      guardSeries(createGuard(), { firstStart: start.toFormat("yyyy-LL-dd'T'HH:mm"), durationMinutes: 60 }),
      null,
      new Date(),
    );
    // No quiet hours, weekends allowed, agenda call and reminder long past: only the invitation is due.
    await saveReminderSettings(db.pool, id, {
      quietHours: { from: '00:00', to: '00:00' },
      allowWeekend: true,
      sendHour: start.hour,
    });
    await linkChannel(db.pool, id, {
      platform: 'slack',
      workspace: STAND_IN_TEAM,
      channelId: `C${i}`,
      serviceUrl: null,
    });
  }
}

function startScheduler(url: string, apiUrl: string): RunningProcess {
  return startSchakel({
    DATABASE_URL: url,
    PORT: '0',
    LOCAL_CHAT: 'off',
    LOG_LEVEL: 'warn',
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: 'geheim',
    SLACK_API_URL: apiUrl,
    SCHAKEL_TICK_CRON: '* * * * * *',
    SCHAKEL_DELIVERY_LEASE_MS: '2000',
  });
}

// Several processes sharing one database need a real PostgreSQL (PGlite is one backend).
describe.runIf(process.env.TEST_DATABASE_URL)('exactly once, across processes on one PostgreSQL', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  const children: RunningProcess[] = [];

  beforeEach(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn({ delayMs: 25 });
    await seedDueInvitations(tdb.db, WERKGROEPEN);
  });
  afterEach(async () => {
    await Promise.all(children.splice(0).map((c) => c.stop('SIGKILL')));
    await slack?.close();
    await tdb?.drop();
  });

  const sent = async () => {
    const { rows } = await tdb.db.pool.query(
      `SELECT count(*)::int AS n FROM deliveries WHERE kind = 'checkin_invite' AND status = 'sent'`,
    );
    return rows[0].n as number;
  };
  const allSent = async () => (await sent()) === WERKGROEPEN;
  const perChannel = () => {
    const counts = new Map<string, number>();
    for (const c of slack.callsTo('chat.postMessage')) {
      counts.set(String(c.body.channel), (counts.get(String(c.body.channel)) ?? 0) + 1);
    }
    return counts;
  };

  it('a scheduler killed with SIGKILL mid fan-out and restarted delivers each invitation once', async () => {
    const first = startScheduler(tdb.url, slack.apiUrl);
    children.push(first);
    await waitFor('the fan-out to start', () => slack.callsTo('chat.postMessage').length >= 15, 30_000);
    await first.stop('SIGKILL');
    const beforeRestart = slack.callsTo('chat.postMessage').length;
    expect(beforeRestart).toBeLessThan(WERKGROEPEN); // it really was killed midway

    children.push(startScheduler(tdb.url, slack.apiUrl));
    await waitFor('every invitation to be sent', allSent, 60_000);
    const counts = perChannel();
    expect(counts.size).toBe(WERKGROEPEN);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });

  it('two schedulers side by side deliver each invitation once', async () => {
    children.push(startScheduler(tdb.url, slack.apiUrl), startScheduler(tdb.url, slack.apiUrl));
    await waitFor('every invitation to be sent', allSent, 60_000);
    // Both go on ticking after the work is done. One more werkgroep at a time falls due (planned as
    // each scheduler plans), until each scheduler has been seen sending one: both had their chance
    // to send anything twice.
    const later = new Set<string>();
    let extra = 0;
    while (later.size < 2) {
      expect(extra).toBeLessThan(20);
      await seedDueInvitations(tdb.db, 1, WERKGROEPEN + extra);
      await planAll({ planning: planningStore(tdb.db), digest: digestStore(tdb.db) }, new Date());
      extra++;
      await waitFor('the later invitation to be sent', async () => (await sent()) === WERKGROEPEN + extra);
      const { rows } = await tdb.db.pool.query(
        `SELECT d.claimed_by FROM deliveries d JOIN overleggen o ON o.id = d.overleg_id
          WHERE o.name = $1 AND d.status = 'sent'`,
        [`Werkgroep ${WERKGROEPEN + extra - 1}`],
      );
      later.add(rows[0].claimed_by);
    }
    const counts = perChannel();
    expect(counts.size).toBe(WERKGROEPEN + extra);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    const { rows } = await tdb.db.pool.query(
      `SELECT DISTINCT claimed_by FROM deliveries WHERE status = 'sent'`,
    );
    expect(rows.length).toBe(2); // both did part of the work
  });
});
