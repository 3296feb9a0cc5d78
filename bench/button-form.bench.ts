import { createHmac } from 'node:crypto';
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import { startSchakel } from '../adapters/main.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { openRound } from '../src/store/checkin-repo.ts';
import { linkIdentity } from '../src/store/members-repo.ts';
import { type Bench, type BenchFigure, percentile, QUICK } from './harness.ts';
import { benchDatabase } from './support/bench-database.ts';
import { type LoadRequest, startLoadGenerator } from './support/load.ts';

const AT_ONCE = 30;
/** 30 at once, 34 times: 1,020 samples per platform for the p99 (quick: 120). */
const BURSTS = QUICK ? 4 : 34;
const SECRET = 'bench-signing-secret';
const TEAM = 'T0BENCH';
const TENANT = 'tenant-bench';

async function listen(handler: RequestListener): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * Slack's Web API and Teams' connector in one stand-in that says yes to everything and notes when
 * each views.open arrived (by trigger id): for Slack, the form is open when that call lands.
 */
async function standIn() {
  const opened = new Map<string, number>();
  const { url, server } = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url?.endsWith('/views.open')) {
        const at = performance.timeOrigin + performance.now();
        const body = Buffer.concat(chunks).toString('utf8');
        const form = new URLSearchParams(body);
        const trigger = form.get('trigger_id') ?? JSON.parse(body || '{}').trigger_id ?? '';
        opened.set(trigger, at);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: true, id: 'a1', user_id: 'U0BOT', team_id: TEAM, view: { id: 'V1' } }));
    });
  });
  return { apiUrl: `${url}/api/`, serviceUrl: `${url}/teams/`, opened, server };
}

