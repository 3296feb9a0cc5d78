import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { BAD_TOKENS, TEAMS_APP_TENANT } from '../support/teams-identity-stand-in.ts';
import { type SignedTeamsOverHttp, startSignedTeamsOverHttp } from '../support/teams-over-http.ts';

describe('Teams: a request with a token that is not valid', () => {
  let teams: SignedTeamsOverHttp | undefined;
  let identity: SignedTeamsOverHttp['identity'];
  let app: SignedTeamsOverHttp['app'];

  beforeAll(async () => {
    teams = await startSignedTeamsOverHttp();
    ({ identity, app } = teams);
  });
  afterAll(() => teams?.stop());

  /** Posts a help activity with these headers: its status and the warning or worse lines it logged. */
  const post = async (headers: (activity: unknown) => Record<string, string>) => {
    const activity = messageActivity({
      text: 'help',
      serviceUrl: 'https://smba.example',
      userId: '29:x',
      tenantId: TEAMS_APP_TENANT,
    });
    const before = app.logs.lines.length;
    const res = await postActivity(app.baseUrl, activity, headers(activity));
    const lines = app.logs.lines
      .slice(before)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => (l.level as number) >= 40);
    return { status: res.status, lines };
  };
  const REFUSED = [[40, 'Teams-verzoek geweigerd: geen geldig token (401)']];

  it('is refused (401) and logged once at warn, without a stack, and counted: anyone can send them', async () => {
    const { status, lines } = await post(() => ({ authorization: 'Bearer nep.nep.nep' }));
    expect(status).toBe(401);
    expect(lines.map((l) => [l.level, l.msg])).toEqual(REFUSED);
    expect(JSON.stringify(lines[0])).not.toMatch(/"stack"|\\n\s+at /);
    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/^schakel_refused_requests_total\{platform="teams",reason="auth"\} 1$/m);
  });

  // Every way a token can be wrong (the identity stand-in makes each): still one warning, no error.
  it.each(BAD_TOKENS)('a token that is %s: 401, one warning, no error line', async (kind) => {
    const { status, lines } = await post((activity) => identity.badAuthorization(activity, kind));
    expect(status).toBe(401);
    expect(lines.map((l) => [l.level, l.msg])).toEqual(REFUSED);
  });

  it('a body that is no activity: one warning, with each key once', async () => {
    const before = app.logs.lines.length;
    const body = { type: 42 };
    const res = await teams!.post(body);
    expect(res.status).toBe(400);
    const warnings = app.logs.lines.slice(before).filter((l) => l.includes('"level":40'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.match(/"platform":/g)).toHaveLength(1);
  });
});
