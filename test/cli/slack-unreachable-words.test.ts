import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { freePort } from '../support/free-port.ts';
import { runCli } from '../support/run-cli.ts';
import { START_BOUND_MS, startSchakel } from '../support/schakel-process.ts';

/**
 * Slack that cannot be reached: `schakel start`'s log says why in the words `schakel doctor`
 * uses ("127.0.0.1:…: de verbinding werd geweigerd"), not the SDK's "fetch failed". Slack here is
 * a port on this machine where nothing listens.
 */
describe('Slack out of reach at start', () => {
  it(
    'logs the same reason doctor gives',
    async () => {
      const port = await freePort();
      const env = {
        SCHAKEL_DATA_DIR: await preparedDataDir('schakel-slack-unreachable-', 'migrated'),
        SLACK_BOT_TOKEN: 'xoxb-fictief',
        SLACK_SIGNING_SECRET: 'fictief-geheim',
        SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
        PORT: '0',
        LOG_LEVEL: 'info',
      };
      const reason = `127.0.0.1:${port}: de verbinding werd geweigerd`;
      const doctor = await runCli(['doctor'], env);
      expect(doctor.stdout).toContain(reason);
      const schakel = startSchakel(env);
      try {
        const line = await schakel.waitForLine('Slack is niet bereikbaar', START_BOUND_MS);
        expect(line).toContain(`Slack is niet bereikbaar (${reason})`);
        expect(line).not.toContain('fetch failed');
      } finally {
        await schakel.stop();
      }
    },
    2 * START_BOUND_MS,
  );
});
