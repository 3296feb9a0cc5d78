import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { START_BOUND_MS, startSchakel } from '../support/schakel-process.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';

/**
 * In production with Slack configured but not reachable (no network, a proxy missing), the start-up
 * check of the token fails and is said in the log. A supervisor's SIGTERM must end the process: it
 * stops cleanly, says so, and exits, with nothing of Slack's left running to keep it alive.
 */
describe.runIf(process.env.TEST_DATABASE_URL)('a stop while Slack cannot be reached', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => tdb?.drop());

  it(
    'SIGTERM ends the process after "Schakel is gestopt"',
    async () => {
      const schakel = startSchakel({
        NODE_ENV: 'production',
        DATABASE_URL: tdb.url,
        SLACK_BOT_TOKEN: 'xoxb-1-2-onbereikbaar',
        SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef',
        // Port 9 (discard) takes no connections here: every call to Slack fails.
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        PORT: '0',
        LOG_LEVEL: 'info',
      });
      try {
        await schakel.waitForLine('Schakel draait op', START_BOUND_MS);
        await schakel.waitForLine('Slack is niet bereikbaar', START_BOUND_MS);
        schakel.child.kill('SIGTERM');
        await schakel.waitForLine('Schakel is gestopt', START_BOUND_MS);
        expect((await schakel.waitForEnd(START_BOUND_MS)).code).toBe(0);
      } finally {
        await schakel.stop('SIGKILL');
      }
    },
    2 * START_BOUND_MS,
  );
});
