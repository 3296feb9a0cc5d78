import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { cliWords, finished } from '../support/run-cli.ts';

// A data folder that is someone else's (0700, another owner) is no missing database: Schakel says
// it may not look in it, and whose it has to be, instead of "no database here". Root may read any
// folder: run as root, the command runs as the user nobody, for whom the folder is someone else's;
// run as anyone else, the folder is closed to its owner too (mode 000).

const NOBODY = 65534;
const REGION =
  '{"format":"schakel/v1","regions":[{"id":"zwaluwdorp","name":"Zwaluwdorp","startLevel":null,"targetLevel":null}]}';
const asRoot = process.getuid?.() === 0;
const base = mkdtempSync(join(tmpdir(), 'schakel-access-'));
afterAll(() => {
  chmodSync(join(base, 'data'), 0o700);
  rmSync(base, { recursive: true, force: true });
});

/** `schakel …` as a user who may not read `data` (its folder above may be passed). */
function runAsOther(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, cliWords(...args), {
    env: { PATH: process.env.PATH ?? '', HOME: base, LOG_LEVEL: 'warn', ...env },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return finished(child, '');
}

describe('a data folder this user may not read', () => {
  const data = join(base, 'data');
  beforeAll(async () => {
    chmodSync(base, 0o755);
    // The prepared cluster, in a folder closed to others (to everyone when not run as root).
    const prepared = await preparedDataDir('schakel-access-src-', 'migrated');
    cpSync(prepared, data, { recursive: true });
    rmSync(join(prepared, '..'), { recursive: true, force: true });
    chmodSync(data, asRoot ? 0o700 : 0o000);
    writeFileSync(join(base, 'regio.json'), REGION, { mode: 0o644 });
  });

  it('regions and import say there is no access and whose the folder must be, and make nothing', async () => {
    for (const args of [['regions'], ['import', join(base, 'regio.json')]]) {
      const r = await runAsOther(args, { SCHAKEL_DATA_DIR: data });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim(), args.join(' ')).toBe(
        `Geen toegang tot ${data}: draai Schakel als de eigenaar van die map, of kies met SCHAKEL_DATA_DIR een map van uzelf. Er is niets veranderd.`,
      );
      expect(r.stderr).not.toContain('geen database');
    }
    const en = await runAsOther(['regions', '--en'], { SCHAKEL_DATA_DIR: data });
    expect(en.stderr).toContain(`No access to ${data}: run Schakel as the owner of that folder`);
    chmodSync(data, 0o700);
    expect(existsSync(join(data, 'PG_VERSION'))).toBe(true);
    expect(readdirSync(base).sort()).toEqual(['data', 'regio.json']);
  });
});
