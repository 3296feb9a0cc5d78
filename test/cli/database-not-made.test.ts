import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { READ_ONLY_COMMANDS } from '../support/read-only-commands.ts';
import { runCli } from '../support/run-cli.ts';

// An operator in the wrong folder: a command that only reads must not make a new, empty database
// and report on it as if the data were gone. It says where it looked and how to point at the right
// folder. Fictional people only.

const base = mkdtempSync(join(tmpdir(), 'schakel-not-made-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const READ_ONLY: readonly (readonly string[])[] = [
  ...READ_ONLY_COMMANDS,
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

  it('import of a file it refuses (no JSON, client data) makes no database either', async () => {
    const bad = join(base, 'kapot.json');
    writeFileSync(bad, '{"format": "schakel/v1",');
    const client = join(base, 'client.json');
    writeFileSync(
      client,
      JSON.stringify({
        format: 'schakel/v1',
        exportedAt: '2026-05-01T10:00:00.000Z',
        regions: [{ id: 'zwaluwdorp', name: 'Zwaluwdorp (fictief)', startLevel: 1, targetLevel: 3 }],
        members: [],
        werkgroepen: [
          {
            id: 'w1',
            regionId: 'zwaluwdorp',
            name: 'Cliënt Jan de Vries, BSN 123456782, heeft een psychose',
          },
        ],
      }),
    );
    for (const file of [bad, client]) {
      const r = await runCli(['import', file], { SCHAKEL_DATA_DIR: data });
      expect(r.code, file).toBe(1);
      expect(r.stderr, file).toContain(`${file} is niet geïmporteerd; er is niets veranderd.`);
      expect(existsSync(join(base, 'ergens')), file).toBe(false);
    }
    const r = await runCli(['import', client], { SCHAKEL_DATA_DIR: data });
    expect(r.stderr).toContain('werkgroepen[0].name: Dit lijkt een naam');
  });
});
