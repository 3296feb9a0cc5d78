import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../support/recording-server.ts';
import { eventCallbackBody, postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_BOT_USER, STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * SLACK_BOT_TOKEN's workspace and bot user are asked of Slack once (auth.test), and every request
 * that arrives meanwhile waits on that one answer. What Slack answers there, or fails to, must
 * neither hold Slack requests for good, nor let the bot answer itself, nor lose a request that was
 * refused before anything of it was carried out.
 */
describe('Slack failing the token check (auth.test)', () => {
  const SECRET = 'tokencheck-geheim';
  let tdb: TestDatabase;
  let app: TestApp | undefined;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>> | undefined;
  const release: Array<() => void> = [];

  beforeEach(async () => {
    tdb = await createTestDatabase();
  });
  afterEach(async () => {
    for (const r of release.splice(0)) r();
    await app?.stop();
    app = undefined;
    await slack?.close();
    slack = undefined;
    await tdb.drop();
  });

  /** Slack with its next auth.test answers set, and Schakel started against it. */
  const start = async (answers: Array<Reply | Promise<Reply>>) => {
    const s = await startSlackStandIn();
    slack = s;
    for (const a of answers) s.answerNext('auth.test', a);
    const a = await startTestApp(
      { SLACK_BOT_TOKEN: 'xoxb-check', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: s.apiUrl },
      tdb.db,
    );
    app = a;
    const post = (body: string, opts: Parameters<typeof postToSlack>[3] = {}) =>
      postToSlack(`${a.baseUrl}/slack/events`, SECRET, body, opts);
    const dm = (user: string, text: string, extra: Record<string, unknown> = {}) =>
      eventCallbackBody(STAND_IN_TEAM, {
        type: 'message',
        channel_type: 'im',
        channel: 'D0CHECK',
        user,
        text,
        ts: `1.${Math.random().toString().slice(2, 8)}`,
        ...extra,
      });
    const json = { contentType: 'application/json' };
    const postedTo = (channel: string) =>
      s.callsTo('chat.postMessage').filter((c) => c.body.channel === channel);
    return { slack: s, app: a, post, dm, json, postedTo };
  };

  it('Slack never answering the check: given up, and a later command asks again and is answered', async () => {
    // Slack takes the connection of the check at start and does not answer it.
    const { promise, resolve } = Promise.withResolvers<Reply>();
    release.push(() => resolve({ body: { ok: false, error: 'internal_error' } }));
    const { slack: s, post } = await start([promise]);
    const help = () =>
      post(
        slashCommandBody({
          text: 'help',
          userId: 'U0STIL',
          teamId: STAND_IN_TEAM,
          responseUrl: s.responseUrl,
        }),
      );

    // This command waits on the check still open, and is refused, not let through.
    const first = await help();
    expect(first.status).toBe(401);
    expect(await first.json()).toEqual({ error: 'Dit verzoek kon Schakel niet verwerken' });
    expect(s.callsTo('auth.test')).toHaveLength(1);

    // The next command asks anew instead of waiting on the question left open.
    expect((await help()).status).toBe(200);
    expect(s.callsTo('auth.test')).toHaveLength(2);
  });

  it('answered without the workspace and the bot user ({"ok":true}): asked again, and the bot does not answer its own message', async () => {
    const { slack: s, post, dm, json, postedTo } = await start([{ body: { ok: true } }]);
    await s.waitFor((c) => c.path === '/api/auth.test');

    // Slack tells the bot of its own answer in the direct message, as it does of every message.
    await post(dm(STAND_IN_BOT_USER, 'Hoi! Ik ken je nog niet.', { bot_id: 'B0SCHAKEL' }), json);
    // A member in the same conversation is answered.
    expect((await post(dm('U0LID', 'help'), json)).status).toBe(200);
    const answer = await s.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'D0CHECK');
    expect(String(answer.body.text)).toContain('Ik ken je nog niet');
    expect(postedTo('D0CHECK').map((c) => c.body.text)).toEqual([answer.body.text]);
  });

  it('a direct message refused while the check failed is answered when Slack retries it, once', async () => {
    // Slack fails the check at start and for the first message; then it is back.
    const failing = { body: { ok: false, error: 'internal_error' } };
    const { slack: s, app: a, post, dm, json, postedTo } = await start([failing, failing]);
    const body = dm('U0LATER', 'help');
    const retry = (n: number) => ({
      ...json,
      headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_error' },
    });

    expect((await post(body, json)).status).toBe(401);
    expect(postedTo('D0CHECK')).toHaveLength(0);

    // Slack's retry: the same event id, signed anew. Carried out, not answered as a replay.
    expect((await post(body, retry(1))).status).toBe(200);
    const answer = await s.waitFor((c) => c.path === '/api/chat.postMessage' && c.body.channel === 'D0CHECK');
    expect(JSON.stringify(answer.body)).toContain('Ik ken je nog niet');

    // Retried again, now that it was carried out: a replay, answered and not carried out again
    // (said in the log before the answer goes out).
    expect((await post(body, retry(2))).status).toBe(200);
    expect(a.logs.lines.filter((l) => l.includes('herhaald verzoek'))).toHaveLength(1);
    expect(postedTo('D0CHECK')).toHaveLength(1);
  });
});
