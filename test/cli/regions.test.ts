import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'schakel-regios-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two fictional regions: one with a werkgroep and a stuurgroep, one without any. */
const REGIONS = {
  format: 'schakel/v1',
  regions: [
    { id: 'zwaluwdorp', name: 'Zwaluwdorp', startLevel: null, targetLevel: null },
    { id: 'achterveld', name: 'Achterveld en Omstreken', startLevel: null, targetLevel: null },
  ],
  werkgroepen: [
    { id: 'w1', regionId: 'achterveld', name: 'Werkgroep Oost' },
    { id: 'w2', regionId: 'achterveld', name: 'Stuurgroep Achterveld', kind: 'stuurgroep' },
  ],
};

const NO_REGION_YET =
  'Er is nog geen regio. Een regio maakt u met "schakel import regio.json" (zie "Running it for real" in de README).';
const KNOWN = `Bestaande regio's: achterveld (Achterveld en Omstreken), zwaluwdorp (Zwaluwdorp). "schakel regions" toont ze met hun werkgroepen.`;

describe('schakel regions, and a region that is not there', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-regios-', 'migrated') };
  });

  it('on a new installation: says there is no region yet and how one is made, also when one is named', async () => {
    const list = await runCli(['regions'], env);
    expect(list.stderr).toBe('');
    expect(list.stdout).toBe(`${NO_REGION_YET}\n`);
    expect(list.code).toBe(0);
    const erase = await runCli(['members', 'erase', '--region', 'zwaluwdorp', '--naam', 'Anouk Visser'], env);
    expect(erase.stderr).toBe(`Regio zwaluwdorp bestaat niet. Er is niets gewist.\n${NO_REGION_YET}\n`);
    expect(erase.code).toBe(1);
  });

  it('lists every region with its name and werkgroepen', async () => {
    const file = join(dir, 'regios.json');
    writeFileSync(file, JSON.stringify(REGIONS));
    expect((await runCli(['import', file], env)).code).toBe(0);
    const r = await runCli(['regions'], env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      'achterveld  Achterveld en Omstreken\n' +
        '            werkgroepen: Stuurgroep Achterveld (stuurgroep), Werkgroep Oost\n' +
        'zwaluwdorp  Zwaluwdorp\n' +
        '            nog geen werkgroepen\n',
    );
    expect(r.code).toBe(0);
    const en = await runCli(['regions', '--en'], env);
    expect(en.stdout).toContain('            no werkgroepen yet\n');
    expect((await runCli(['--help'], env)).stdout).toContain('schakel regions');
  });

  it('every command given an unknown region names the regions there are', async () => {
    const commands = [
      ['members', 'erase', '--region', 'zwaluwdrop', '--naam', 'Anouk Visser'],
      ['export', '--region', 'zwaluwdrop'],
      ['digest', '--region', 'zwaluwdrop', '--period', '2026-T2'],
      ['evaluation', '--region', 'zwaluwdrop', '--from', '2026-01-01', '--to', '2026-04-30'],
    ];
    for (const args of commands) {
      const r = await runCli(args, env);
      expect(r.stderr, args[0]).toMatch(/^Regio zwaluwdrop bestaat niet\./);
      expect(r.stderr.trimEnd().split('\n').at(-1), args[0]).toBe(KNOWN);
      // One rule (README): 2 for a command line that is wrong, 1 for data that is not there.
      expect(r.code, args[0]).toBe(1);
    }
    const leden = join(dir, 'leden.csv');
    writeFileSync(leden, 'naam,organisatie,domein,e-mail,rol\nAnouk Visser,Laborijn,gemeente,,\n');
    const imported = await runCli(['members', 'import', leden, '--region', 'zwaluwdrop'], env);
    expect(imported.stderr).toContain('Regio zwaluwdrop bestaat niet. Er is niets opgeslagen.');
    expect(imported.stderr).toContain(KNOWN);
    expect(imported.code).toBe(1);
  });
});
