import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

// An operator in the wrong folder: a command that only reads must not make a new, empty database
// and report on it as if the data were gone. It says where it looked and how to point at the right
// folder. Fictional people only.

const base = mkdtempSync(join(tmpdir(), 'schakel-not-made-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const READ_ONLY: readonly (readonly string[])[] = [
  ['regions'],
  ['export'],
  ['digest', '--region', 'zwaluwdorp', '--period', '2026-T1', '--format', 'json'],
  ['national', '--period', '2026-T1', '--format', 'json'],
  ['evaluation', '--region', 'zwaluwdorp', '--from', '2026-01-01', '--to', '2026-04-30', '--format', 'md'],
  ['members', 'erase', '--region', 'zwaluwdorp', '--naam', 'Eva Kok'],
];

describe('a command that reads, where there is no database', () => {
  const data = join(base, 'ergens', 'data');

  it('doctor names the folder it looked in, says what to do, exits 1 and makes nothing', async () => {
    const r = await runCli(['doctor'], { SCHAKEL_DATA_DIR: data });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✖ Database: geen database in de map ${data}`);
    expect(r.stdout).toContain('wijs die dan aan met SCHAKEL_DATA_DIR');
    expect(r.stdout).toContain('start Schakel dan eerst één keer');
    expect(r.stdout).not.toContain('Alles in orde');
    expect(existsSync(join(base, 'ergens'))).toBe(false);
  });

  it('regions, export, digest, national, evaluation and members erase say where they looked', async () => {
    for (const args of READ_ONLY) {
      const r = await runCli([...args], { SCHAKEL_DATA_DIR: data });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim(), args.join(' ')).toMatch(
        new RegExp(`^Er is geen database in de map ${data}; er is niets aangemaakt\\. .*SCHAKEL_DATA_DIR`),
      );
      expect(r.stdout, args.join(' ')).toBe('');
    }
    const en = await runCli(['regions', '--en'], { SCHAKEL_DATA_DIR: data });
    expect(en.stderr).toContain(`There is no database in the folder ${data}; nothing was created.`);
    expect(existsSync(join(base, 'ergens'))).toBe(false);
  });

  it('doctor names the folder of the database it did find', async () => {
    const found = await preparedDataDir('schakel-not-made-', 'migrated');
    const r = await runCli(['doctor'], { SCHAKEL_DATA_DIR: found });
    expect(r.stdout).toContain(`✔ Database bereikbaar (ingebouwd, in de map ${found})`);
    expect(r.code).toBe(0);
  });
});
