import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseText } from '../support/database-text.ts';
import { cardActionInvoke, messageActivity } from '../support/teams-activities.ts';
import { TEAMS_APP_TENANT } from '../support/teams-identity-stand-in.ts';
import { type SignedTeamsOverHttp, startSignedTeamsOverHttp } from '../support/teams-over-http.ts';

type Activity = Record<string, unknown> & { channelData: Record<string, unknown> };

/**
 * Activities with a valid token whose envelope Teams never sends: an id PostgreSQL cannot hold
 * (U+0000) or that has no UTF-8 (a lone surrogate), no serviceUrl to answer on. Each is refused
 * at the gate (400) as bad input: counted, one warning, nothing stored, nothing sent, no fault.
 */
describe('Teams: an activity whose ids or serviceUrl Teams never sends, over real HTTP', () => {
  let teams: SignedTeamsOverHttp | undefined;
  let app: SignedTeamsOverHttp['app'];

  beforeAll(async () => {
    teams = await startSignedTeamsOverHttp({ lotteIn: TEAMS_APP_TENANT });
    ({ app } = teams);
  });
  afterAll(() => teams?.stop());

  const message = (): Activity =>
    messageActivity({
      text: 'help',
      serviceUrl: teams!.connector.serviceUrl,
      userId: '29:lotte',
      tenantId: TEAMS_APP_TENANT,
    }) as unknown as Activity;
  const invoke = (): Activity =>
    cardActionInvoke({
      serviceUrl: teams!.connector.serviceUrl,
      userId: '29:lotte',
      tenantId: TEAMS_APP_TENANT,
      verb: 'schakel_commando',
      data: { action: 'schakel_commando', value: 'help' },
    }) as unknown as Activity;
  const withField = (make: () => Activity, path: string[], value: unknown) => () => {
    const activity = make();
    let at = activity as Record<string, unknown>;
    for (const key of path.slice(0, -1)) {
      at[key] = { ...((at[key] as Record<string, unknown> | undefined) ?? {}) };
      at = at[key] as Record<string, unknown>;
    }
    const last = path.at(-1) as string;
    if (value === undefined) delete at[last];
    else at[last] = value;
    return activity;
  };
  const errorLines = () => app.logs.lines.filter((l) => /"level":(50|60)/.test(l));
  const metric = async (pattern: RegExp) => {
    const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
    return text
      .split('\n')
      .filter((l) => pattern.test(l))
      .reduce((sum, l) => sum + Number(l.split(' ').pop()), 0);
  };

  it('answers the same message and button when every id is as Teams sends it', async () => {
    const sent = message();
    expect((await teams!.post(sent)).status).toBe(200);
    expect((await teams!.post(invoke())).status).toBe(200);
    // Answered on its serviceUrl: done before the refusals below compare what is stored.
    await teams!.replyTo(sent as unknown as { conversation: { id: string } });
  });

  it('answers another method than POST on the messages address with 405 and Allow: POST', async () => {
    for (const method of ['GET', 'PUT', 'OPTIONS']) {
      const res = await fetch(`${app.baseUrl}/api/messages`, { method });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow'), method).toBe('POST');
    }
  });

  it.each([
    ['a sender id holding U+0000', withField(message, ['from', 'id'], '29:lotte\u0000x')],
    ['a sender id holding a lone surrogate', withField(message, ['from', 'id'], '29:lotte\ud800')],
    ['a conversation id holding U+0000', withField(message, ['conversation', 'id'], 'a:personal\u0000')],
    ['a conversation id holding a lone surrogate', withField(message, ['conversation', 'id'], 'a:\udc00')],
    ['a recipient id holding U+0000', withField(message, ['recipient', 'id'], '28:schakel\u0000')],
    ['a team id holding U+0000', withField(message, ['channelData', 'team', 'id'], '19:team\u0000')],
    ['a channel id holding U+0000', withField(message, ['channelData', 'channel', 'id'], '19:kanaal\u0000')],
    [
      'a tenant id holding U+0000',
      withField(message, ['channelData', 'tenant', 'id'], `${TEAMS_APP_TENANT}\u0000`),
    ],
    [
      'a conversation tenant holding U+0000',
      withField(message, ['conversation', 'tenantId'], `\u0000${TEAMS_APP_TENANT}`),
    ],
    ['an AAD object id holding U+0000', withField(message, ['from', 'aadObjectId'], 'aad\u0000')],
    ['a button press whose sender id holds U+0000', withField(invoke, ['from', 'id'], '29:lotte\u0000')],
    ['a message without serviceUrl', withField(message, ['serviceUrl'], undefined)],
    ['a button press without serviceUrl', withField(invoke, ['serviceUrl'], undefined)],
  ])('%s: refused (400) before anything is done, counted, not a fault', async (_what, make) => {
    const activity = make();
    const stored = await databaseText(teams!.tdb.db);
    const sent = teams!.connector.calls.length;
    const errors = await metric(/^schakel_handler_errors_total\{/);
    const refused = await metric(/^schakel_refused_requests_total\{platform="teams",reason="malformed"\}/);
    const before = app.logs.lines.length;
    const res = await teams!.post(activity);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'Dit is geen activiteit die Schakel begrijpt' });
    expect(await metric(/^schakel_refused_requests_total\{platform="teams",reason="malformed"\}/)).toBe(
      refused + 1,
    );
    expect(await metric(/^schakel_handler_errors_total\{/)).toBe(errors);
    expect(errorLines()).toEqual([]);
    const lines = app.logs.lines.slice(before).filter((l) => /"level":40/.test(l));
    expect(lines.map((l) => JSON.parse(l).msg)).toEqual(['ongeldige Teams-activiteit geweigerd (400)']);
    expect(teams!.connector.calls.length).toBe(sent);
    expect(await databaseText(teams!.tdb.db)).toBe(stored);
  });
});
