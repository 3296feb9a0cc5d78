import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { slackNotifier } from '../adapters/slack/slack-notifier.ts';
import { manualClock } from '../src/clock.ts';
import { deliverDue } from '../src/jobs/deliver-due.ts';
import { planAll } from '../src/jobs/plan-deliveries.ts';
import { createLogger } from '../src/logger.ts';
import { claimDue } from '../src/store/deliveries-repo.ts';
import { digestStore } from '../src/store/digest-store.ts';
import { planningStore } from '../src/store/planning-store.ts';
import { type Bench, type BenchFigure, percentile, QUICK, timeRuns } from './harness.ts';
import { benchDatabase } from './support/bench-database.ts';

/** Planning growth: ×1, ×4, ×16 of this many werkgroepen (full: up to 100,000). */
const WERKGROEPEN = Number(process.env.BENCH_WERKGROEPEN ?? (QUICK ? 1_000 : 6_250));
const SCALES = [1, 4, 16];
const FANOUT = Number(process.env.BENCH_FANOUT ?? (QUICK ? 10_000 : 100_000));
const WORKSPACES = 5;
/** Per workspace, like Slack's limits on chat.postMessage bursts: beyond this a 429 with Retry-After. */
const PER_WORKSPACE_PER_SECOND = 100;

