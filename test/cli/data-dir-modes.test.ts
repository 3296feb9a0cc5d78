import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

// The embedded database holds names and e-mail addresses: on disk it is its owner's alone, as
// PostgreSQL's initdb makes a cluster, whichever way Schakel made it.

const base = mkdtempSync(join(tmpdir(), 'schakel-modes-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** Every folder and file under `dir` (with `dir`) whose mode lets anyone but the owner in. */
function openToOthers(dir: string): string[] {
  const paths = [dir, ...readdirSync(dir, { recursive: true }).map((p) => join(dir, String(p)))];
  return paths
    .filter((p) => (statSync(p).mode & 0o077) !== 0)
    .map((p) => `${(statSync(p).mode & 0o777).toString(8)} ${p}`);
}

describe('a new embedded database on disk', () => {
  it('in a new folder (the prepared cluster, when there is one): folders 0700, files 0600, the folders above too', async () => {
    const data = join(base, 'nieuw', 'sub', 'data');
    const r = await runCli(['migrate'], { SCHAKEL_DATA_DIR: data });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(data, 'PG_VERSION')).isFile()).toBe(true);
    expect(openToOthers(join(base, 'nieuw'))).toEqual([]);
    expect(statSync(join(base, 'nieuw', 'sub')).mode & 0o777).toBe(0o700);
  });

  it('in a folder the operator made, with a file in it (initdb in place): the same, their file untouched', async () => {
    const data = join(base, 'eigen');
    mkdirSync(data, { mode: 0o755 });
    writeFileSync(join(data, 'notes.txt'), 'x\n', { mode: 0o644 });
    const r = await runCli(['migrate'], { SCHAKEL_DATA_DIR: data });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(join(data, 'PG_VERSION')).isFile()).toBe(true);
    // The operator's own file stays as it was; the folder closed around it keeps others out.
    expect(openToOthers(data)).toEqual([`644 ${join(data, 'notes.txt')}`]);
    expect(statSync(data).mode & 0o777).toBe(0o700);
  });
});

describe('a shared data folder (sticky bit, as /tmp)', () => {
  it('is refused with a Dutch line that says to choose a folder of one’s own; nothing is written in it', async () => {
    const shared = join(base, 'gedeeld');
    mkdirSync(shared);
    chmodSync(shared, 0o1777);
    const r = await runCli(['migrate'], { SCHAKEL_DATA_DIR: shared });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `De map ${shared} is een gedeelde map: iedereen op deze machine mag erin schrijven`,
    );
    expect(r.stderr).toContain(
      `Kies met SCHAKEL_DATA_DIR een map van uzelf, bijvoorbeeld ${join(shared, 'schakel')}`,
    );
    expect(readdirSync(shared)).toEqual([]);
    expect(statSync(shared).mode & 0o7777).toBe(0o1777);
    const en = await runCli(['migrate', '--en'], { SCHAKEL_DATA_DIR: shared });
    expect(en.stderr).toContain('Choose a folder of your own with SCHAKEL_DATA_DIR');
  });

  it('the folder it suggests, inside the shared one, gets a database of its own: folders 0700, files 0600', async () => {
    const own = join(base, 'gedeeld', 'schakel');
    const r = await runCli(['migrate'], { SCHAKEL_DATA_DIR: own });
    expect(r.code, r.stderr).toBe(0);
    expect(openToOthers(own)).toEqual([]);
  });
});
