import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { TEAMS_APP_TENANT } from '../support/teams-identity-stand-in.ts';
import {
  type SignedTeamsOverHttp,
  startSignedTeamsOverHttp,
  startTeamsOverHttp,
  type TeamsOverHttp,
} from '../support/teams-over-http.ts';

// A tester's finding (http36): with TEAMS_SKIP_AUTH the TEAMS_TENANT_ID filter was off, and an
// activity could name file:///etc/passwd or the cloud metadata address as its serviceUrl.
const TENANT = '7e57c0de-5c4a-4e1e-8a11-00000000a036';

describe('Teams with TEAMS_SKIP_AUTH and TEAMS_TENANT_ID, over real HTTP', () => {
  let teams: TeamsOverHttp | undefined;
  let t: TeamsOverHttp;

  beforeAll(async () => {
    teams = await startTeamsOverHttp(
      { TEAMS_SKIP_AUTH: 'true', TEAMS_TENANT_ID: TENANT },
      { lotteIn: TENANT },
    );
    t = teams;
  });
  afterAll(() => teams?.stop());

  const loud = () => t.app.logs.lines.filter((l) => /"level":(50|60)/.test(l));
  const conversations = async () =>
    Number((await t.tdb.db.pool.query('select count(*) from teams_conversations')).rows[0].count);
  const help = (tenantId: string) =>
    messageActivity({ text: 'help', serviceUrl: t.connector.serviceUrl, userId: '29:lotte', tenantId });

  it('refuses an activity from another tenant, or naming none, with 403: nothing stored or sent', async () => {
    const before = await conversations();
    const calls = t.connector.calls.length;
    const other = help('tenant-vreemd');
    const install = { ...help('tenant-vreemd'), type: 'installationUpdate', action: 'add' };
    const { channelData: _c, ...noTenant } = help(TENANT);
    const none = {
      ...noTenant,
      conversation: { id: noTenant.conversation.id, conversationType: 'personal' },
    };
    for (const activity of [other, install, none]) {
      const res = await postActivity(t.app.baseUrl, activity);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'Deze Teams-organisatie gebruikt Schakel niet' });
    }
    expect(await conversations()).toBe(before);
    expect(t.connector.calls.length).toBe(calls);
    expect(loud()).toEqual([]);
  });

  it('still answers its own tenant', async () => {
    const activity = help(TENANT);
    expect((await postActivity(t.app.baseUrl, activity)).status).toBe(200);
    expect(JSON.stringify((await t.replyTo(activity)).body)).toContain('Hoi Lotte');
  });

  it.each([
    'file:///etc/passwd',
    'http://169.254.169.254/latest/',
    'http://2852039166/latest/',
    'http://[fe80::1]/',
    'ftp://connector.example/',
    'javascript:alert(1)',
  ])('refuses the serviceUrl %s (400) before any handler, sending nothing', async (serviceUrl) => {
    const calls = t.connector.calls.length;
    const res = await postActivity(t.app.baseUrl, { ...help(TENANT), serviceUrl });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'Dit is geen activiteit die Schakel begrijpt' });
    expect(t.connector.calls.length).toBe(calls);
    expect(loud()).toEqual([]);
  });
});

describe('Teams in production (tokens checked), over real HTTP', () => {
  let teams: SignedTeamsOverHttp | undefined;

  beforeAll(async () => {
    teams = await startSignedTeamsOverHttp({
      lotteIn: TEAMS_APP_TENANT,
      env: { NODE_ENV: 'production', HOST: '127.0.0.1' },
    });
  });
  afterAll(() => teams?.stop());

  it('refuses a serviceUrl on plain http (400): Teams answers only on https', async () => {
    const t = teams!;
    const activity = messageActivity({
      text: 'help',
      serviceUrl: t.connector.serviceUrl,
      userId: '29:lotte',
      tenantId: TEAMS_APP_TENANT,
    });
    const calls = t.connector.calls.length;
    const res = await t.post(activity);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'Dit is geen activiteit die Schakel begrijpt' });
    expect(t.connector.calls.length).toBe(calls);
    expect(t.app.logs.lines.filter((l) => /"level":(50|60)/.test(l))).toEqual([]);
  });
});
