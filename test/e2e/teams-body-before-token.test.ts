import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, postActivity } from '../support/teams-activities.ts';
import { TEAMS_APP_TENANT } from '../support/teams-identity-stand-in.ts';
import { type SignedTeamsOverHttp, startSignedTeamsOverHttp } from '../support/teams-over-http.ts';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Teams requests without a valid token cost Schakel no body reading and no call out per request. */
describe('Teams: the token before the body', () => {
  let teams: SignedTeamsOverHttp | undefined;
  let identity: SignedTeamsOverHttp['identity'];
  let connector: SignedTeamsOverHttp['connector'];
  let app: SignedTeamsOverHttp['app'];
  let post: SignedTeamsOverHttp['post'];

  beforeAll(async () => {
    teams = await startSignedTeamsOverHttp();
    ({ identity, connector, app, post } = teams);
  });
  afterAll(() => teams?.stop());

  const help = () =>
    messageActivity({ text: 'help', serviceUrl: connector.url, userId: '29:x', tenantId: TEAMS_APP_TENANT });

  /** Sends the headers and the first bytes of a body of `length`, and waits for the answer. */
  const answerBeforeBody = (headers: Record<string, string>, length: number) =>
    new Promise<number>((resolve, reject) => {
      const req = request(`${app.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(length), ...headers },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.write('{"type":"message",');
    });

  it('answers a request without a valid token (401) before its body has arrived', async () => {
    expect(await answerBeforeBody({ authorization: 'Bearer nep.nep.nep' }, 700_000)).toBe(401);
    expect(await answerBeforeBody({}, 700_000)).toBe(401);
  });

  it('refuses a signed body far larger than any activity (413) before reading it', async () => {
    const activity = help();
    expect(await answerBeforeBody(identity.authorization(activity), 5_000_000)).toBe(413);
  });

  it('refuses a signed body over the limit sent without a length (413)', async () => {
    const activity = { ...help(), text: 'x'.repeat(90_000), padding: 'y'.repeat(400_000) };
    const res = await post(activity);
    expect(res.status).toBe(413);
  });

  it('still answers a signed help (200)', async () => {
    const activity = help();
    const res = await post(activity);
    expect(res.status).toBe(200);
  });

  it('fetches the signing keys again at most once for tokens naming key ids it does not know', async () => {
    // Let the first key fetch (of the signed help above, or now) be done.
    const first = help();
    await post(first);
    const before = identity.keyFetches;
    const now = Math.floor(Date.now() / 1000);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) {
      const head = b64({ alg: 'RS256', typ: 'JWT', kid: i % 2 ? 'vaste-onbekende-sleutel' : `sleutel-${i}` });
      const claims = b64({
        iss: 'https://api.botframework.com',
        aud: identity.env.TEAMS_CLIENT_ID,
        nbf: now,
        exp: now + 600,
      });
      const res = await postActivity(app.baseUrl, help(), {
        authorization: `Bearer ${head}.${claims}.${'A'.repeat(342)}`,
      });
      statuses.push(res.status);
    }
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect(identity.keyFetches - before).toBeLessThanOrEqual(1);
  });
});
