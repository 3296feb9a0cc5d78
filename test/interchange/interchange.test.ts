import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/clock.ts';
import { exportInterchange } from '../../src/interchange/export.ts';
import { importInterchange } from '../../src/interchange/import.ts';
import { interchangeJsonSchemaText } from '../../src/interchange/json-schema.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { interchangeRepository, interchangeStore } from '../../src/store/interchange-repo.ts';
import { databaseText } from '../support/database-text.ts';
import { runCli } from '../support/run-cli.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { spreadsheetRegion } from './spreadsheet-region.ts';

const clock = manualClock('2026-05-01T10:00:00Z');
const guard = createGuard({ now: clock.now });

it('docs/schakel-v1.schema.json is exactly the schema generated from the zod schema', () => {
  const committed = readFileSync(
    join(import.meta.dirname, '..', '..', 'docs', 'schakel-v1.schema.json'),
    'utf8',
  );
  expect(committed).toBe(interchangeJsonSchemaText());
  expect(JSON.parse(committed).properties.format.const).toBe('schakel/v1');
});

describe('import and export of schakel/v1', () => {
  let a: TestDatabase;
  let b: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'schakel-interchange-'));
    a = await createTestDatabase();
    b = await createTestDatabase();
    const r = await importInterchange(
      interchangeStore(a.db),
      JSON.stringify(spreadsheetRegion()),
      guard,
      clock,
    );
    expect(r).toEqual({
      ok: true,
      counts: {
        ...{ regions: 1, members: 3, werkgroepen: 1, checkins: 3, checklist: 2, voortgang: 2 },
        existing: { regions: 0, members: 0, werkgroepen: 0, checkins: 0, checklist: 0, voortgang: 0 },
        erased: 0,
      },
    });
  }, 120_000);
  afterAll(async () => {
    await a.drop();
    await b.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('brings a spreadsheet history along: dates become tertialen and rounds, knelpunten keep their status', async () => {
    const doc = await exportInterchange(interchangeRepository(a.db.pool), 'fictief-oost', clock);
    expect(doc.checklist.map((c) => c.tertiaal)).toEqual(['2025-T1', '2025-T2']);
    expect(doc.voortgang[1]).toEqual({
      regionId: 'fictief-oost',
      tertiaal: '2025-T2',
      values: {
        trajecten: 29,
        duurzameUitstroom: null,
        duurzameUitstroomPercentage: null,
        leerbijeenkomsten: 1,
        casusbesprekingen: 4,
      },
    });
    const withKnelpunten = doc.checkins.find((c) => c.knelpunten.length > 0);
    expect(withKnelpunten?.knelpunten[1]).toEqual({
      description: 'Onduidelijk wat we mogen delen',
      category: 'privacy-avg',
      oplossing: 'Privacyfunctionaris uitnodigen',
      status: 'in_behandeling',
    });
    expect(doc.werkgroepen[0]?.series?.exceptions).toHaveLength(2);
    expect(doc.members.find((m) => m.name === 'Anna Jansen')?.roles).toEqual(['lid', 'projectleider']);
  });

  it('export → import into a fresh database → export gives the same file', async () => {
    const first = await exportInterchange(interchangeRepository(a.db.pool), null, clock);
    const imported = await importInterchange(interchangeStore(b.db), JSON.stringify(first), guard, clock);
    expect(imported.ok).toBe(true);
    clock.advance(60_000);
    const second = await exportInterchange(interchangeRepository(b.db.pool), null, clock);
    expect(second.exportedAt).not.toBe(first.exportedAt);
    expect({ ...second, exportedAt: 'x' }).toEqual({ ...first, exportedAt: 'x' });
    // Importing the same file again changes no data, only duplicates nothing.
    const before = await exportInterchange(interchangeRepository(b.db.pool), null, clock);
    expect((await importInterchange(interchangeStore(b.db), JSON.stringify(first), guard, clock)).ok).toBe(
      true,
    );
    expect(await exportInterchange(interchangeRepository(b.db.pool), null, clock)).toEqual(before);
  });

  it('a bad file changes nothing and says where it is wrong', async () => {
    const good = spreadsheetRegion();
    const variants: Array<
      [string, (doc: Record<string, unknown> & ReturnType<typeof spreadsheetRegion>) => unknown, string]
    > = [
      [
        'wrong domain',
        (d) => ({ ...d, members: [d.members![0], { ...d.members![1], domain: 'zorg' }] }),
        'members[1].domain: verwacht een van ggz, gemeente, uwv, re-integratie, werkgever, ervaringsdeskundige, overig',
      ],
      [
        'BSN in a toelichting',
        (d) => ({
          ...d,
          checkins: [
            ...d.checkins!,
            {
              memberId: 'm1',
              werkgroepId: 'wg-oost',
              date: '2025-04-08',
              level: 3,
              toelichting: 'Casus van cliënt met BSN 111222333 besproken',
            },
          ],
        }),
        'checkins[3].toelichting: ',
      ],
      [
        'unknown member',
        (d) => ({
          ...d,
          checkins: [
            ...d.checkins!,
            { memberId: 'm9', werkgroepId: 'wg-oost', date: '2025-04-08', level: 3 },
          ],
        }),
        'checkins[3].memberId: deelnemer m9 bestaat niet',
      ],
      [
        'unknown region',
        (d) => ({ ...d, checklist: [{ regionId: 'nergens', tertiaal: '2025-T1', answers: { '1': 'ja' } }] }),
        'checklist[0].regionId: regio nergens bestaat niet',
      ],
      [
        'level not on the ladder',
        (d) => ({ ...d, checkins: [{ ...d.checkins![0], level: 3.3 }] }),
        'checkins[0].level: verwacht een niveau van 1 tot en met 6',
      ],
      [
        'checklist item 21',
        (d) => ({
          ...d,
          checklist: [{ regionId: 'fictief-oost', tertiaal: '2025-T1', answers: { '21': 'ja' } }],
        }),
        'checklist[0].answers.21: ',
      ],
      [
        'one tertiaal twice in the checklist, once by its label and once by a date in it',
        (d) => ({
          ...d,
          checklist: [
            { regionId: 'fictief-oost', tertiaal: '2025-T2', answers: { '1': 'ja' } },
            { regionId: 'fictief-oost', date: '2025-06-10', answers: { '1': 'nee' } },
          ],
        }),
        'checklist[1]: deze regio staat voor 2025-T2 al eerder in deze lijst',
      ],
      [
        'one tertiaal twice in the voortgang',
        (d) => ({
          ...d,
          voortgang: [
            d.voortgang![0]!,
            { regionId: 'fictief-oost', date: '2025-02-01', values: { trajecten: 1 } },
          ],
        }),
        'voortgang[1]: deze regio staat voor 2025-T1 al eerder in deze lijst',
      ],
      ['wrong format', (d) => ({ ...d, format: 'schakel/v2' }), 'format: verwacht "schakel/v1"'],
      [
        'a NUL in a check-in text (PostgreSQL cannot store it)',
        (d) => ({ ...d, checkins: [{ ...d.checkins![0], wentWell: 'Goede\u0000 opkomst.' }] }),
        'checkins[0].wentWell: bevat een onzichtbaar teken',
      ],
      [
        'a NUL in the place of a series',
        (d) => ({
          ...d,
          werkgroepen: [
            { ...d.werkgroepen![0], series: { ...d.werkgroepen![0]!.series!, location: 'Zaal\u0000 2' } },
          ],
        }),
        'werkgroepen[0].series.location: bevat een onzichtbaar teken',
      ],
      [
        'a name with a diagnosis, a BSN as organisation and a client in the region name (each place named)',
        (d) => ({
          ...d,
          members: [
            { ...d.members![0], name: 'Bram Hoekstra heeft schizofrenie' },
            { ...d.members![1], organisation: 'BSN 123456782' },
            ...d.members!.slice(2),
          ],
        }),
        'members[0].name: ',
      ],
    ];
    const before = await databaseText(a.db);
    for (const [what, change, expected] of variants) {
      const doc = change(structuredClone(good) as never);
      // Each bad file also carries a change that would land if the file were half-written.
      const changed = {
        ...(doc as object),
        regions: [{ id: 'fictief-oost', name: 'Hernoemd', startLevel: 1, targetLevel: 6 }],
      };
      const r = await importInterchange(interchangeStore(a.db), JSON.stringify(changed), guard, clock);
      expect(r.ok, what).toBe(false);
      if (r.ok) continue;
      expect(r.problems.map((p) => `${p.path}: ${p.message}`).join('\n'), what).toContain(expected);
      if (what.startsWith('a name with a diagnosis')) {
        expect(r.problems.map((p) => p.path)).toContain('members[1].organisation');
        expect(JSON.stringify(r.problems)).not.toContain('schizofrenie');
      }
      expect(await databaseText(a.db), what).toBe(before);
    }
    const broken = await importInterchange(interchangeStore(a.db), '{"format": "schakel/v1", ', guard, clock);
    expect(broken.ok).toBe(false);
    expect(await databaseText(a.db)).toBe(before);
  }, 60_000);

  it('schakel import refuses a file that is not UTF-8 (saved as ANSI) instead of storing "Jos�"', async () => {
    const doc = spreadsheetRegion();
    const file = join(dir, 'ansi.json');
    const named = {
      ...doc,
      members: [{ ...doc.members![0]!, name: 'José Müller' }, ...doc.members!.slice(1)],
    };
    writeFileSync(file, Buffer.from(JSON.stringify(named), 'latin1'));
    const before = await databaseText(a.db);
    const r = await runCli(['import', file], { DATABASE_URL: a.url, SCHAKEL_DATA_DIR: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('er is niets veranderd. Het bestand is geen UTF-8');
    expect(await databaseText(a.db)).toBe(before);
  }, 60_000);

  it('schakel import names the first 50 problems of a file with thousands, and how many more there are', async () => {
    const doc = spreadsheetRegion();
    const member = doc.members![0]!;
    const members = Array.from({ length: 2000 }, (_, i) => ({
      ...member,
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      email: `lid${i}@voorbeeld.test`,
      domain: 'zorg',
    }));
    const file = join(dir, 'veel-fouten.json');
    writeFileSync(file, JSON.stringify({ ...doc, members }));
    const r = await runCli(['import', file], { DATABASE_URL: a.url, SCHAKEL_DATA_DIR: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(52);
    expect(r.stderr).toContain('members[0].domain: verwacht een van ggz, gemeente');
    expect(r.stderr).toContain('members[49].domain');
    expect(r.stderr).not.toContain('members[50].domain');
    expect(lines.at(-1)).toContain('en nog 1950 problemen');
  }, 60_000);

  it('runs as `schakel export` and `schakel import`, as a person would', async () => {
    const file = join(dir, 'oost.json');
    const envA = { DATABASE_URL: a.url, SCHAKEL_DATA_DIR: dir };
    const exported = await runCli(['export', '--region', 'fictief-oost', '--out', file], envA);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    // Counts said as a person says them: "1 regio", not "1 regio('s)".
    expect(exported.stdout).toMatch(
      new RegExp(`^Geëxporteerd naar ${file}: 1 regio, 3 deelnemers, 3 check-ins, met werkgroepen`),
    );
    // What the file leaves out is said too: it is no backup of the installation.
    expect(exported.stdout).toContain(
      'niet in het bestand: de doelen van de regio’s, agendapunten, actiepunten, stuurgroepdata',
    );
    expect(exported.stdout).toContain('Een volledige reservekopie: zie "Backups" in de README.');
    const english = await runCli(['export', '--region', 'nergens', '--en'], envA);
    expect(english.code).toBe(1);
    expect(english.stderr).toMatch(
      /^Region nergens does not exist\.\nExisting regions: fictief-oost \(.+\)\. /,
    );
    const logged = await a.db.pool.query(
      `SELECT region_id, action FROM audit_log WHERE action = 'gegevens_geexporteerd'`,
    );
    expect(logged.rows).toEqual([{ region_id: 'fictief-oost', action: 'gegevens_geexporteerd' }]);
    const fresh = await createTestDatabase();
    try {
      const envFresh = { DATABASE_URL: fresh.url, SCHAKEL_DATA_DIR: dir };
      const imported = await runCli(['import', file], envFresh);
      expect(imported.stderr).toBe('');
      expect(imported.code).toBe(0);
      expect(imported.stdout).toContain('Geïmporteerd: 1 regio,');
      expect(imported.stdout.split('\n').filter(Boolean)).toHaveLength(1);
      // The same file once more: one line that says it was all there already, not a second "Geïmporteerd".
      const reimported = await runCli(['import', file], envFresh);
      expect(reimported.code).toBe(0);
      expect(reimported.stdout).toMatch(
        /^Stond er al: 1 regio, \d+ deelnemers, \d+ werkgroep(en)?, \d+ check-ins?, \d+ checklists?, \d+ voortgangsregels?; bijgewerkt, niets dubbel opgeslagen\.\n$/,
      );
      const again = await runCli(['export', '--region', 'fictief-oost'], envFresh);
      const original = JSON.parse(readFileSync(file, 'utf8'));
      expect({ ...JSON.parse(again.stdout), exportedAt: 'x' }).toEqual({ ...original, exportedAt: 'x' });
      const bad = join(dir, 'bad.json');
      writeFileSync(
        bad,
        JSON.stringify({ ...original, members: [{ ...original.members[0], domain: 'zorg' }] }),
      );
      const before = await databaseText(fresh.db);
      const refused = await runCli(['import', bad], envFresh);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('er is niets veranderd');
      expect(refused.stderr).toContain('members[0].domain: verwacht een van ggz, gemeente');
      expect(await databaseText(fresh.db)).toBe(before);
    } finally {
      await fresh.drop();
    }
  }, 90_000);
});
