import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../support/recording-server.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * SLACK_BOT_TOKEN's workspace is asked of Slack once (auth.test) and shared by every request that
 * arrives meanwhile. Slack that takes the connection and never answers must not hold that question
 * open for good: every later request waited on it and went unanswered, even once Slack was back.
 */
describe('Slack not answering the token check (auth.test)', () => {
  const SECRET = 'stil-geheim';
  let tdb: TestDatabase;
  let app: TestApp | undefined;
  let slack: Awaited<ReturnType<typeof startSlackStandIn>> | undefined;
  const release: Array<() => void> = [];

  beforeEach(async () => {
    tdb = await createTestDatabase();
  });
  afterEach(async () => {
    for (const r of release) r();
    release.length = 0;
    await app?.stop();
    app = undefined;
    await slack?.close();
    slack = undefined;
    await tdb.drop();
  });

  /** The next auth.test is taken in but answered only when the test lets it go. */
  const holdAuthTest = (s: NonNullable<typeof slack>) => {
    const { promise, resolve } = Promise.withResolvers<Reply>();
    s.answerNext('auth.test', promise);
    release.push(() =>
      resolve({ body: { ok: true, team_id: STAND_IN_TEAM, user_id: 'U0SCHAKELBOT', bot_id: 'B0SCHAKEL' } }),
    );
  };
  const help = (s: NonNullable<typeof slack>, a: TestApp) =>
    postToSlack(
      `${a.baseUrl}/slack/events`,
      SECRET,
      slashCommandBody({ text: 'help', userId: 'U0STIL', teamId: STAND_IN_TEAM, responseUrl: s.responseUrl }),
    );

  it('a check Slack never answers is given up: a later command asks again and is answered', async () => {
    slack = await startSlackStandIn();
    holdAuthTest(slack);
    app = await startTestApp(
      { SLACK_BOT_TOKEN: 'xoxb-stil', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
      tdb.db,
    );
    // The check from the start is still open: this command waits on it and is refused, not let through.
    const first = await help(slack, app);
    expect(first.status).toBe(401);
    expect(await first.json()).toEqual({ error: expect.stringMatching(/^Dit verzoek/) });
    expect(slack.callsTo('auth.test')).toHaveLength(1);

    // Slack answers again: the next command asks anew instead of waiting on the question left open.
    const next = await help(slack, app);
    expect(next.status).toBe(200);
    expect(slack.callsTo('auth.test')).toHaveLength(2);
  });
});
