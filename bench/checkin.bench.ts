import { createHmac } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, type types } from '@slack/bolt';
import { startSchakel } from '../adapters/main.ts';
import { renderModal } from '../adapters/slack/forms/render-modal.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { openRound } from '../src/store/checkin-repo.ts';
import { linkIdentity } from '../src/store/members-repo.ts';
import { type Bench, type BenchFigure, percentile, QUICK } from './harness.ts';
import { benchDatabase } from './support/bench-database.ts';
import { databaseCpuMs } from './support/database-cpu.ts';
import { type LoadRequest, startLoadGenerator } from './support/load.ts';

const CONCURRENT = Number(process.env.BENCH_CHECKINS ?? 50);
/** 50 at once, 20 times: 1,000 samples per side for the p99 (quick: 200). */
const BURSTS = QUICK ? 4 : 20;
const SECRET = 'bench-signing-secret';
const TEAM = 'T0BENCH';

/** A Slack Web API that says yes to everything, so only Schakel's own work is measured. */
async function slackStandIn(): Promise<{ apiUrl: string; server: Server; posted: () => number }> {
  let posted = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      if (req.url?.endsWith('/chat.postMessage')) posted++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ ok: true, channel: { id: 'D0BENCH' }, ts: '1.1', user_id: 'U0BOT', team_id: TEAM }),
      );
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    apiUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`,
    server,
    posted: () => posted,
  };
}

/** Waits (at most 5 s) until the stand-in has had `count` confirmations, so they do not land in the next burst. */
async function confirmationsSent(posted: () => number, count: number): Promise<void> {
  const until = Date.now() + 5_000;
  while (posted() < count && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
}

async function listen(handler: RequestListener): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, server };
}

/** A submitted check-in modal as Slack posts it: signed, form-encoded, the state of every input. */
function submission(userId: string, view: types.ModalView, filled: Record<string, string>): string {
  const values: Record<string, Record<string, unknown>> = {};
  for (const b of view.blocks) {
    if (b.type !== 'input' || !b.block_id) continue;
    const element = (b as types.InputBlock).element as {
      type: string;
      action_id: string;
      options?: types.PlainTextOption[];
    };
    const value = filled[b.block_id];
    values[b.block_id] = {
      [element.action_id]:
        element.type === 'static_select'
          ? { type: element.type, selected_option: element.options?.find((o) => o.value === value) ?? null }
          : { type: element.type, value: value ?? null },
    };
  }
  const payload = {
    type: 'view_submission',
    team: { id: TEAM },
    user: { id: userId, team_id: TEAM },
    api_app_id: 'A0BENCH',
    token: 'legacy-unused',
    trigger_id: 'bench',
    view: { ...view, id: `V${userId}`, hash: `${Date.now()}.bench`, state: { values } },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A request signed as Slack signs it, for the load generator to send. */
function signed(url: string, body: string): LoadRequest {
  const ts = Math.floor(Date.now() / 1000);
  const signature = createHmac('sha256', SECRET).update(`v0:${ts}:${body}`).digest('hex');
  return {
    url,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': `v0=${signature}`,
    },
    body,
  };
}

export const bench: Bench = {
  title: `Check-in: ${CONCURRENT} concurrent signed Slack submissions, ack time`,
  async run(): Promise<BenchFigure[]> {
    const database = await benchDatabase();
    const { db } = database;
    const slack = await slackStandIn();
    const members = Array.from({ length: CONCURRENT }, (_, i) => `U0BENCH${String(i).padStart(3, '0')}`);
    await db.pool.query(`INSERT INTO regions (id, name) VALUES ('bench', 'Benchregio (fictief)')`);
    const { rows } = await db.pool.query(
      `INSERT INTO overleggen (region_id, name, kind) VALUES ('bench', 'Werkgroep Bench', 'werkgroep') RETURNING id`,
    );
    const overlegId: string = rows[0].id;
    for (const [i, userId] of members.entries()) {
      const m = await db.pool.query(
        `INSERT INTO members (region_id, name, organisation, domain) VALUES ('bench', $1, 'Benchorganisatie', 'ggz') RETURNING id`,
        [`Benchlid ${i}`],
      );
      await db.pool.query('INSERT INTO overleg_members (overleg_id, member_id) VALUES ($1, $2)', [
        overlegId,
        m.rows[0].id,
      ]);
      await linkIdentity(db.pool, { platform: 'slack', workspace: TEAM, userId }, m.rows[0].id);
    }
    const now = new Date();
    const { round } = await openRound(db.pool, {
      overlegId,
      occurrence: '2026-10-06T14:00',
      meetingDate: '2026-10-06',
      timeZone: 'Europe/Amsterdam',
      openedAt: now,
      nudgeAt: new Date(now.getTime() + 3 * 86_400_000),
      closesAt: new Date(now.getTime() + 7 * 86_400_000),
    });

    const config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      LOCAL_CHAT: 'off',
      LOG_LEVEL: 'silent',
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.apiUrl,
      SCHAKEL_SCHEDULER: 'false',
    });
    const schakel = await startSchakel(config, { logger: createLogger('silent'), database: db, cron: false });
    const schakelUrl = `${schakel.url}/slack/events`;

    // The baseline: a bare Bolt app on its HTTPReceiver with the same secret, that only acks.
    const receiver = new HTTPReceiver({ signingSecret: SECRET, endpoints: ['/slack/events'] });
    const bare = new App({
      token: 'xoxb-bench',
      receiver,
      // auth.test once at start (as Schakel's app does): with verification off Bolt would ask it on
      // every request, and the baseline would look slower than a bare app is.
      tokenVerificationEnabled: true,
      clientOptions: { slackApiUrl: slack.apiUrl },
    });
    bare.view('checkin', async ({ ack }) => ack());
    const bareServer = await listen(receiver.requestListener);

    const views = await Promise.all(
      members.map(async (userId) =>
        renderModal(
          await schakel.core.forms.roundFormForButton(
            { platform: 'slack', workspace: TEAM, userId },
            'checkin_open',
            round.id,
          ),
        ),
      ),
    );
    // Each burst changes every answer (another level and text), so none is a repeat.
    const bodies = (n: number) =>
      members.map((userId, i) =>
        submission(userId, views[i]!, {
          samenwerkingsniveau: String(1 + ((i + n) % 11) / 2),
          toelichting: `Ronde ${n}: we overleggen elke vier weken.`,
          new1_description: `Te weinig tijd voor overleg (${n})`,
          new1_category: 'tijd-capaciteit',
        }),
      );

    const load = startLoadGenerator();
    try {
      // Warm-up, then bare and Schakel alternate burst by burst so both see the same machine.
      await load.run([bodies(0).map((b) => signed(bareServer.url, b))]);
      await load.run([bodies(0).map((b) => signed(schakelUrl, b))]);
      const bareTimes: number[] = [];
      const schakelTimes: number[] = [];
      // Both apps run in this process: its CPU time during each side's bursts, per ack.
      const cpu = { bare: 0, schakel: 0 };
      const timed = async (side: keyof typeof cpu, url: string, burst: string[]) => {
        const requests = burst.map((b) => signed(url, b));
        const before = process.cpuUsage();
        const times = await load.run([requests]);
        const used = process.cpuUsage(before);
        cpu[side] += (used.user + used.system) / 1000;
        return times;
      };
      // PostgreSQL's CPU time (its backends, read from /proc when it runs here) during Schakel's bursts.
      let databaseCpu: number | null = 0;
      for (let n = 1; n <= BURSTS; n++) {
        const burst = bodies(n);
        bareTimes.push(...(await timed('bare', bareServer.url, burst)));
        const before = await databaseCpuMs(db);
        schakelTimes.push(...(await timed('schakel', schakelUrl, burst)));
        const after = await databaseCpuMs(db);
        databaseCpu =
          before === null || after === null || databaseCpu === null ? null : databaseCpu + after - before;
        // Schakel's confirmation DMs go out after the acks: not in the bare app's next burst.
        await confirmationsSent(slack.posted, (n + 1) * CONCURRENT);
      }
      const stored = await db.pool.query(
        'SELECT count(*)::int AS n FROM checkin_answers WHERE round_id = $1',
        [round.id],
      );
      if (stored.rows[0].n !== CONCURRENT)
        throw new Error(`expected ${CONCURRENT} answers, found ${stored.rows[0].n}`);
      const p = (values: number[], q: number) => percentile(values, q);
      return [
        {
          name: `p50 ack, ${CONCURRENT} at once (${database.label})`,
          value: p(schakelTimes, 50),
          unit: 'ms',
          baseline: { name: 'bare Bolt ack', value: p(bareTimes, 50) },
        },
        {
          name: `p99 ack, ${CONCURRENT} at once`,
          value: p(schakelTimes, 99),
          unit: 'ms',
          baseline: { name: 'bare Bolt ack', value: p(bareTimes, 99) },
          goal: '≤ 1.5× the bare app',
        },
        {
          name: 'p99 ack ÷ bare Bolt p99',
          value: p(schakelTimes, 99) / p(bareTimes, 99),
          unit: '×',
          goal: '≤ 1.5',
        },
        {
          name: 'CPU of this process per ack, during the bursts',
          value: cpu.schakel / schakelTimes.length,
          unit: 'ms',
          baseline: { name: 'bare Bolt ack', value: cpu.bare / bareTimes.length },
        },
        ...(databaseCpu === null
          ? []
          : [
              {
                name: "PostgreSQL's CPU per Schakel ack",
                value: databaseCpu / schakelTimes.length,
                unit: 'ms',
              },
            ]),
        { name: 'samples per side', value: schakelTimes.length, unit: 'acks' },
        { name: 'answers stored (one per member)', value: stored.rows[0].n, unit: 'answers' },
      ];
    } finally {
      load.stop();
      await schakel.stop();
      await new Promise<void>((r) => bareServer.server.close(() => r()));
      await new Promise<void>((r) => slack.server.close(() => r()));
      await database.drop();
    }
  },
};
