import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { waitFor } from '../support/wait-for.ts';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'schakel.mjs');
// A generous bound for a whole process to start (or end) on a busy two-core machine.
const BOUND_MS = 90_000;

/**
 * In production with Slack configured but not reachable (no network, a proxy missing), Slack's SDK
 * retries its start-up check for minutes. A supervisor's SIGTERM must still end the process: it
 * stops cleanly, says so, and exits, instead of living on with the retries.
 */
describe.runIf(process.env.TEST_DATABASE_URL)('a stop while Slack cannot be reached', () => {
  let tdb: TestDatabase;
  beforeAll(async () => {
    tdb = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => tdb?.drop());

  it(
    'SIGTERM ends the process after "Schakel is gestopt", retries or not',
    async () => {
      const child = spawn(process.execPath, [BIN, 'start'], {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'production',
          DATABASE_URL: tdb.url,
          SLACK_BOT_TOKEN: 'xoxb-1-2-onbereikbaar',
          SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef',
          // Port 9 (discard) takes no connections here: every call to Slack fails and is retried.
          SLACK_API_URL: 'http://127.0.0.1:9/api/',
          PORT: '0',
          LOG_LEVEL: 'info',
        },
      });
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      try {
        await waitFor('the start line', () => out.includes('Schakel draait op'), BOUND_MS);
        await waitFor('a failed call to Slack', () => out.includes('Slack is niet bereikbaar'), BOUND_MS);
        child.kill('SIGTERM');
        await waitFor('"Schakel is gestopt"', () => out.includes('Schakel is gestopt'), BOUND_MS);
        expect(await exited).toBe(0);
      } finally {
        child.kill('SIGKILL');
      }
    },
    2 * BOUND_MS,
  );
});
