import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamsReplayKey } from '../../adapters/teams/replays.ts';
import { FORM_IDS } from '../../src/messages/forms/model.ts';
import { databaseText } from '../support/database-text.ts';
import { addMemberOnBothPlatforms } from '../support/fixtures.ts';
import { CLIENT_DATA, junkText, seededRandom } from '../support/fuzz-payloads.ts';
import {
  ACTION_IDS,
  inParallel,
  slackPayload,
  TEAMS_USERS,
  TENANT,
  teamsPayload,
} from '../support/fuzz-requests.ts';
import {
  eventCallbackBody,
  interactionBody,
  postToSlack,
  slashCommandBody,
} from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { cardActionInvoke, messageActivity, postActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import {
  BAD_TOKENS,
  startTeamsIdentityStandIn,
  type TeamsIdentityStandIn,
} from '../support/teams-identity-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const SECRET = 'fuzz-signing-secret-schakel';
const PER_PLATFORM = 2_000;

describe('fuzzed requests on both platforms (seeded)', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let connector: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let identity: TeamsIdentityStandIn;
  let app: TestApp;
  let events: string;
  /** Posts an activity as Teams does: with a token signed for it by the (stand-in) Bot Framework. */
  const postSigned = (activity: unknown) =>
    postActivity(app.baseUrl, activity, identity.authorization(activity));

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn();
    connector = await startTeamsConnectorStandIn();
    identity = await startTeamsIdentityStandIn();
    await addMemberOnBothPlatforms(tdb.db, {
      regionId: 'fuzz-regio',
      name: 'Fenna Zuidema',
      roles: ['lid', 'projectleider'],
      slackUserId: 'U0FUZZ',
      teamsTenant: TENANT,
      teamsUserId: '29:fuzz',
    });
    app = await startTestApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-fuzz',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        // Teams tokens are validated as in production, against the stand-in identity's keys.
        ...identity.env,
        LOG_LEVEL: 'info',
      },
      tdb.db,
      undefined,
      { teamsIdentity: identity.identity },
    );
    events = `${app.baseUrl}/slack/events`;
  });
  afterAll(async () => {
    await app?.stop();
    await slack?.close();
    await connector?.close();
    await identity?.close();
    await tdb?.drop();
  });

  it('answers the signed body `payload=null` (form) with a 400 and keeps serving', async () => {
    const res = await postToSlack(events, SECRET, 'payload=null');
    expect(res.status).toBe(400);
    expect((await fetch(`${app.baseUrl}/healthz`)).status).toBe(200);
  });

  it('answers the signed body `null` (JSON) with a 400 and keeps serving', async () => {
    const res = await postToSlack(events, SECRET, 'null', { contentType: 'application/json' });
    expect(res.status).toBe(400);
    const help = slashCommandBody({
      text: 'help',
      userId: 'U0FUZZ',
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
    });
    expect((await postToSlack(events, SECRET, help)).status).toBe(200);
  });

  it.each([
    ['without its view', undefined],
    ['without its state', { id: 'V0FUZZ', callback_id: 'checkin', private_metadata: '' }],
    [
      'whose state has a block that is null',
      { id: 'V0FUZZ', callback_id: 'reeks', state: { values: { b: null } } },
    ],
  ])(
    'refuses (400) a signed form submission %s before any handler: nothing logged as a fault',
    async (_what, view) => {
      const before = app.logs.lines.length;
      const body = interactionBody({
        type: 'view_submission',
        team: { id: STAND_IN_TEAM },
        user: { id: 'U0FUZZ', team_id: STAND_IN_TEAM },
        view,
      });
      const res = await postToSlack(events, SECRET, body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: 'Dit is geen verzoek dat Schakel begrijpt' });
      expect(app.logs.lines.slice(before).filter((l) => l.includes('"level":50'))).toEqual([]);
    },
  );

  it('refuses (400) a signed event whose event id or response_url is client text: stored nowhere, logged nowhere', async () => {
    const [bsn, diagnosis] = CLIENT_DATA;
    const event = JSON.parse(
      eventCallbackBody(STAND_IN_TEAM, { type: 'app_home_opened', user: 'U0FUZZ', tab: 'home' }),
    ) as Record<string, unknown>;
    const withEventId = JSON.stringify({ ...event, event_id: `Ev ${diagnosis}` });
    const command = slashCommandBody({
      text: 'help',
      userId: 'U0FUZZ',
      teamId: STAND_IN_TEAM,
      responseUrl: `${bsn} ${diagnosis}`,
    });
    expect((await postToSlack(events, SECRET, withEventId, { contentType: 'application/json' })).status).toBe(
      400,
    );
    expect((await postToSlack(events, SECRET, command)).status).toBe(400);
    const stored = await databaseText(tdb.db);
    for (const detail of [bsn, diagnosis]) {
      expect(stored).not.toContain(detail);
      expect(app.logs.text).not.toContain(detail);
    }
  });

  it('answers a Teams activity whose id is client text, sent twice, once: the id stored nowhere', async () => {
    const [bsn, diagnosis] = CLIENT_DATA;
    const activity = {
      ...messageActivity({
        text: 'help',
        serviceUrl: connector.serviceUrl,
        userId: '29:fuzz',
        tenantId: TENANT,
        conversationId: 'a:kenmerk-als-tekst',
      }),
      id: `${bsn} ${diagnosis}`,
    };
    for (let i = 0; i < 2; i++) expect((await postSigned(activity)).status).toBe(200);
    // The same in a conversation whose id is client text.
    const elsewhere = { ...activity, conversation: { ...activity.conversation, id: `${diagnosis} ${bsn}` } };
    expect((await postSigned(elsewhere)).status).toBeLessThan(500);
    await connector.waitFor((c) => c.path.includes('a:kenmerk-als-tekst'));
    const handled = await tdb.db.pool.query(
      "SELECT request_key FROM handled_requests WHERE platform = 'teams' AND request_key = $1",
      [teamsReplayKey('a:kenmerk-als-tekst', activity.id)],
    );
    expect(handled.rows).toHaveLength(1);
    const stored = await databaseText(tdb.db);
    for (const detail of [bsn, diagnosis]) expect(stored).not.toContain(detail);
    expect(app.logs.lines.filter((l) => l.includes('herhaalde Teams-activiteit'))).toHaveLength(1);
  });

  it('a request type of typed text does not become a label on the public /metrics page', async () => {
    const [, diagnosis] = CLIENT_DATA;
    const command = `${slashCommandBody({ text: 'help', userId: 'U0FUZZ', teamId: STAND_IN_TEAM, responseUrl: slack.responseUrl })}&type=${encodeURIComponent(`${diagnosis} slack`)}`;
    expect((await postToSlack(events, SECRET, command)).status).toBe(200);
    const activity = {
      ...messageActivity({
        text: 'help',
        serviceUrl: connector.serviceUrl,
        userId: '29:fuzz',
        tenantId: TENANT,
      }),
      type: `${diagnosis} teams`,
    };
    expect((await postSigned(activity)).status).toBeLessThan(500);
    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    expect(metrics).not.toContain(diagnosis);
    expect(metrics).toMatch(/^schakel_chat_requests_total\{platform="teams",kind="anders"\} [1-9]/m);
  });

  it(`${PER_PLATFORM} fuzzed signed Slack requests: no 5xx, nothing invalid stored, still serving`, async () => {
    const r = seededRandom(14);
    const statuses = await inParallel(PER_PLATFORM, async () => {
      const { body, json } = slackPayload(r, slack.responseUrl);
      const res = await postToSlack(events, SECRET, body, json ? { contentType: 'application/json' } : {});
      await res.arrayBuffer();
      return res.status;
    });
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(PER_PLATFORM / 10);
    await expectNothingInvalid();
  }, 120_000);

  it(`${PER_PLATFORM} fuzzed Teams activities, each with a valid token: no 5xx, nothing invalid stored, still serving`, async () => {
    const r = seededRandom(41);
    const statuses = await inParallel(PER_PLATFORM, async () => {
      const res = await postSigned(teamsPayload(r, connector.serviceUrl));
      await res.arrayBuffer();
      return res.status;
    });
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // Every token was valid for its activity: nothing was refused for it.
    expect(statuses.filter((s) => s === 401)).toEqual([]);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(PER_PLATFORM / 10);
    // The signing keys came from the identity endpoint, and what Schakel sent carried its own token.
    expect(identity.keyFetches).toBeGreaterThan(0);
    expect(connector.calls.length).toBeGreaterThan(0);
    expect(connector.calls.filter((c) => !identity.isBotToken(c.headers.authorization))).toEqual([]);
    await expectNothingInvalid();
  }, 120_000);

  const REFUSED = BAD_TOKENS.length * 30;
  it(`${REFUSED} fuzzed Teams activities with a missing or bad token: all 401, nothing stored or sent`, async () => {
    const r = seededRandom(4114);
    const teamsKeys = 'SELECT request_key FROM handled_requests WHERE platform = $1 ORDER BY request_key';
    const keysBefore = (await tdb.db.pool.query(teamsKeys, ['teams'])).rows;
    const statuses = await inParallel(REFUSED, async (i) => {
      const conversationId = `a:geweigerd-${i}`;
      const base = {
        serviceUrl: connector.serviceUrl,
        userId: r.pick(TEAMS_USERS),
        tenantId: TENANT,
        conversationId,
      };
      const activity =
        r.int(2) === 0
          ? messageActivity({ ...base, text: r.pick(['help', `agendapunt ${junkText(r)}`, junkText(r)]) })
          : cardActionInvoke({
              ...base,
              verb: r.pick([...ACTION_IDS, ...FORM_IDS]),
              data: { action: r.pick(ACTION_IDS), value: junkText(r) },
            });
      const kind = BAD_TOKENS[i % BAD_TOKENS.length] ?? 'missing';
      const res = await postActivity(app.baseUrl, activity, identity.badAuthorization(activity, kind));
      await res.arrayBuffer();
      return res.status;
    });
    expect(statuses.filter((s) => s !== 401)).toEqual([]);
    // Refused before any handler ran: nothing sent to those conversations, not even recorded as handled.
    const toRefused = connector.calls.filter((c) =>
      `${decodeURIComponent(c.path)} ${c.raw}`.includes('geweigerd'),
    );
    expect(toRefused).toEqual([]);
    expect((await tdb.db.pool.query(teamsKeys, ['teams'])).rows).toEqual(keysBefore);
    await expectNothingInvalid();
  }, 120_000);

  async function expectNothingInvalid() {
    const stored = await databaseText(tdb.db);
    for (const detail of CLIENT_DATA) expect(stored).not.toContain(detail);
    for (const detail of CLIENT_DATA) expect(app.logs.text).not.toContain(detail);
    // Still serving both platforms, and no fault escaped to the process.
    const help = slashCommandBody({
      text: 'help',
      userId: 'U0FUZZ',
      teamId: STAND_IN_TEAM,
      responseUrl: slack.responseUrl,
    });
    expect((await postToSlack(events, SECRET, help)).status).toBe(200);
    const hello = messageActivity({
      text: 'help',
      serviceUrl: connector.serviceUrl,
      userId: '29:fuzz',
      tenantId: TENANT,
    });
    expect((await postSigned(hello)).status).toBe(200);
    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    expect(metrics).not.toMatch(/^schakel_process_faults_total\{[^}]*\} [1-9]/m);
  }
});
