import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterchangeInput } from '../../src/interchange/schema.ts';
import { spreadsheetRegion } from '../interchange/spreadsheet-region.ts';
import { preparedDataDir } from '../support/database-templates.ts';
import { runCli } from '../support/run-cli.ts';

// A series the forms and the chat refuse is refused by `schakel import` too, with the place in the
// file and the reason in plain words, and the whole file is left out. Fictional people only.

const dir = mkdtempSync(join(tmpdir(), 'schakel-import-series-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, doc: InterchangeInput) => {
  writeFileSync(join(dir, name), JSON.stringify(doc));
  return join(dir, name);
};

/** A second werkgroep in the region of spreadsheetRegion, with the given series. */
function withWest(series: NonNullable<NonNullable<InterchangeInput['werkgroepen']>[number]['series']>) {
  const doc = spreadsheetRegion();
  return {
    ...doc,
    // A change elsewhere in the file that must not be stored either.
    regions: [{ ...doc.regions![0]!, name: 'Fictief Oost (nieuw)' }],
    werkgroepen: [
      ...doc.werkgroepen!,
      { id: 'wg-west', regionId: 'fictief-oost', name: 'Werkgroep West', memberIds: ['m1'], series },
    ],
  };
}

describe('schakel import refuses a series the forms refuse', () => {
  let env: Record<string, string>;
  /** Everything stored, as `schakel export` gives it (without the moment of the export). */
  const stored = async () => {
    const r = await runCli(['export'], env);
    expect(r.code).toBe(0);
    const { exportedAt: _, ...rest } = JSON.parse(r.stdout) as Record<string, unknown>;
    return rest;
  };

  beforeAll(async () => {
    env = { SCHAKEL_DATA_DIR: await preparedDataDir('schakel-import-series-', 'migrated') };
    const first = await runCli(['import', file('goed.json', spreadsheetRegion())], env);
    expect(first.code).toBe(0);
  });

  it('an end before the first meeting: the place and the reason, and nothing stored', async () => {
    const before = await stored();
    const bad = withWest({ firstStart: '2026-03-03T14:00', durationMinutes: 60, until: '2026-02-01' });
    const r = await runCli(['import', file('einde.json', bad)], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is niet geïmporteerd; er is niets veranderd');
    expect(r.stderr).toContain(
      '  werkgroepen[1].series.until: regio fictief-oost, overleg Werkgroep West: De einddatum ligt vóór de eerste bijeenkomst. Kies een latere einddatum.\n',
    );
    expect(r.stderr).not.toContain('werkgroepen[0]');
    expect(await stored()).toEqual(before);
  });

  it('changes out of date order, in English under --en, and every bad series named', async () => {
    const before = await stored();
    const bad = withWest({
      firstStart: '2026-01-06T14:00',
      durationMinutes: 60,
      changes: [
        { effectiveFrom: '2026-06-01', time: '10:00' },
        { effectiveFrom: '2026-04-01', everyWeeks: 2 },
      ],
    });
    bad.werkgroepen[0] = {
      ...bad.werkgroepen[0]!,
      series: { ...bad.werkgroepen[0]!.series!, until: '2024-12-31' },
    };
    const r = await runCli(['import', file('volgorde.json', bad)], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      '  werkgroepen[1].series.changes[1]: regio fictief-oost, overleg Werkgroep West: Een wijziging gaat pas in na het begin van de vorige versie van de reeks. Zet de wijzigingen op volgorde van datum.\n',
    );
    expect(r.stderr).toContain(
      '  werkgroepen[0].series.until: regio fictief-oost, overleg Werkgroep Oost: De einddatum ligt vóór',
    );
    expect(await stored()).toEqual(before);

    const en = await runCli(['import', file('volgorde.json', bad), '--en'], env);
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(
      /werkgroepen\[1\]\.series\.changes\[1\]: region fictief-oost, overleg Werkgroep West: [A-Z]/,
    );
    expect(en.stderr).not.toContain('regio ');
    expect(await stored()).toEqual(before);
  });
});
