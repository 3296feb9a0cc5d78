import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medianLevel } from '../../src/domain/levels.ts';
import { levelChangeCategory } from '../../src/national/levels.ts';
import { nationalOverview } from '../../src/national/overview.ts';
import { parsePeriod } from '../../src/national/period.ts';
import { renderNationalMarkdown } from '../../src/national/render-md.ts';
import { nationalInput } from '../../src/store/national-repo.ts';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { CHECKLIST_TABLE, LEVEL_TABLE, PERIOD, seedReport2018 } from './report-2018.ts';

describe('the level of a group and its change', () => {
  it('takes the median rounded to the nearest half, quarters up', () => {
    expect(medianLevel([])).toBeNull();
    expect(medianLevel([3])).toBe(3);
    expect(medianLevel([2, 2.5])).toBe(2.5);
    expect(medianLevel([2.5, 3])).toBe(3);
    expect(medianLevel([4, 1, 3])).toBe(3);
    expect(medianLevel([1, 2, 3, 4])).toBe(2.5);
  });

  it('sorts a change into the report’s categories', () => {
    expect(levelChangeCategory(null, 2)).toBe('niet_beschikbaar');
    expect(levelChangeCategory(3, null)).toBe('niet_beschikbaar');
    expect(levelChangeCategory(2, 2)).toBe('geen_verschil');
    expect(levelChangeCategory(2.5, 2)).toBe('minder_dan_een_stap');
    expect(levelChangeCategory(3, 2)).toBe('een_niveau');
    expect(levelChangeCategory(3.5, 2)).toBe('een_tot_twee_niveaus');
    expect(levelChangeCategory(4, 2)).toBe('een_tot_twee_niveaus');
    expect(levelChangeCategory(4.5, 2)).toBe('meer_dan_twee');
    expect(levelChangeCategory(1.5, 2)).toBe('gedaald');
  });

  it('counts a region with fewer than three answers as niet beschikbaar (the small-group rule)', () => {
    const regions = [
      { id: 'twee', startLevel: 2 },
      { id: 'drie', startLevel: 2 },
    ];
    const latestLevels = [
      ...[3, 3].map((level) => ({ regionId: 'twee', level })),
      ...[3, 3, 3].map((level) => ({ regionId: 'drie', level })),
    ];
    const o = nationalOverview(PERIOD, { regions, checklist: [], latestLevels });
    expect(o.levelChange).toMatchObject({ niet_beschikbaar: 1, een_niveau: 1 });
  });

  it('reads periods as dates, tertialen or a mix', () => {
    expect(parsePeriod('2018-T1..2018-T2')).toEqual(PERIOD);
    expect(parsePeriod('2018-T2')).toEqual({ from: '2018-05-01', to: '2018-08-31' });
    expect(parsePeriod('2018-01-01..2018-T2')).toEqual(PERIOD);
    expect(parsePeriod('2018-13-01..2018-T2')).toHaveProperty('error');
    expect(parsePeriod('2018-T3..2018-T1')).toHaveProperty('error');
  });
});

describe('the national overview on data that matches the 2018 report', () => {
  let t: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'schakel-national-'));
    t = await createTestDatabase();
    await seedReport2018(t.db.pool);
  }, 120_000);
  afterAll(async () => {
    await t.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reproduces the table "Randvoorwaarden voor effectieve regionale samenwerking" exactly', async () => {
    const o = nationalOverview(PERIOD, await nationalInput(t.db.pool, PERIOD));
    const expected = Object.fromEntries(
      CHECKLIST_TABLE.map(([item, ja, io, nee]) => [String(item), { ja, in_ontwikkeling: io, nee }]),
    );
    expect(Object.keys(expected)).toHaveLength(20);
    expect(o.checklist).toEqual(expected);
    expect(o.checklist['1']).toEqual({ ja: 18, in_ontwikkeling: 8, nee: 0 });
    expect(o.checklist['15']?.nee).toBe(12);
  });

  it('reproduces the table "Verandering in samenwerkingsniveau" exactly', async () => {
    const o = nationalOverview(PERIOD, await nationalInput(t.db.pool, PERIOD));
    expect(o.levelChange).toEqual(LEVEL_TABLE);
    expect(o.regions).toBe(28);
  });

  it('renders Dutch Markdown with the item texts and no member names', async () => {
    const md = renderNationalMarkdown(nationalOverview(PERIOD, await nationalInput(t.db.pool, PERIOD)));
    expect(md).toContain('## Randvoorwaarden voor effectieve regionale samenwerking');
    expect(md).toContain(
      '| 15 | Er is transparantie over geldende privacywet- en regelgeving en de maatregelen daarvoor | 2 | 12 | 12 |',
    );
    expect(md).toContain('| Tussen 1 en 2 niveaus omhooggegaan | 7 |');
    expect(md).not.toContain('Deelnemer');
    expect(md).not.toContain('Fictieve regio');
  });

  it('runs as `schakel national` against the database, as a person would', async () => {
    const env = { DATABASE_URL: t.url, SCHAKEL_DATA_DIR: dataDir };
    const json = await runCli(['national', '--period', '2018-T1..2018-T2', '--format', 'json'], env);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { levelChange: unknown; checklist: Record<string, unknown> };
    expect(parsed.levelChange).toEqual(LEVEL_TABLE);
    expect(parsed.checklist['2']).toEqual({ ja: 10, in_ontwikkeling: 3, nee: 3 });
    const md = await runCli(['national', '--period', '2018-01-01..2018-08-31', '--format', 'md'], env);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('# Landelijk overzicht 2018-01-01 t/m 2018-08-31');
    const bad = await runCli(['national', '--period', 'gisteren'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Geen geldige periode');
  }, 60_000);
});
