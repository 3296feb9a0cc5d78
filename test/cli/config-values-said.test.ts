import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

/**
 * Settings an operator types wrong in a way the shell or .env hides: a password pasted as the
 * whole DATABASE_URL must not come back on the screen, and a ~ that nothing expands must not
 * quietly become a folder called "~" in the current folder.
 */
describe('what doctor says about a mistyped setting', () => {
  it('a DATABASE_URL without a scheme is not repeated: it may be a password', async () => {
    const r = await runCli(['doctor'], { DATABASE_URL: 'Geheim99' });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('DATABASE_URL verwacht een URL als postgres://');
    expect(r.stderr).not.toContain('Geheim99');
    expect(r.stderr).toContain('verborgen');
  }, 60_000);

  it('SCHAKEL_DATA_DIR=~/… is refused with the full path to write instead', async () => {
    const r = await runCli(['doctor'], { SCHAKEL_DATA_DIR: '~/schakel-data' });
    expect(r.code).toBe(78);
    expect(r.stderr).toContain('SCHAKEL_DATA_DIR');
    expect(r.stderr).toContain('~');
    expect(r.stderr).toContain(join(homedir(), 'schakel-data'));
    const english = await runCli(['doctor', '--en'], { SCHAKEL_DATA_DIR: '~/schakel-data' });
    expect(english.stderr).toContain(join(homedir(), 'schakel-data'));
    expect(english.stderr).toContain('does not expand');
  }, 60_000);
});
