import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/aggregate.ts';
import { svgToPng } from '../../src/digest/chart-png.ts';
import { trendChartSvg } from '../../src/digest/chart-svg.ts';
import { renderHtml } from '../../src/digest/render-html.ts';
import { renderMarkdown } from '../../src/digest/render-markdown.ts';
import { renderPdf } from '../../src/digest/render-pdf.ts';
import type { DigestDocument } from '../../src/domain/digest-document.ts';
import { parseTertiaal } from '../../src/schedule/tertialen.ts';
import { digestFiguresRepository } from '../../src/store/digest-repo.ts';
import { readMarkdown } from '../support/markdown-oracle.ts';
import { hasTool, missing, runTool } from '../support/oracle-tools.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertDigestFixture, REGION } from './fixture.ts';
import { pdfLinePositions } from './pdf-text.ts';

// Kept for people to look at (gitignored): the chart, the PDF and the text forms.
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'digest');
const NOW = new Date('2026-09-20T08:00:00Z');
let t: TestDatabase;
let d: DigestDocument;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  t = await createTestDatabase();
  await insertDigestFixture(t.db);
  d = await buildDigest(digestFiguresRepository(t.db.pool), REGION, parseTertiaal('2026-T2')!, NOW);
});
afterAll(async () => {
  await t.drop();
});

describe('digest renderings', () => {
  it('writes a one-screen Markdown summary in Dutch', () => {
    const md = renderMarkdown(d);
    writeFileSync(join(ARTIFACTS, 'digest.md'), md);
    expect(md).toContain('# Stuurgroep-samenvatting Digestregio (fictief)');
    expect(md).toContain('Tweede tertiaal 2026 (mei t/m augustus)');
    expect(md).not.toMatch(/\d{4}-T\d/);
    expect(md).toContain('Nu: **3,5 (11 antwoorden)** (startniveau 2, beoogd niveau 4)');
    expect(md).toContain('UWV: te weinig antwoorden om te tonen');
    expect(md).toContain('**Tijd en capaciteit** (4× genoemd)');
    expect(md).toContain(
      'Nr. 15 (Er is transparantie over geldende privacywet- en regelgeving en de maatregelen daarvoor): Nee → **Ja**',
    );
    expect(md).toContain('Trajecten: 30 — doel deze periode 34; jaardoel 100');
    expect(md).toContain('11 van de 12 werkgroepleden vulden in deze periode een check-in in');
    // Who answered stands with the level those answers make, under its heading (not under the successes).
    expect(md).toContain(
      '## Samenwerkingsniveau\n\n- Nu: **3,5 (11 antwoorden)** (startniveau 2, beoogd niveau 4)\n- Verloop:',
    );
    expect(md).toMatch(
      /- Verloop: [^\n]*\n- Respons: 11 van de 12 werkgroepleden vulden in deze periode een check-in in\n/,
    );
    // One screen: short enough to read without scrolling far.
    expect(md.split('\n').filter((l) => l.trim() !== '').length).toBeLessThan(36);
  });

  it('escapes what members typed in the Markdown: no raw HTML, no heading of their own', () => {
    const typed: DigestDocument = { ...d, successes: ['<b>vet</b> gezegd', '# Eigen kop', '1. geen lijst'] };
    const plain = readMarkdown(renderMarkdown(d));
    const read = readMarkdown(renderMarkdown(typed));
    expect(read.html).toEqual([]);
    expect(read.headings).toEqual(plain.headings);
    expect(read.paragraphs).toEqual(
      expect.arrayContaining(['<b>vet</b> gezegd', '# Eigen kop', '1. geen lijst']),
    );
  });

  it('writes self-contained HTML that escapes what members typed', () => {
    const evil: DigestDocument = { ...d, successes: ['<script>alert(1)</script>'] };
    const html = renderHtml(evil, trendChartSvg(d));
    writeFileSync(join(ARTIFACTS, 'digest.html'), renderHtml(d, trendChartSvg(d)));
    expect(html).toContain('<html lang="nl">');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('<svg');
  });

  it('draws an accessible SVG chart of the level trend and renders it to PNG', () => {
    const svg = trendChartSvg(d);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(
      '<desc id="d">Verloop per tertiaal: sep t/m dec 2025: – → jan t/m apr 2026: 3 → mei t/m aug 2026: 3,5; startniveau 2, beoogd niveau 4.</desc>',
    );
    const png = svgToPng(svg);
    writeFileSync(join(ARTIFACTS, 'trend.svg'), svg);
    writeFileSync(join(ARTIFACTS, 'trend.png'), png);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1280); // IHDR width
    expect(png.readUInt32BE(20)).toBe(640);
    expect(png.length).toBeGreaterThan(10_000);
    expect(png.length).toBeLessThan(500_000);
  });

  it('makes a PDF of the whole digest with the chart in it', async () => {
    const pdf = Buffer.from(await renderPdf(d, svgToPng(trendChartSvg(d)), NOW));
    writeFileSync(join(ARTIFACTS, 'digest.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
    expect(pdf.length).toBeGreaterThan(20_000);
    expect(pdf.length).toBeLessThan(2_000_000);
    // The same digest on the same clock gives the same file.
    const again = Buffer.from(await renderPdf(d, svgToPng(trendChartSvg(d)), NOW));
    expect(again.equals(pdf)).toBe(true);
  });

  it('writes the summary of a PDF without a reviewed version with its period in words (pdftotext)', async (ctx) => {
    ctx.skip(!hasTool('pdftotext'), missing('pdftotext'));
    // As `schakel digest --pdf` makes it: no edition, so Schakel's summary is written from the figures.
    const file = join(ARTIFACTS, 'digest-no-edition.pdf');
    writeFileSync(file, await renderPdf(d, null, NOW));
    const text = (await runTool('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Tweede tertiaal 2026 (mei t/m augustus)');
    expect(text).toContain(
      'In het tweede tertiaal 2026 (mei t/m augustus) staat de samenwerking op niveau 3,5',
    );
    expect(text).not.toMatch(/\d{4}-T\d/);
  });

  it('puts one-line successes at an even distance in the PDF, with no empty line between them', async () => {
    // The demo's successes: the third fits on one line in the regular face but not in bold.
    const successes = [
      'We hebben de werkwijze voor warme overdracht samen op papier gezet.',
      'Klantmanagers en behandelaren weten elkaar nu direct te vinden.',
      'De casusbespreking met de IPS-trajectbegeleider leverde concrete afspraken op.',
      'Eerste gezamenlijke werkgeversbezoek met Laborijn en GGNet was een succes',
    ];
    const pdf = await renderPdf({ ...d, successes }, null, NOW);
    writeFileSync(join(ARTIFACTS, 'digest-successes.pdf'), pdf);
    const lines = await pdfLinePositions(pdf);
    const tops = successes.map((s) => lines.find((l) => l.text.includes(s))?.top ?? Number.NaN);
    const steps = tops.slice(1).map((top, i) => top - tops[i]!);
    expect(Math.max(...steps) - Math.min(...steps)).toBeLessThanOrEqual(1);
    // Nothing follows the last success: the response sits under Samenwerkingsniveau.
    expect(lines.at(-1)?.text).toContain(successes[3]);
    const response = lines.findIndex((l) =>
      l.text.includes('werkgroepleden vulden in deze periode een check-in in'),
    );
    expect(lines.slice(0, response).some((l) => l.text === 'Samenwerkingsniveau')).toBe(true);
    expect(lines.slice(0, response).some((l) => l.text === 'Wat ging goed')).toBe(false);
  });
});
