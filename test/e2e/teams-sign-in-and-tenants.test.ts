import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity } from '../support/teams-activities.ts';
import { TEAMS_APP_TENANT } from '../support/teams-identity-stand-in.ts';
import { type SignedTeamsOverHttp, startSignedTeamsOverHttp } from '../support/teams-over-http.ts';

/** Authenticated Teams activities Schakel has no use for: answered quietly, nothing stored or called. */
describe('Teams: sign-in invokes and other tenants', () => {
  let teams: SignedTeamsOverHttp | undefined;
  let tdb: SignedTeamsOverHttp['tdb'];
  let connector: SignedTeamsOverHttp['connector'];
  let app: SignedTeamsOverHttp['app'];
  let post: SignedTeamsOverHttp['post'];

  beforeAll(async () => {
    teams = await startSignedTeamsOverHttp({ lotteIn: TEAMS_APP_TENANT });
    ({ tdb, connector, app, post } = teams);
  });
  afterAll(() => teams?.stop());

  const loud = (from: number) => app.logs.lines.slice(from).filter((l) => /"level":(50|60)/.test(l));
  const conversations = async () =>
    Number((await tdb.db.pool.query('select count(*) from teams_conversations')).rows[0].count);
  const envelope = (tenantId: string) => {
    const base = messageActivity({ text: 'help', serviceUrl: connector.url, userId: '29:anna', tenantId });
    const { text: _text, textFormat: _format, ...rest } = base;
    return rest;
  };

  it.each(['signin/tokenExchange', 'signin/verifyState', 'signin/failure'])(
    'answers %s at once with a 200, calling no one and logging no error',
    async (name) => {
      const from = app.logs.lines.length;
      const calls = connector.calls.length;
      const res = await post({
        ...envelope(TEAMS_APP_TENANT),
        type: 'invoke',
        name,
        value: { id: randomUUID(), connectionName: 'sso', token: 'eyJ.nep.token', state: '123456' },
      });
      expect(res.status).toBe(200);
      expect(loud(from)).toEqual([]);
      expect(connector.calls.length).toBe(calls);
    },
  );

  it('refuses activities from another tenant (403), stores nothing and logs no error', async () => {
    const before = await conversations();
    const from = app.logs.lines.length;
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const tenant = `tenant-vreemd-${i}`;
      statuses.push((await post({ ...envelope(tenant), type: 'installationUpdate', action: 'add' })).status);
      const channel = `19:vreemd-${i}@thread.tacv2`;
      const added = {
        ...envelope(tenant),
        type: 'conversationUpdate',
        conversation: { id: channel, conversationType: 'channel' },
        channelData: { tenant: { id: tenant }, team: { id: channel }, eventType: 'teamMemberAdded' },
        membersAdded: [{ id: '28:schakel-bot' }],
      };
      statuses.push((await post(added)).status);
    }
    statuses.push(
      (
        await post(
          messageActivity({
            text: 'help',
            serviceUrl: connector.url,
            userId: '29:x',
            tenantId: 'tenant-vreemd',
          }),
        )
      ).status,
    );
    expect(new Set(statuses)).toEqual(new Set([403]));
    expect(await conversations()).toBe(before);
    expect(loud(from)).toEqual([]);
  });

  it('still stores an installation in its own tenant', async () => {
    const before = await conversations();
    const res = await post({ ...envelope(TEAMS_APP_TENANT), type: 'installationUpdate', action: 'add' });
    expect(res.status).toBe(200);
    expect(await conversations()).toBe(before + 1);
  });

  it('knows a member whose tenant id comes in capitals and with spaces, and keeps it in lower case', async () => {
    const spelled = ` ${TEAMS_APP_TENANT.toUpperCase()} `;
    const activity = {
      ...messageActivity({
        text: 'overzicht',
        serviceUrl: connector.url,
        userId: '29:lotte',
        tenantId: spelled,
      }),
      type: 'installationUpdate',
      action: 'add',
    };
    const from = connector.calls.length;
    expect((await post(activity)).status).toBe(200);
    const message = messageActivity({
      text: 'overzicht',
      serviceUrl: connector.url,
      userId: '29:lotte',
      tenantId: spelled,
      conversationId: activity.conversation.id,
    });
    expect((await post(message)).status).toBe(200);
    const reply = await connector.waitFor((c) => JSON.stringify(c.body).includes('Lotte'), { after: from });
    expect(JSON.stringify(reply.body)).toContain('Hoi Lotte');
    const { rows } = await tdb.db.pool.query(
      'SELECT tenant FROM teams_conversations WHERE conversation_id = $1',
      [activity.conversation.id],
    );
    expect(rows).toEqual([{ tenant: TEAMS_APP_TENANT }]);
  });
});
