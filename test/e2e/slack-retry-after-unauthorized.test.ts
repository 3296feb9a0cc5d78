import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventCallbackBody, postToSlack } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * A request Schakel refused because Slack did not confirm its token (auth.test failed) was never
 * carried out: when Slack sends it again (an event is retried, with the same event id), it is
 * carried out, not answered as a replay of the refusal. A direct message was lost for good.
 */
describe('Slack retrying a request refused for want of a token check', () => {
  const SECRET = 'opnieuw-geheim';
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

  it('a direct message refused while Slack failed auth.test is answered when Slack retries it', async () => {
    slack = await startSlackStandIn();
    // Slack fails the check at start and for the first message; then it is back.
    slack.answerNext('auth.test', { body: { ok: false, error: 'internal_error' } });
    slack.answerNext('auth.test', { body: { ok: false, error: 'internal_error' } });
    app = await startTestApp(
      { SLACK_BOT_TOKEN: 'xoxb-later', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
      tdb.db,
    );
    const body = eventCallbackBody(STAND_IN_TEAM, {
      type: 'message',
      channel_type: 'im',
      channel: 'D0LATER',
      user: 'U0LATER',
      text: 'help',
      ts: '1.2',
    });
    const send = (headers: Record<string, string> = {}) =>
      postToSlack(`${app?.baseUrl}/slack/events`, SECRET, body, { contentType: 'application/json', headers });

    const refused = await send();
    expect(refused.status).toBe(401);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);

    // Slack's retry: the same event id, signed anew.
    const retried = await send({ 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' });
    expect(retried.status).toBe(200);
    const answer = await slack.waitFor(
      (c) => c.path === '/api/chat.postMessage' && c.body.channel === 'D0LATER',
    );
    expect(JSON.stringify(answer.body)).toContain('Ik ken je nog niet');

    // A second retry of what is now carried out is a replay: answered, not carried out again.
    const again = await send({ 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' });
    expect(again.status).toBe(200);
    // Said before the answer goes out: a replay is known as one and not handed on.
    expect(app.logs.lines.filter((l) => l.includes('herhaald verzoek'))).toHaveLength(1);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.body.channel === 'D0LATER')).toHaveLength(1);
  });
});
