import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { finished } from '../support/run-cli.ts';

const SCRIPT = join(import.meta.dirname, '..', '..', 'scripts', 'prepare-database.mjs');

/**
 * The first `npx schakel …` in a fresh clone: npx links the project into its own cache and runs
 * its postinstall once more, as npm does for `npm exec` (npm_command=exec). A newcomer waited half
 * a minute there, with nothing said, for work `npm ci` had done already in this folder.
 */
describe('postinstall run again by npx', () => {
  it('does nothing and says nothing: the command itself runs at once', async () => {
    const child = spawn(process.execPath, [SCRIPT], {
      env: { PATH: process.env.PATH ?? '', npm_command: 'exec' },
    });
    const r = await finished(child, '');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });
});
