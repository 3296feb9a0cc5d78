import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finished } from '../support/run-cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * `npm start -- ARGS`: npm appends ARGS to the end of the start script. They must reach the
 * Schakel that runs (the one `exec` makes of the script's shell), not only the fallback for
 * cmd.exe after `||`, which never runs where there is an `exec`. PORT is wrong on purpose: a
 * start that dropped the arguments stops at once on it instead of serving.
 */
describe('npm start -- ARGS', () => {
  it('passes --help and --en on to schakel start', async () => {
    const npm = spawn('npm', ['start', '--silent', '--', '--help', '--en'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: 'geen-poort' },
    });
    const run = await finished(npm, '');
    expect(run.stderr).not.toContain('PORT');
    expect(run.stdout).toContain('Usage: schakel start');
    expect(run.code).toBe(0);
  }, 60_000);

  it('passes --dotenv=FILE on, so a file that is not there stops it', async () => {
    const npm = spawn('npm', ['start', '--silent', '--', '--dotenv=/nergens/geen.env'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: 'geen-poort' },
    });
    const run = await finished(npm, '');
    expect(run.stderr).toContain('/nergens/geen.env');
    expect(run.code).toBe(1);
  }, 60_000);
});
