import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLACK_BOT_SCOPES } from '../../src/doctor/checks.ts';
import { eventCallbackBody, postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { GEMEENTE, startSlackStandIn } from '../support/slack-stand-in.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

const COOKIE = 'slack-app-oauth-state';
const SECRETS = {
  SLACK_CLIENT_SECRET: 'klantgeheim-7f3a9c21e4',
  SLACK_SIGNING_SECRET: 'ondertekengeheim-5b8d2e61',
  SLACK_STATE_SECRET: 'statusgeheim-van-de-test-93c1',
  SCHAKEL_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  TEAMS_CLIENT_SECRET: 'teamsgeheim-4e7a1b90',
};
const OAUTH_CODE = 'oauth-code-6d2f8a';

describe('secrets never in the log, even at LOG_LEVEL=trace', () => {
  let tdb: TestDatabase;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>>;
  let connector: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    slack = await startSlackStandIn({ installs: { [OAUTH_CODE]: GEMEENTE }, scopes: SLACK_BOT_SCOPES });
    connector = await startTeamsConnectorStandIn();
    app = await startTestApp(
      {
        ...SECRETS,
        LOG_LEVEL: 'trace',
        SLACK_CLIENT_ID: '1234.5678',
        SLACK_API_URL: slack.apiUrl,
        TEAMS_CLIENT_ID: '00000000-0000-0000-0000-00000000beef',
        TEAMS_TENANT_ID: '7e57c0de-5c4a-4e1e-8a11-00000000a003',
      },
      tdb.db,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
    await slack?.close();
    await tdb?.drop();
  });

  it('installs over OAuth, answers signed Slack requests and Teams activities, and logs no secret', async () => {
    const begin = await fetch(`${app.baseUrl}/slack/install`, { redirect: 'manual' });
    const state = new URL(begin.headers.get('location') ?? '').searchParams.get('state') ?? '';
    const done = await fetch(
      `${app.baseUrl}/slack/oauth_redirect?code=${OAUTH_CODE}&state=${encodeURIComponent(state)}`,
      { headers: { cookie: `${COOKIE}=${state}` } },
    );
    expect(done.status).toBe(200);
    expect(slack.callsTo('oauth.v2.access')).toHaveLength(1);

    const events = `${app.baseUrl}/slack/events`;
    const home = eventCallbackBody(GEMEENTE.teamId, {
      type: 'app_home_opened',
      user: 'U0X',
      tab: 'home',
      channel: 'D0X',
    });
    expect(
      (await postToSlack(events, SECRETS.SLACK_SIGNING_SECRET, home, { contentType: 'application/json' }))
        .status,
    ).toBe(200);
    await slack.waitFor((c) => c.path === '/api/views.publish');
    const help = slashCommandBody({
      text: 'help',
      userId: 'U0X',
      teamId: GEMEENTE.teamId,
      responseUrl: slack.responseUrl,
    });
    expect((await postToSlack(events, SECRETS.SLACK_SIGNING_SECRET, help)).status).toBe(200);
    const activity = messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, userId: '29:x' });
    expect(
      (await postActivity(app.baseUrl, activity, { authorization: 'Bearer eyJ.geen.token' })).status,
    ).toBe(401);

    expect(app.logs.lines.length).toBeGreaterThan(10);
    // The SDKs logged at trace/debug (the OAuth exchange among it), with the secrets hidden.
    expect(app.logs.text).toContain('oauth.v2.access');
    for (const [name, secret] of Object.entries(SECRETS)) {
      expect(app.logs.text.includes(secret), `${name} in the log`).toBe(false);
    }
    expect(app.logs.text.includes(OAUTH_CODE), 'the OAuth code in the log').toBe(false);
    expect(app.logs.text.includes(GEMEENTE.botToken), 'the bot token in the log').toBe(false);
    expect(app.logs.text.includes('eyJ.geen.token'), 'a bearer token in the log').toBe(false);
  });
});
