import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { freePort } from '../support/free-port.ts';
import { START_BOUND_MS, watchProcess } from '../support/schakel-process.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * `npm start` as npm runs it on Linux and macOS: package.json's start script through `sh -c`, in
 * the project folder, with node_modules/.bin first on the PATH. A supervisor (or `timeout`) that
 * stops it sends SIGTERM to what it started; npm passes it on to that shell.
 */
describe('npm start under a supervisor', () => {
  it(
    'SIGTERM to the script shell reaches Schakel itself, which says "Schakel is gestopt"',
    async () => {
      const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start;
      const shell = spawn('sh', ['-c', script], {
        cwd: ROOT,
        // Its own process group: whatever the shell leaves behind can be found and ended below.
        detached: true,
        env: {
          PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter),
          PORT: '0',
          LOCAL_CHAT_PORT: String(await freePort()),
          SCHAKEL_DATA_DIR: await preparedDataDir('schakel-npm-start-', 'migrated'),
          LOG_LEVEL: 'info',
          // As npm sets it for the script it runs.
          npm_lifecycle_event: 'start',
        },
      });
      const npm = watchProcess(shell);
      try {
        await npm.waitForLine('Schakel draait op', START_BOUND_MS);
        shell.kill('SIGTERM');
        await npm.waitForLine('Schakel is gestopt', START_BOUND_MS);
        // Ended: every process that held the shell's output has ended, Schakel too.
        await npm.waitForEnd(START_BOUND_MS);
        // The script's shell became Schakel (exec): the signal reached Schakel itself.
        const stopping = npm.stdout.find((l) => l.includes('Schakel stopt'));
        expect(JSON.parse(stopping ?? '{}')).toMatchObject({ signal: 'SIGTERM' });
      } finally {
        try {
          if (shell.pid) process.kill(-shell.pid, 'SIGKILL');
        } catch {
          // The group has ended already: nothing was left running.
        }
      }
    },
    2 * START_BOUND_MS,
  );
});
