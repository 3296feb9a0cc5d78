import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventCallbackBody, postToSlack } from '../support/slack-requests.ts';
import { STAND_IN_BOT_USER, STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * auth.test answered `{"ok":true}` and nothing else (a proxy, a broken stand-in): that answer was
 * kept for good, with no bot user, so Bolt could no longer tell the bot's own direct messages from
 * a member's and Schakel answered itself (in Slack, every answer another message to answer).
 */
describe('auth.test answered without the workspace and the bot user', () => {
  const SECRET = 'zelf-geheim';
  let tdb: TestDatabase;
  let app: TestApp | undefined;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>> | undefined;

  beforeEach(async () => {
    tdb = await createTestDatabase();
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    await slack?.close();
    slack = undefined;
    await tdb.drop();
  });

  it('is no answer: asked again, and the bot does not answer its own message', async () => {
    slack = await startSlackStandIn();
    slack.answerNext('auth.test', { body: { ok: true } });
    app = await startTestApp(
      { SLACK_BOT_TOKEN: 'xoxb-zelf', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
      tdb.db,
    );
    await slack.waitFor((c) => c.path === '/api/auth.test');
    const dm = (user: string, text: string, ts: string, extra: Record<string, unknown> = {}) =>
      postToSlack(
        `${app?.baseUrl}/slack/events`,
        SECRET,
        eventCallbackBody(STAND_IN_TEAM, {
          type: 'message',
          channel_type: 'im',
          channel: 'D0ZELF',
          user,
          text,
          ts,
          ...extra,
        }),
        { contentType: 'application/json' },
      );

    // Slack tells the bot of its own answer in the direct message, as it does of every message.
    await dm(STAND_IN_BOT_USER, 'Hoi! Ik ken je nog niet.', '1.1', { bot_id: 'B0SCHAKEL' });
    // A member in the same conversation is answered.
    expect((await dm('U0LID', 'help', '1.2')).status).toBe(200);
    const answer = await slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'D0ZELF',
    );
    expect(String(answer.body.text)).toContain('Ik ken je nog niet');
    expect(slack.callsTo('chat.postMessage').map((c) => c.body.text)).toEqual([answer.body.text]);
  });
});
