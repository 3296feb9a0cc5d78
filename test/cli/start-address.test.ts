import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { cliWords } from '../support/run-cli.ts';
import { waitFor } from '../support/wait-for.ts';

// A generous bound for a whole process to start (or stop) on a busy two-core machine.
const START_BOUND_MS = 90_000;

describe('the start line', () => {
  it(
    'in production without HOST names the address Schakel really listens on (all of them)',
    async () => {
      const child = spawn(process.execPath, cliWords('start'), {
        env: {
          PATH: process.env.PATH ?? '',
          NODE_ENV: 'production',
          TEAMS_CLIENT_ID: 'schakel-test',
          TEAMS_CLIENT_SECRET: 'geheim',
          PORT: '0',
          SCHAKEL_DATA_DIR: await preparedDataDir('schakel-start-address-', 'migrated'),
          LOG_LEVEL: 'info',
        },
      });
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
      try {
        const line = await waitFor(
          'the start line',
          () => out.split('\n').find((l) => l.includes('Schakel draait op')),
          START_BOUND_MS,
        );
        const { msg, listen } = JSON.parse(line) as { msg: string; listen: string };
        expect(listen).toMatch(/^0\.0\.0\.0:\d+$/);
        expect(msg).toContain(`luistert op ${listen}`);
      } finally {
        child.kill('SIGTERM');
        await closed;
      }
    },
    2 * START_BOUND_MS,
  );
});
