import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { TEAMS_APP_TENANT } from '../support/teams-identity-stand-in.ts';
import {
  type SignedTeamsOverHttp,
  startSignedTeamsOverHttp,
  startTeamsOverHttp,
  type TeamsConnectorStandIn,
  type TeamsOverHttp,
} from '../support/teams-over-http.ts';
import type { TestApp } from '../support/test-app.ts';

// Teams requests refused or accepted by their Bot Framework token; everything else over HTTP:
// teams-http.test.ts.
describe('Teams with credentials configured', () => {
  let teams: TeamsOverHttp | undefined;
  let connector: TeamsConnectorStandIn;
  let app: TestApp;

  beforeAll(async () => {
    teams = await startTeamsOverHttp({
      TEAMS_CLIENT_ID: '00000000-0000-0000-0000-00000000beef',
      TEAMS_CLIENT_SECRET: 'geheim',
      TEAMS_TENANT_ID: '7e57c0de-5c4a-4e1e-8a11-00000000a002',
    });
    ({ connector, app } = teams);
  });
  afterAll(() => teams?.stop());

  it('refuses an activity without a token (401) and sends nothing', async () => {
    const activity = messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, userId: '29:x' });
    const res = await postActivity(app.baseUrl, activity);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'Geen geldig token' });
    // Refused before its body was read, so before any handler ran: nothing can still be on its way.
    expect(app.logs.text).toContain('Teams-verzoek geweigerd: geen geldig token (401)');
    expect(connector.calls).toHaveLength(0);
  });

  it('refuses an activity with a forged token (401)', async () => {
    const forged = [
      Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url'),
      Buffer.from(
        JSON.stringify({ aud: '00000000-0000-0000-0000-00000000beef', iss: 'https://api.botframework.com' }),
      ).toString('base64url'),
      'handtekening',
    ].join('.');
    const activity = messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, userId: '29:x' });
    const res = await postActivity(app.baseUrl, activity, { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'Geen geldig token' });
    expect(connector.calls).toHaveLength(0);
  });
});

describe('Teams with tokens checked against the Bot Framework keys (stand-in identity)', () => {
  let teams: SignedTeamsOverHttp | undefined;
  let connector: TeamsConnectorStandIn;
  let identity: SignedTeamsOverHttp['identity'];
  let app: TestApp;

  beforeAll(async () => {
    teams = await startSignedTeamsOverHttp({ lotteIn: TEAMS_APP_TENANT });
    ({ connector, identity, app } = teams);
  });
  afterAll(() => teams?.stop());

  const help = () =>
    messageActivity({
      text: 'help',
      serviceUrl: connector.serviceUrl,
      userId: '29:lotte',
      tenantId: TEAMS_APP_TENANT,
    });

  it('answers an activity whose token the Bot Framework signed, with the bot’s own token', async () => {
    const activity = help();
    const res = await teams!.post(activity);
    expect(res.status).toBe(200);
    const sent = await teams!.replyTo(activity);
    expect(JSON.stringify(sent.body)).toContain('Hoi Lotte!');
    expect(identity.isBotToken(sent.headers.authorization)).toBe(true);
    // The key was looked up where the cloud's OpenID metadata points.
    expect(identity.keyFetches).toBeGreaterThan(0);
  });

  it('refuses a token for another app, and a valid token for another serviceUrl (401), and sends nothing', async () => {
    const otherApp = help();
    const redirected = help();
    const refused = [
      await postActivity(app.baseUrl, otherApp, identity.badAuthorization(otherApp, 'wrong-audience')),
      await postActivity(app.baseUrl, redirected, identity.badAuthorization(redirected, 'other-service-url')),
    ];
    expect(refused.map((r) => r.status)).toEqual([401, 401]);
    // Another app's token before its body is read; another serviceUrl by the SDK, with the body.
    expect(await refused[0]?.json()).toEqual({ error: 'Geen geldig token' });
    expect(await refused[1]?.json()).toEqual({ error: 'JWT validation failed' });
    // Refused before any handler ran: nothing can still be on its way.
    expect(app.logs.text).toContain('Service URL mismatch');
    const ids = [otherApp.conversation.id, redirected.conversation.id];
    expect(connector.calls.filter((c) => ids.some((id) => c.path.includes(id)))).toEqual([]);
  });
});