function slackButton(url: string, userId: string, roundId: string, trigger: string): LoadRequest {
  const payload = {
    type: 'block_actions',
    token: 'legacy-unused',
    api_app_id: 'A0BENCH',
    team: { id: TEAM, domain: 'bench' },
    user: { id: userId, team_id: TEAM, username: 'benchlid' },
    trigger_id: trigger,
    container: { type: 'message', channel_id: `D${userId}`, message_ts: '1700000000.000100' },
    channel: { id: `D${userId}`, name: 'directmessage' },
    actions: [
      {
        type: 'button',
        action_id: 'checkin_open',
        block_id: 'acties',
        value: roundId,
        text: { type: 'plain_text', text: 'Check-in invullen' },
        action_ts: String(Date.now() / 1000),
      },
    ],
  };
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
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

function teamsButton(
  url: string,
  serviceUrl: string,
  userId: string,
  roundId: string,
  n: number,
): LoadRequest {
  const activity = {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `bench-${userId}-${n}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: userId, name: 'Benchlid' },
    recipient: { id: '28:schakel-bot', name: 'Schakel' },
    conversation: { id: `a:dm-${userId}`, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
    locale: 'nl-NL',
    value: {
      action: {
        type: 'Action.Execute',
        verb: 'checkin_open',
        data: { action: 'checkin_open', value: roundId },
      },
      trigger: 'manual',
    },
  };
  return { url, headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) };
}

export const bench: Bench = {
  title: `Button → form open: ${AT_ONCE} members at once, Slack (until views.open) and Teams (until the card)`,
  async run(): Promise<BenchFigure[]> {
    const database = await benchDatabase();
    const { db } = database;
    const api = await standIn();
    const members = Array.from({ length: AT_ONCE }, (_, i) => String(i).padStart(3, '0'));
    await db.pool.query(`INSERT INTO regions (id, name) VALUES ('bench', 'Benchregio (fictief)')`);
    const { rows } = await db.pool.query(
      `INSERT INTO overleggen (region_id, name, kind) VALUES ('bench', 'Werkgroep Bench', 'werkgroep') RETURNING id`,
    );
    const overlegId: string = rows[0].id;
    for (const i of members) {
      const m = await db.pool.query(
        `INSERT INTO members (region_id, name, organisation, domain) VALUES ('bench', $1, 'Benchorganisatie', 'ggz') RETURNING id`,
        [`Benchlid ${i}`],
      );
      await db.pool.query('INSERT INTO overleg_members (overleg_id, member_id) VALUES ($1, $2)', [
        overlegId,
        m.rows[0].id,
      ]);
      await linkIdentity(db.pool, { platform: 'slack', workspace: TEAM, userId: `U0B${i}` }, m.rows[0].id);
      await linkIdentity(db.pool, { platform: 'teams', workspace: TENANT, userId: `29:b${i}` }, m.rows[0].id);
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
      SLACK_API_URL: api.apiUrl,
      TEAMS_SKIP_AUTH: 'true',
      SCHAKEL_SCHEDULER: 'false',
    });
    const schakel = await startSchakel(config, { logger: createLogger('silent'), database: db, cron: false });

    // Baselines: a bare Bolt app that acks and opens a fixed modal; a bare HTTP server answering a card.
    const receiver = new HTTPReceiver({ signingSecret: SECRET, endpoints: ['/slack/events'] });
    const bare = new App({ token: 'xoxb-bench', receiver, clientOptions: { slackApiUrl: api.apiUrl } });
    bare.action('checkin_open', async ({ ack, body, client }) => {
      await ack();
      const trigger = (body as { trigger_id: string }).trigger_id;
      await client.views.open({
        trigger_id: trigger,
        view: { type: 'modal', title: { type: 'plain_text', text: 'Check-in' }, blocks: [] },
      });
    });
    const bareSlack = await listen(receiver.requestListener);
    const card = JSON.stringify({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Check-in' }] },
    });
    const bareTeams = await listen((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(card);
      });
    });

    const load = startLoadGenerator();
    let serial = 0;
    /** Slack: from the press until its views.open reached the stand-in. */
    const slackBurst = async (url: string) => {
      const triggers = members.map((i) => `trigger-${i}-${serial++}`);
      const r = await load.runTimed([
        members.map((i, k) => slackButton(url, `U0B${i}`, round.id, triggers[k]!)),
      ]);
      // views.open follows the ack: wait (bounded) until every one arrived.
      for (let waited = 0; triggers.some((t) => !api.opened.has(t)) && waited < 30_000; waited += 10)
        await new Promise((res) => setTimeout(res, 10));
      return triggers.map((t, k) => (api.opened.get(t) ?? Number.NaN) - r.starts[k]!);
    };
    const teamsBurst = (url: string) =>
      load.run([members.map((i) => teamsButton(url, api.serviceUrl, `29:b${i}`, round.id, serial++))]);
    const figures: BenchFigure[] = [];
    try {
      const slackUrl = `${schakel.url}/slack/events`;
      const teamsUrl = `${schakel.url}/api/messages`;
      await slackBurst(`${bareSlack.url}/slack/events`);
      await slackBurst(slackUrl);
      await teamsBurst(bareTeams.url);
      await teamsBurst(teamsUrl);
      const times = {
        slack: [] as number[],
        bareSlack: [] as number[],
        teams: [] as number[],
        bareTeams: [] as number[],
      };
      for (let n = 0; n < BURSTS; n++) {
        times.bareSlack.push(...(await slackBurst(`${bareSlack.url}/slack/events`)));
        times.slack.push(...(await slackBurst(slackUrl)));
        times.bareTeams.push(...(await teamsBurst(bareTeams.url)));
        times.teams.push(...(await teamsBurst(teamsUrl)));
      }
      const missing = times.slack.filter(Number.isNaN).length;
      if (missing > 0) throw new Error(`${missing} Slack forms never opened`);
      for (const [platform, own, base, baseName] of [
        ['Slack', times.slack, times.bareSlack, 'bare Bolt app opening a modal'],
        ['Teams', times.teams, times.bareTeams, 'bare node:http answering a card'],
      ] as const) {
        figures.push(
          {
            name: `${platform}: button → form p50`,
            value: percentile(own, 50),
            unit: 'ms',
            baseline: { name: baseName, value: percentile(base, 50) },
          },
          {
            name: `${platform}: button → form p99 (${own.length} samples)`,
            value: percentile(own, 99),
            unit: 'ms',
            baseline: { name: baseName, value: percentile(base, 99) },
            goal: '< 300 ms',
          },
        );
      }
      return figures;
    } finally {
      load.stop();
      await schakel.stop();
      for (const s of [bareSlack.server, bareTeams.server, api.server])
        await new Promise<void>((r) => s.close(() => r()));
      await database.drop();
    }
  },
};
