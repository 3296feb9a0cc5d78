import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember } from '../support/fixtures.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import { startTeamsIdentityStandIn, TEAMS_APP_TENANT } from '../support/teams-identity-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

// Teams requests refused or accepted by their Bot Framework token; everything else over HTTP:
// teams-http.test.ts.
describe('Teams with credentials configured', () => {
  let tdb: TestDatabase;
  let connector: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let app: TestApp;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    connector = await startTeamsConnectorStandIn();
    app = await startTestApp(
      {
        TEAMS_CLIENT_ID: '00000000-0000-0000-0000-00000000beef',
        TEAMS_CLIENT_SECRET: 'geheim',
        TEAMS_TENANT_ID: 'tenant-x',
      },
      tdb.db,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
    await tdb?.drop();
  });

  it('refuses an activity without a token (401) and sends nothing', async () => {
    const activity = messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, userId: '29:x' });
    const res = await postActivity(app.baseUrl, activity);
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'Missing authorization header' });
    // The SDK refused this activity before any handler ran: nothing can still be on its way.
    expect(app.logs.text).toContain(`inbound activity rejected (type=message, id=${activity.id})`);
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
    expect(app.logs.text).toContain('JWT validation failed Invalid token');
    expect(connector.calls).toHaveLength(0);
  });
});

describe('Teams with tokens checked against the Bot Framework keys (stand-in identity)', () => {
  let tdb: TestDatabase;
  let connector: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let identity: Awaited<ReturnType<typeof startTeamsIdentityStandIn>>;
  let app: TestApp;

  beforeAll(async () => {
    tdb = await createTestDatabase();
    connector = await startTeamsConnectorStandIn();
    identity = await startTeamsIdentityStandIn();
    await addMember(tdb.db, {
      name: 'Lotte Brummelman',
      identities: [{ platform: 'teams', workspace: TEAMS_APP_TENANT, userId: '29:lotte' }],
      overleg: 'Werkgroep Oost',
    });
    app = await startTestApp(identity.env, tdb.db, undefined, { teamsIdentity: identity.identity });
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.close();
    await identity?.close();
    await tdb?.drop();
  });

  const help = () =>
    messageActivity({
      text: 'help',
      serviceUrl: connector.serviceUrl,
      userId: '29:lotte',
      tenantId: TEAMS_APP_TENANT,
    });

  it('answers an activity whose token the Bot Framework signed, with the bot’s own token', async () => {
    const activity = help();
    const res = await postActivity(app.baseUrl, activity, identity.authorization(activity));
    expect(res.status).toBe(200);
    const sent = await connector.waitFor((c) =>
      c.path.startsWith(`/v3/conversations/${activity.conversation.id}/`),
    );
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
    expect(await refused[0]?.json()).toEqual({ error: 'JWT validation failed' });
    // Refused before any handler ran: nothing can still be on its way.
    expect(app.logs.text).toContain('Service URL mismatch');
    const ids = [otherApp.conversation.id, redirected.conversation.id];
    expect(connector.calls.filter((c) => ids.some((id) => c.path.includes(id)))).toEqual([]);
  });
});
