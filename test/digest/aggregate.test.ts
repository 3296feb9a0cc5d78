import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/aggregate.ts';
import { renderJson } from '../../src/digest/render-json.ts';
import type { DigestDocument } from '../../src/domain/digest-document.ts';
import { NotFound } from '../../src/domain/errors.ts';
import { parseTertiaal } from '../../src/schedule/tertialen.ts';
import { digestFiguresRepository } from '../../src/store/digest-repo.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertDigestFixture, MEMBER_NAMES, REGION } from './fixture.ts';

const NOW = new Date('2026-09-20T08:00:00Z');
let t: TestDatabase;
let d: DigestDocument;

beforeAll(async () => {
  t = await createTestDatabase();
  await insertDigestFixture(t.db);
  d = await buildDigest(digestFiguresRepository(t.db.pool), REGION, parseTertiaal('2026-T2')!, NOW);
});
afterAll(async () => {
  await t.drop();
});

describe('the stuurgroep digest of a fixture region, 2026-T2', () => {
  it('names the region and the period', () => {
    expect(d.region).toEqual({ id: REGION, name: 'Digestregio (fictief)' });
    expect(d.period).toEqual({ label: '2026-T2', from: '2026-05-01', to: '2026-08-31' });
    expect(d.generatedAt).toBe(NOW.toISOString());
  });

  it('takes each member’s latest level in the period and the rounded median', () => {
    // 11 answering members; member 0 counts with July's 4, not May's 2; September's 6 is outside.
    expect(d.levels.overall).toEqual({ median: 3.5, n: 11 });
    expect(d.levels.byDomain.ggz).toEqual({ median: 4, n: 4 });
    // 3, 3, 3.5, 4 → 3.25 → rounds up to 3.5.
    expect(d.levels.byDomain.gemeente).toEqual({ median: 3.5, n: 4 });
  });

  it('hides small domains without revealing their counts', () => {
    expect(d.levels.byDomain.uwv).toEqual({ hidden: true, n: null });
    expect(d.levels.byDomain['re-integratie']).toEqual({ hidden: true, n: null });
    const json = renderJson(d);
    expect(json).not.toMatch(/"n": [12]\b/);
    expect(json).toContain('"uwv": {\n        "hidden": true,\n        "n": null');
  });

  it('shows the trend over this and the two previous tertialen against start and target', () => {
    expect(d.levels.startLevel).toBe(2);
    expect(d.levels.targetLevel).toBe(4);
    expect(d.levels.trend.map((p) => p.period)).toEqual(['2025-T3', '2026-T1', '2026-T2']);
    expect(d.levels.trend[0]!.overall).toBeNull();
    expect(d.levels.trend[1]!.overall).toEqual({ median: 3, n: 3 });
    expect(d.levels.trend[2]!.overall).toEqual(d.levels.overall);
  });

  it('counts how often each knelpunt category was named in the period', () => {
    // Raised or "speelt nog steeds" in T2: k1 1+2, k2 1 (tijd); k3 raised (privacy); k4 confirmed (geld).
    expect(d.knelpunten.byCategory).toEqual({
      'tijd-capaciteit': 4,
      'geld-financiering': 1,
      'privacy-avg': 1,
    });
    expect(Object.keys(d.knelpunten.byCategory)).not.toContain('werkgevers');
  });

  it('lists the top categories with what is being done, as it stood at the end of the period', () => {
    const [first, ...rest] = d.knelpunten.top;
    expect(first?.category).toBe('tijd-capaciteit');
    expect(first?.named).toBe(4);
    expect(first?.items[0]).toEqual({
      category: 'tijd-capaciteit',
      description: 'Te weinig tijd voor overleg',
      status: 'open', // solved only in September, after the period
      oplossing: null,
    });
    expect(rest.map((r) => r.category)).toEqual(['geld-financiering', 'privacy-avg']);
    expect(rest[0]?.items[0]?.oplossing).toBe('Gesprek met zorgverzekeraar');
  });

  it('lists what was solved in the period with its oplossing', () => {
    expect(d.knelpunten.solved).toEqual([
      {
        category: 'privacy-avg',
        description: 'Onduidelijk welke gegevens gedeeld mogen worden',
        status: 'opgelost',
        oplossing: 'Convenant opstellen met de FG',
      },
    ]);
  });

  it('compares the agreed checklist with the previous tertiaal and marks the changes', () => {
    expect(d.checklist.now).toEqual({
      '1': 'ja',
      '2': 'ja',
      '4': 'in_ontwikkeling',
      '9': 'in_ontwikkeling',
      '15': 'ja',
    });
    expect(d.checklist.previousPeriod).toBe('2026-T1');
    expect(d.checklist.changes).toEqual([
      { item: 2, from: null, to: 'ja' },
      { item: 4, from: 'nee', to: 'in_ontwikkeling' },
      { item: 15, from: 'nee', to: 'ja' },
    ]);
  });

  it('measures voortgang against the targets pro rata (a tertiaal is a third of a year, rounded up to whole ones)', () => {
    expect(d.progress).toEqual({
      trajecten: { value: 30, target: 34, yearTarget: 100 },
      duurzameUitstroomPct: { value: 42, target: 40, yearTarget: 40, count: null },
      leerbijeenkomsten: { value: 1, target: 1, yearTarget: 3 },
      casusbesprekingen: { value: 4, target: 4, yearTarget: 10 },
    });
  });

  it('lists successes without names, and how many members answered', () => {
    expect(d.successes).toEqual([
      'Korte lijnen met de klantmanagers',
      'Eerste gezamenlijke casusbespreking gehouden',
    ]);
    expect(d.response).toEqual({ answered: 11, members: 12 });
    const json = renderJson(d);
    for (const name of MEMBER_NAMES) expect(json).not.toContain(name.split(' ')[0]!);
  });

  it('has the stable JSON shape other tools read', () => {
    const json = JSON.parse(renderJson(d));
    expect(json.region).toBe('Digestregio (fictief)');
    expect(json.period).toMatchObject({ from: '2026-05-01', to: '2026-08-31' });
    expect(json.levels.overall).toEqual({ median: 3.5, n: 11 });
    expect(json.knelpunten.byCategory['tijd-capaciteit']).toBe(4);
    expect(json.checklist['1']).toBe('ja');
    expect(json.progress.trajecten.target).toBe(34);
  });

  it('gives an empty but valid digest for a period without data, and refuses an unknown region', async () => {
    const empty = await buildDigest(
      digestFiguresRepository(t.db.pool),
      REGION,
      parseTertiaal('2024-T1')!,
      NOW,
    );
    expect(empty.levels.overall).toBeNull();
    expect(empty.response.answered).toBe(0);
    expect(empty.knelpunten.top).toEqual([]);
    await expect(
      buildDigest(digestFiguresRepository(t.db.pool), 'bestaat-niet', parseTertiaal('2026-T2')!, NOW),
    ).rejects.toBeInstanceOf(NotFound);
  });
});