/** A Slack Web API stand-in that rate-limits per workspace and counts each delivery key it receives. */
async function rateLimitedSlack() {
  const seen = new Map<string, number>();
  const windows = new Map<string, { second: number; count: number }>();
  let limited = 0;
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const channel = form.get('channel') ?? '';
    const workspace = channel.split('-')[0] ?? '';
    const second = Math.floor(Date.now() / 1000);
    const w = windows.get(workspace);
    const win = w && w.second === second ? w : { second, count: 0 };
    windows.set(workspace, win);
    if (++win.count > PER_WORKSPACE_PER_SECOND) {
      limited++;
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    const key = JSON.parse(form.get('metadata') ?? '{}')?.event_payload?.key ?? '';
    seen.set(key, (seen.get(key) ?? 0) + 1);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: true, channel, ts: '1.1' }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    seen,
    limited: () => limited,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** Werkgroepen number `first` up to `last` (exclusive), each with a series and its channels. */
async function seed(
  db: Awaited<ReturnType<typeof benchDatabase>>['db'],
  first: number,
  last: number,
  channelsPerGroup: number,
) {
  if (first === 0)
    await db.pool.query(`INSERT INTO regions (id, name) VALUES ('bench', 'Benchregio (fictief)')`);
  const batch = 1_000;
  for (let from = first; from < last; from += batch) {
    const ids = Array.from({ length: Math.min(batch, last - from) }, (_, i) => from + i);
    // Meetings spread over four weeks and the working day, each series with a cancelled and a moved meeting.
    const definitions = ids.map((i) => {
      const day = new Date(Date.UTC(2026, 10, 30 + (i % 28)));
      const date = day.toISOString().slice(0, 10);
      const hour = 9 + (i % 8);
      const next = new Date(day.getTime() + 28 * 86_400_000).toISOString().slice(0, 10);
      const after = new Date(day.getTime() + 56 * 86_400_000).toISOString().slice(0, 10);
      const t = `${String(hour).padStart(2, '0')}:00`;
      return {
        firstStart: `${date}T${t}`,
        durationMinutes: 90,
        exceptions: [
          { kind: 'cancel', originalStart: `${next}T${t}` },
          {
            kind: 'move',
            originalStart: `${after}T${t}`,
            start: `${after}T${String(hour - 1).padStart(2, '0')}:30`,
          },
        ],
      };
    });
    await db.pool.query(
      `WITH o AS (
         INSERT INTO overleggen (region_id, name, kind)
         SELECT 'bench', 'Werkgroep ' || i, 'werkgroep' FROM unnest($1::int[]) AS i RETURNING id, name)
       , s AS (
         INSERT INTO meeting_series (overleg_id, definition)
         SELECT o.id, d.def FROM o JOIN unnest($1::int[], $2::jsonb[]) AS d(i, def) ON o.name = 'Werkgroep ' || d.i
         RETURNING overleg_id)
       INSERT INTO overleg_channels (overleg_id, platform, workspace, channel_id)
       SELECT o.id, 'slack', 'T' || (i % ${WORKSPACES}), 'T' || (i % ${WORKSPACES}) || '-C' || i || '-' || c
         FROM o JOIN unnest($1::int[]) AS i ON o.name = 'Werkgroep ' || i, generate_series(1, ${channelsPerGroup}) AS c`,
      [ids, definitions.map((d) => JSON.stringify(d))],
    );
  }
}

export const bench: Bench = {
  title: `Scheduler: planning ×1, ×4, ×16 of ${WERKGROEPEN.toLocaleString('en')} werkgroepen with series and exceptions; fan-out of ${FANOUT.toLocaleString('en')} reminders`,
  async run(): Promise<BenchFigure[]> {
    const { db, label, drop } = await benchDatabase();
    const logger = createLogger('silent');
    const slack = await rateLimitedSlack();
    try {
      const largest = WERKGROEPEN * SCALES[SCALES.length - 1]!;
      const channelsPerGroup = Math.max(1, Math.ceil(FANOUT / (largest * 3)));
      const clock = manualClock('2026-11-25T02:00:00Z'); // a night: nothing due
      const growth: BenchFigure[] = [];
      let seeded = 0;
      let planned = 0;
      let blocked: number[] = [];
      for (const scale of SCALES) {
        const count = WERKGROEPEN * scale;
        await seed(db, seeded, count, channelsPerGroup);
        seeded = count;
        await db.pool.query('VACUUM ANALYZE');
        // While the horizon run plans, a tick keeps asking what is due: how long does it wait?
        let planning = true;
        const claims: number[] = [];
        const ticking = (async () => {
          while (planning) {
            const t = performance.now();
            await claimDue(db, 'bench-tick', clock.now(), 25, 60_000);
            claims.push(performance.now() - t);
            await new Promise((r) => setTimeout(r, 5));
          }
        })();
        const t0 = performance.now();
        planned = await planAll({ planning: planningStore(db), digest: digestStore(db) }, clock.now());
        const planMs = performance.now() - t0;
        planning = false;
        await ticking;
        blocked = claims;
        growth.push({
          name: `×${scale}: plan ${count.toLocaleString('en')} werkgroepen (60-day horizon)`,
          value: planMs,
          unit: 'ms',
          goal: scale === 16 && count >= 100_000 ? '< 60000 ms at 100,000' : undefined,
        });
      }
      const planMs = growth.at(-1)!.value;
      const roundTrip = await timeRuns(200, () => db.pool.query('SELECT 1'));
      const idle = await timeRuns(200, () => claimDue(db, 'bench', clock.now(), 25, 60_000));
      // A working-day moment: deliveries are due; each run claims 25, then they are put back.
      clock.set('2026-12-02T08:00:00Z');
      const busy = await timeRuns(200, async () => {
        const claimed = await claimDue(db, 'bench', clock.now(), 25, 60_000);
        await db.pool.query(`UPDATE deliveries SET status = 'pending' WHERE key = ANY($1)`, [
          claimed.map((c) => c.key),
        ]);
      });
      const base = { name: 'SELECT 1 round trip (p50)', value: percentile(roundTrip, 50) };

      // The fan-out: every planned delivery made due now, drained by 4 workers against the stand-in.
      const now = new Date();
      const { rows } = await db.pool.query(
        `WITH f AS (SELECT key FROM deliveries WHERE status = 'pending' ORDER BY key LIMIT $1)
         UPDATE deliveries d SET due_at = $2, next_attempt_at = $2 FROM f WHERE d.key = f.key RETURNING d.key`,
        [FANOUT, now],
      );
      const total = rows.length;
      // Only those: the rest of the plan (due between the planning clock and the wall clock) would
      // otherwise be claimed too, skipped as too late or sent beside them, and not counted.
      await db.pool.query(
        `UPDATE deliveries SET due_at = $1, next_attempt_at = $1 WHERE status = 'pending' AND due_at <> $2`,
        [new Date(now.getTime() + 365 * 86_400_000), now],
      );
      const notifier = slackNotifier({ tokenFor: async () => 'xoxb-bench', apiUrl: slack.apiUrl });
      const systemNow = { now: () => new Date() };
      const t1 = performance.now();
      await Promise.all(
        [1, 2, 3, 4].map(async (w) => {
          for (;;) {
            const r = await deliverDue({
              db,
              notifier,
              clock: systemNow,
              logger,
              worker: `w${w}`,
              batchSize: 50,
            });
            if (r.sent + r.retried + r.failed + r.skipped === 0) {
              const left = await db.pool.query(
                `SELECT 1 FROM deliveries WHERE status IN ('pending', 'sending') AND next_attempt_at <= now() + interval '2 seconds' LIMIT 1`,
              );
              if (left.rowCount === 0) break;
              await new Promise((r) => setTimeout(r, 200));
            }
          }
        }),
      );
      const fanoutMs = performance.now() - t1;
      const duplicates = [...slack.seen.values()].filter((n) => n > 1).length;
      const { rows: sent } = await db.pool.query(
        `SELECT count(*)::int AS n FROM deliveries WHERE status = 'sent'`,
      );

      const allowed = WORKSPACES * PER_WORKSPACE_PER_SECOND;
      const rate = total / (fanoutMs / 1000);
      return [
        { name: `database: ${label}`, value: planned, unit: 'deliveries planned' },
        ...growth,
        {
          name: 'per werkgroep at the largest size',
          value: planMs / seeded,
          unit: 'ms',
        },
        {
          name: 'a tick during planning: wait to claim (p99)',
          value: percentile(blocked, 99),
          unit: 'ms',
          baseline: base,
          goal: 'not held up (tens of ms, not the planning time)',
        },
        {
          name: 'tick finds due work: nothing due (p50)',
          value: percentile(idle, 50),
          unit: 'ms',
          baseline: base,
          goal: '≤ 20 ms',
        },
        {
          name: 'tick finds due work: nothing due (p99)',
          value: percentile(idle, 99),
          unit: 'ms',
          baseline: base,
        },
        {
          name: 'tick claims 25 due deliveries (p50)',
          value: percentile(busy, 50),
          unit: 'ms',
          baseline: base,
          goal: '≤ 20 ms',
        },
        {
          name: 'tick claims 25 due deliveries (p99)',
          value: percentile(busy, 99),
          unit: 'ms',
          baseline: base,
        },
        { name: `fan-out: ${total} reminders sent`, value: sent[0].n, unit: 'sent' },
        {
          name: `fan-out rate (4 workers; the stand-in allows ${allowed}/s)`,
          value: rate,
          unit: 'msg/s',
        },
        { name: 'fan-out rate ÷ allowed rate', value: (100 * rate) / allowed, unit: '%', goal: '≥ 90 %' },
        { name: 'fan-out 429 answers honoured', value: slack.limited(), unit: '429s' },
        { name: 'fan-out duplicates at the stand-in', value: duplicates, unit: 'keys', goal: '0' },
      ];
    } finally {
      await slack.close();
      await drop();
    }
  },
};
