import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { startLocalChatApp } from '../support/local-chat-app.ts';
import { startRecordingServer } from '../support/recording-server.ts';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { startTeamsConnectorStandIn } from '../support/teams-connector-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

describe('the local chat, its clock and its role switch exist only in local mode', () => {
  const slack = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
  const teams = { TEAMS_CLIENT_ID: 'app', TEAMS_CLIENT_SECRET: 'geheim' };
  const refused = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (err) {
      return err instanceof ConfigError ? err.variable : 'ander';
    }
    return 'aangenomen';
  };

  it('is refused in production and beside Slack or Teams credentials', () => {
    expect(refused({ NODE_ENV: 'production', ...slack, LOCAL_CHAT: 'on' })).toBe('LOCAL_CHAT');
    expect(refused({ ...slack, LOCAL_CHAT: 'on' })).toBe('LOCAL_CHAT');
    expect(refused({ ...teams, LOCAL_CHAT: 'on' })).toBe('LOCAL_CHAT');
    expect(loadConfig({ ...slack }).localChat.enabled).toBe(false);
    expect(loadConfig({}).localChat.enabled).toBe(true);
  });

  it('with credentials set there is no chat page, clock or role switch to call', async () => {
    const tdb = await createTestDatabase();
    const app = await startTestApp({ ...slack, LOCAL_CHAT: 'auto' }, tdb.db);
    try {
      expect(app.running.localChatUrl).toBeUndefined();
      for (const path of ['/api/klok', '/api/bericht', '/api/actie']) {
        const res = await fetch(`${app.baseUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ rol: 'pl', gesprek: 'a:lokaal-pl', stap: 'week' }),
        });
        expect(res.status).toBe(404);
      }
    } finally {
      await app.stop();
      await tdb.drop();
    }
  });
});

describe('local mode open beyond this machine says at start that the local chat is open to the network', () => {
  const warnings = (app: TestApp) =>
    app.logs.lines
      .map((l) => JSON.parse(l) as { level: number; msg: string })
      .filter((l) => l.level >= 40 && l.msg.includes('de lokale chat staat open voor wie'));

  it('HOST=0.0.0.0: one warning; on 127.0.0.1 (also as ::ffff:127.0.0.1) none', async () => {
    for (const [host, expected] of [
      ['0.0.0.0', 1],
      ['127.0.0.1', 0],
      ['::ffff:127.0.0.1', 0],
    ] as const) {
      const local = await startLocalChatApp({ HOST: host });
      try {
        expect(warnings(local.app)).toHaveLength(expected);
      } finally {
        await local.stop();
      }
    }
  });
});

describe('a Teams activity makes no outbound request but the reply', () => {
  let tdb: TestDatabase;
  let app: TestApp;
  let connector: Awaited<ReturnType<typeof startTeamsConnectorStandIn>>;
  let tokenService: Awaited<ReturnType<typeof startRecordingServer>>;
  const outbound: string[] = [];
  const record = (m: unknown) => {
    const req = (
      m as { request: { host?: string; path?: string; method?: string; getHeader(n: string): unknown } }
    ).request;
    outbound.push(`${req.method} ${String(req.getHeader('host'))}${req.path}`);
  };

  beforeAll(async () => {
    tdb = await createTestDatabase();
    connector = await startTeamsConnectorStandIn();
    // Where the SDK would fetch a user token (OAUTH_URL), a recorder that would see it.
    tokenService = await startRecordingServer(() => ({ status: 404, body: {} }));
    vi.stubEnv('OAUTH_URL', tokenService.url);
    app = await startTestApp({ TEAMS_SKIP_AUTH: 'true' }, tdb.db);
    subscribe('http.client.request.start', record);
  });
  afterAll(async () => {
    unsubscribe('http.client.request.start', record);
    vi.unstubAllEnvs();
    await app?.stop();
    await connector?.close();
    await tokenService?.close();
    await tdb?.drop();
  });

  it('says at start that Teams is served without credentials (TEAMS_SKIP_AUTH), once, in Dutch', () => {
    const lines = app.logs.lines.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(lines.filter((l) => l.msg.startsWith('Teams zonder inloggegevens'))).toHaveLength(1);
    expect(lines.filter((l) => l.level >= 40 && l.msg.startsWith('No credentials configured'))).toEqual([]);
  });

  it('asks no user token and sends only the answer to the connector', async () => {
    const activity = messageActivity({ text: 'help', serviceUrl: connector.serviceUrl, userId: '29:iemand' });
    const res = await postActivity(app.baseUrl, activity);
    expect(res.status).toBe(200);
    await connector.waitFor((c) => c.path.startsWith(`/v3/conversations/${activity.conversation.id}/`));
    expect(tokenService.calls).toEqual([]);
    const host = new URL(connector.serviceUrl).host;
    expect(outbound).toEqual([`POST ${host}/v3/conversations/${activity.conversation.id}/activities`]);
  });
});
