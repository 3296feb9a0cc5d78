import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/aggregate.ts';
import { trendChartSvg } from '../../src/digest/chart-svg.ts';
import { renderDigest } from '../../src/digest/render.ts';
import { fixedSummary } from '../../src/digest/summary-text.ts';
import type { DigestDocument } from '../../src/domain/digest-document.ts';
import { parseTertiaal } from '../../src/schedule/tertialen.ts';
import { digestFiguresRepository } from '../../src/store/digest-repo.ts';
import { hasTool, missing, runTool } from '../support/oracle-tools.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertDigestFixture, REGION } from './fixture.ts';
import { pdfPages, pdfStructure, pdfText, roles } from './pdf-text.ts';

/**
 * The digest PDF as an archive and a screen reader take it, checked by other people's tools:
 * poppler's pdfinfo and pdffonts (Debian poppler-utils) for tagging, metadata and embedded fonts,
 * Mozilla's PDF.js for the text and the structure tree, pdftoppm for page images to look at.
 */
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'digest');
const PAGES = join(ARTIFACTS, 'pdf-pages');
const NOW = new Date('2026-09-20T08:00:00Z');
const LONG_NAME = 'Regionale samenwerking Gelderland-Zuid, Rivierenland en Nijmegen-Noord (fictief)';
const HEADINGS = [
  'Samenwerkingsniveau',
  'Knelpunten',
  'Checklist (wijzigingen sinds jan t/m apr 2026)',
  'Voortgang',
  'Wat ging goed',
];
let t: TestDatabase;
let d: DigestDocument;
let pdf: Uint8Array;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  t = await createTestDatabase();
  await insertDigestFixture(t.db);
  const built = await buildDigest(digestFiguresRepository(t.db.pool), REGION, parseTertiaal('2026-T2')!, NOW);
  d = {
    ...built,
    region: { ...built.region, name: LONG_NAME },
    successes: [
      'Eerste plaatsing via IPS 🎉 → vaste baan 👍',
      'Tekst met <b>vet</b> en **sterren**',
      ...built.successes,
    ],
  };
  pdf = (await renderDigest(d, 'pdf', NOW)) as Uint8Array;
  writeFileSync(join(ARTIFACTS, 'digest-archive.pdf'), pdf);
});
afterAll(async () => {
  await t.drop();
});

describe('the digest PDF for the archive and for screen readers', () => {
  it('is tagged, PDF 1.7, titled, and says PDF/A-2a and PDF/UA-1 in its XMP (pdfinfo)', async (ctx) => {
    ctx.skip(!hasTool('pdfinfo'), missing('pdfinfo'));
    const file = join(ARTIFACTS, 'digest-archive.pdf');
    const info = (await runTool('pdfinfo', [file])).stdout;
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^Title:\s+Stuurgroep-samenvatting Regionale samenwerking Gelderland-Zuid/m);
    expect(info).toMatch(/^Author:\s+Schakel$/m);
    const xmp = (await runTool('pdfinfo', ['-meta', file])).stdout;
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(xmp).toContain('<pdfaid:conformance>A</pdfaid:conformance>');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toMatch(/<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">Stuurgroep-samenvatting/);
  });

  it('embeds every font it uses, DejaVu Sans, and no standard font (pdffonts)', async (ctx) => {
    ctx.skip(!hasTool('pdffonts'), missing('pdffonts'));
    const out = (await runTool('pdffonts', [join(ARTIFACTS, 'digest-archive.pdf')])).stdout;
    const fonts = out
      .split('\n')
      .slice(2)
      .filter((l) => l.trim() !== '');
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    for (const font of fonts) {
      expect(font).toContain('DejaVuSans');
      // Columns: name type encoding emb sub uni object ID
      expect(font.split(/\s+/).slice(-5, -2)).toEqual(['yes', 'yes', 'yes']);
    }
  });

  it('has a structure tree in reading order: document, headings, lists, paragraphs and the chart with its words (PDF.js)', async () => {
    const trees = await pdfStructure(pdf);
    expect(trees.length).toBeGreaterThan(0);
    const all = roles(trees);
    for (const role of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Figure'])
      expect(all).toContain(role);
    const figure = JSON.stringify(trees).match(/"role":"Figure","alt":"([^"]+)"/)?.[1];
    expect(figure).toContain(`Grafiek van het samenwerkingsniveau van ${LONG_NAME}`);
    expect(figure).toContain('Verloop per tertiaal');
  });

  it('reads as the preview does: the fixed summary on top, arrows and emoji as readers see them, member text as typed', async () => {
    const text = await pdfText(pdf);
    const words = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(words(text)).toContain(words(fixedSummary(d)));
    expect(text).toContain('→');
    expect(text).not.toContain('->');
    expect(words(text)).toContain('Eerste plaatsing via IPS (feest) → vaste baan (duim omhoog)');
    expect(words(text)).toContain('Tekst met <b>vet</b> en **sterren**');
    expect(text).not.toContain('?');
  });

  it('never leaves a section heading alone at the foot of a page, however long the summary', async () => {
    for (const points of [8, 14, 20, 26, 32]) {
      const summary = Array.from(
        { length: points },
        (_, i) => `Punt ${i + 1}: een afspraak met de partners.`,
      ).join('\n');
      const bytes = (await renderDigest(d, 'pdf', NOW, {
        summary,
        omitted: [],
        version: 1,
        corrects: null,
      })) as Uint8Array;
      const pages = await pdfPages(bytes);
      for (const page of pages.slice(0, -1)) {
        const lines = page.split('\n');
        expect(HEADINGS, `${points} punten`).not.toContain(lines.at(-1));
        expect(HEADINGS, `${points} punten`).not.toContain(lines.at(-2));
      }
    }
  });

  it('wraps a long region name in the chart title instead of clipping it', () => {
    const svg = trendChartSvg(d);
    expect(svg.match(/<tspan /g)?.length).toBeGreaterThanOrEqual(2);
    expect(svg).toContain('Nijmegen-Noord');
    expect(Number(svg.match(/<svg [^>]*height="(\d+)"/)?.[1])).toBeGreaterThan(320);
  });

  it('renders each page to a PNG with ink on it, kept in test-artifacts/digest/pdf-pages (pdftoppm)', async (ctx) => {
    ctx.skip(!hasTool('pdftoppm'), missing('pdftoppm'));
    rmSync(PAGES, { recursive: true, force: true });
    mkdirSync(PAGES, { recursive: true });
    const r = await runTool('pdftoppm', [
      '-png',
      '-r',
      '60',
      join(ARTIFACTS, 'digest-archive.pdf'),
      join(PAGES, 'pagina'),
    ]);
    expect(r.code).toBe(0);
    const files = readdirSync(PAGES).filter((f) => f.endsWith('.png'));
    expect(files.length).toBe((await pdfPages(pdf)).length);
    for (const file of files) {
      const { data } = PNG.sync.read(readFileSync(join(PAGES, file)));
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) ink++;
      expect(ink, file).toBeGreaterThan(500);
    }
  });
});
