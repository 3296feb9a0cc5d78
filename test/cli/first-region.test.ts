import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'schakel-first-region-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The schakel/v1 file the README's "Running it for real" shows for the first region. */
function readmeRegionFile(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Running it for real'));
  const block = /```json\n([\s\S]*?)```/.exec(section.slice(0, section.indexOf('\n## ', 3)));
  if (!block?.[1]) throw new Error('no json block in "Running it for real"');
  return block[1];
}

describe('the first region of a new installation', () => {
  let env: Record<string, string>;
  const leden = join(dir, 'leden.csv');
  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-first-region-', 'migrated') };
    writeFileSync(
      leden,
      'naam,organisatie,domein,e-mail,rol\nAnouk Visser,Laborijn,gemeente,anouk@laborijn.example,\n',
    );
  });

  it('members import without --region or without a file says which is missing before the usage', async () => {
    const noRegion = await runCli(['members', 'import', leden], env);
    expect(noRegion.code).toBe(2);
    expect(noRegion.stderr.split('\n')[0]).toBe(
      '--region ontbreekt: geef de id van de regio waarin de leden komen (zoals in regio.json, bijvoorbeeld --region zwaluwdorp).',
    );
    expect(noRegion.stderr).toContain('Gebruik: schakel members import');
    const noFile = await runCli(['members', 'import', '--region', 'zwaluwdorp'], env);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr.split('\n')[0]).toBe(
      'Geef het CSV-bestand met de leden op, bijvoorbeeld leden.csv.',
    );
    const en = await runCli(['members', 'import', leden, '--en'], env);
    expect(en.stderr.split('\n')[0]).toMatch(/^--region is missing: /);
  });

  it('members import into a region that is not there says how a region is made', async () => {
    const r = await runCli(['members', 'import', leden, '--region', 'zwaluwdorp'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Regio zwaluwdorp bestaat niet. Er is niets opgeslagen.');
    expect(r.stderr).toContain('schakel import');
    expect(r.stderr).toContain('"format":"schakel/v1"');
    expect(r.stderr).toContain('"id":"zwaluwdorp"');
    const en = await runCli(['members', 'import', leden, '--region', 'zwaluwdorp', '--en'], env);
    expect(en.stderr).toContain('schakel import');
  });

  it("the README's smallest schakel/v1 file makes the region, and then members import fills it", async () => {
    const file = join(dir, 'regio.json');
    writeFileSync(file, readmeRegionFile());
    const made = await runCli(['import', file], env);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const r = await runCli(['members', 'import', leden, '--region', 'zwaluwdorp'], env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Toegevoegd: 1');
    expect(r.stdout).not.toContain('Niet gelezen');
    expect(r.code).toBe(0);
  });

  it('a column Schakel does not read is named as left out, so the operator knows it was not stored', async () => {
    const extra = join(dir, 'leden-met-opmerking.csv');
    writeFileSync(
      extra,
      'naam,organisatie,domein,e-mail,rol,Opmerking,\nAnouk Visser,Laborijn,gemeente,anouk@laborijn.example,,belt graag,\n',
    );
    const r = await runCli(['members', 'import', extra, '--region', 'zwaluwdorp'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Niet gelezen en niet opgeslagen (geen kolom van Schakel): "Opmerking". Schakel bewaart van een lid alleen naam, organisatie, domein, e-mail en rol.',
    );
  });
});
