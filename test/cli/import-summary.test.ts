import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

// `schakel import` of a file part of which is there already: its one line says exactly what was
// added and what was there already (and updated); nothing counts twice. Fictional people only.

const dir = mkdtempSync(join(tmpdir(), 'schakel-import-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string) => join(dir, name);

describe('the import summary', () => {
  let env: Record<string, string>;
  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-import-summary-', 'migrated') };
    const whole = spreadsheetRegion();
    writeFileSync(at('regio.json'), JSON.stringify({ format: 'schakel/v1', regions: whole.regions }));
    writeFileSync(at('geschiedenis.json'), JSON.stringify(whole));
  });

  it('a region that was there is not counted as imported; what was added is', async () => {
    const first = await runCli(['import', at('regio.json')], env);
    expect(first.stdout).toMatch(/^Geïmporteerd: 1 regio, 0 deelnemers,/);

    const r = await runCli(['import', at('geschiedenis.json')], env);
    expect(r.code).toBe(0);
    const whole = spreadsheetRegion();
    const line = r.stdout.trim();
    expect(line).toMatch(/^Toegevoegd: 3 deelnemers, 1 werkgroep, \d+ check-ins/);
    expect(line).not.toMatch(/Toegevoegd:[^.]*regio/);
    expect(line).toContain('Stond er al en is bijgewerkt, niet dubbel opgeslagen: 1 regio.');
    expect(line).not.toContain('Geïmporteerd');
    expect(line).toContain(`${whole.checkins?.length} check-ins`);
  });

  it('the same file again: all of it was there, in Dutch and in English', async () => {
    const again = await runCli(['import', at('geschiedenis.json')], env);
    expect(again.stdout).toMatch(
      /^Stond er al: 1 regio, 3 deelnemers, 1 werkgroep, \d+ check-ins, .*; bijgewerkt, niets dubbel opgeslagen\.\n$/,
    );
    const en = await runCli(['import', at('geschiedenis.json'), '--en'], env);
    expect(en.stdout).toMatch(
      /^Already there: 1 region, 3 members, 1 werkgroep, \d+ check-ins, .*; updated, nothing stored twice\.\n$/,
    );
  });
});
