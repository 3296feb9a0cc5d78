import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.ts';
import { postToSlack, slashCommandBody } from '../support/slack-requests.ts';
import { STAND_IN_TEAM, startSlackStandIn } from '../support/slack-stand-in.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

/**
 * SLACK_BOT_TOKEN is checked with Slack (auth.test) at start. When Slack cannot be reached then,
 * the failure is said and counted at once, nothing keeps retrying in the background (the SDK's
 * retries took half an hour and ended in a rejection nobody handled), and the next request asks again.
 */
describe('Slack unreachable when Schakel starts', () => {
  const SECRET = 'onbereikbaar-geheim';
  let tdb: TestDatabase;
  let app: TestApp | undefined;
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => void rejections.push(reason);

  beforeEach(async () => {
    tdb = await createTestDatabase();
    rejections.length = 0;
    process.on('unhandledRejection', onRejection);
  });
  afterEach(async () => {
    await app?.stop();
    app = undefined;
    process.off('unhandledRejection', onRejection);
    await tdb.drop();
  });

  const checkFailed = (a: TestApp) => a.logs.lines.find((l) => l.includes('Slack-token niet gecontroleerd'));
  const failedChecks = async (a: TestApp) => {
    const text = await (await fetch(`${a.baseUrl}/metrics`)).text();
    return text.split('\n').find((l) => l.startsWith('schakel_slack_checks_failed_total '));
  };

  it('a refused connection: said in the log and counted right away, no rejection left behind', async () => {
    // Nothing listens on this 127.0.0.1 port: every connection is refused.
    const closed = await freePort();
    app = await startTestApp(
      {
        SLACK_BOT_TOKEN: 'xoxb-onbereikbaar',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: `http://127.0.0.1:${closed}/api/`,
      },
      tdb.db,
    );
    const started = app;
    expect(await waitFor('the failed check in the log', () => checkFailed(started))).toContain('"level":40');
    expect(await failedChecks(started)).toBe('schakel_slack_checks_failed_total 1');
    expect(rejections).toEqual([]);
  });

  it('Slack failing at start (internal_error): the next command asks again and is answered', async () => {
    const slack = await startSlackStandIn();
    try {
      // Slack's own word for a passing fault: Bolt kept it for good, every request refused until a restart.
      slack.answerNext('auth.test', { body: { ok: false, error: 'internal_error' } });
      app = await startTestApp(
        { SLACK_BOT_TOKEN: 'xoxb-later', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl },
        tdb.db,
      );
      const started = app;
      await waitFor('the failed check in the log', () => checkFailed(started));
      expect(slack.callsTo('auth.test')).toHaveLength(1);

      const body = slashCommandBody({
        text: 'help',
        userId: 'U0ONBEKEND',
        teamId: STAND_IN_TEAM,
        responseUrl: slack.responseUrl,
      });
      const res = await postToSlack(`${started.baseUrl}/slack/events`, SECRET, body);
      expect(res.status).toBe(200);
      expect(slack.callsTo('auth.test')).toHaveLength(2);
      expect(rejections).toEqual([]);
    } finally {
      await slack.close();
    }
  });
});
