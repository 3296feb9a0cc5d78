import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/aggregate.ts';
import { renderDigest } from '../../src/digest/render.ts';
import { fixedSummary } from '../../src/digest/summary-text.ts';
import type { DigestDocument, DigestEdition } from '../../src/domain/digest-document.ts';
import { SUMMARY_MAX } from '../../src/messages/forms/digest-form.ts';
import { parseTertiaal } from '../../src/schedule/tertialen.ts';
import { digestFiguresRepository } from '../../src/store/digest-repo.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertDigestFixture, REGION } from './fixture.ts';
import { pdfPages, pdfText } from './pdf-text.ts';

// Kept for people to look at (gitignored), beside the plain draft of renderings.test.ts.
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'digest');
const NOW = new Date('2026-09-20T08:00:00Z');
let t: TestDatabase;
let d: DigestDocument;

const SUMMARY =
  'Een goed tertiaal: de samenwerking groeit. De cliëntenraad en één re-integratiebedrijf zijn geïnteresseerd; ' +
  'het privé-overleg met de coördinator van de gemeente (café "De Brug") verliep soepel.\n\n' +
  'Aandachtspunt: de werkdruk bij de klantmanagers.';

/** A correction (version 2 of 1) with knelpunten and successes left out, as the projectleider approved it. */
const EDITION: DigestEdition = {
  summary: SUMMARY,
  omitted: ['knelpunten', 'successen'],
  version: 2,
  corrects: 1,
};

/** Lines of a PDF or of text, as one run of words: wrapping must neither lose nor add a word. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  t = await createTestDatabase();
  await insertDigestFixture(t.db);
  d = await buildDigest(digestFiguresRepository(t.db.pool), REGION, parseTertiaal('2026-T2')!, NOW);
});
afterAll(async () => {
  await t.drop();
});

describe('the files of a reviewed version show what the projectleider approved', () => {
  it('the PDF has the summary text on top with its Dutch letters, and no trace of the left-out sections', async () => {
    const pdf = (await renderDigest(d, 'pdf', NOW, EDITION)) as Uint8Array;
    writeFileSync(join(ARTIFACTS, 'digest-reviewed.pdf'), pdf);
    const text = await pdfText(pdf);
    const lines = text.split('\n');
    // The correction line may wrap onto a second line in DejaVu Sans Bold: compared as one text.
    expect(lines.slice(0, 3).join(' ')).toEqual(
      [
        'Stuurgroep-samenvatting Digestregio (fictief)',
        'Correctie op de samenvatting van het tweede tertiaal 2026 (mei t/m augustus).',
        'Tweede tertiaal 2026 (mei t/m augustus) — versie 2',
      ].join(' '),
    );
    expect(words(text)).toContain(words(SUMMARY));
    // The summary comes before the figures.
    expect(text.indexOf('Een goed tertiaal')).toBeLessThan(text.indexOf('Samenwerkingsniveau'));
    for (const shown of [
      'Samenwerkingsniveau',
      'Checklist (wijzigingen sinds jan t/m apr 2026)',
      'Voortgang',
    ])
      expect(lines).toContain(shown);
    for (const left of ['Knelpunten', 'Wat ging goed']) expect(lines).not.toContain(left);
    // Nor what was in them.
    expect(text).not.toContain('Tijd en capaciteit');
    expect(text).not.toContain('Korte lijnen met de klantmanagers');
    expect(text).not.toContain('Niets ingevuld');
  });

  it('a long summary is wrapped to the page width and flows on to the next page, not cut', async () => {
    const paragraph = Array.from(
      { length: 7 },
      (_, i) =>
        `Zin ${i + 1}: de werkgroep heeft met gemeente, UWV en GGZ afspraken gemaakt over de overdracht en de terugkoppeling.`,
    ).join(' ');
    const points = Array.from({ length: 36 }, (_, i) => `- Punt ${i + 1}: één actie uitgevoerd`);
    const summary = [paragraph, '', ...points, '', 'Slotzin: tot de volgende stuurgroep.'].join('\n');
    // Something a projectleider can type in the form.
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_MAX);
    const pdf = (await renderDigest(d, 'pdf', NOW, { ...EDITION, summary, corrects: null })) as Uint8Array;
    writeFileSync(join(ARTIFACTS, 'digest-long-summary.pdf'), pdf);
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toContain('Zin 1: de werkgroep');
    expect(pages[0]).not.toContain('Slotzin');
    expect(pages[1]).toContain('Slotzin: tot de volgende stuurgroep.');
    const all = pages.join('\n');
    expect(words(all)).toContain(words(paragraph));
    for (const point of points) expect(all.split('\n')).toContain(point);
    // Wrapped: every line of the paragraph fits between the margins of A4 (595 pt wide, 50 pt margins).
    const lines = all.split('\n');
    const paragraphLines = lines.slice(
      lines.findIndex((l) => l.startsWith('Zin 1')),
      lines.indexOf(points[0]!),
    );
    expect(paragraphLines.length).toBeGreaterThan(4);
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    for (const line of paragraphLines) expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(495.28);
    expect(all).not.toContain('Correctie');
  });

  it('Markdown and HTML carry the same text and leave out the same sections', async () => {
    const md = (await renderDigest(d, 'md', NOW, EDITION)) as string;
    const html = (await renderDigest(d, 'html', NOW, EDITION)) as string;
    writeFileSync(join(ARTIFACTS, 'digest-reviewed.md'), md);
    writeFileSync(join(ARTIFACTS, 'digest-reviewed.html'), html);
    expect(md).toContain('**Correctie op de samenvatting van het tweede tertiaal 2026');
    expect(md).toContain('Tweede tertiaal 2026 (mei t/m augustus) — versie 2');
    expect(md).toContain(SUMMARY);
    expect(md).toContain('## Voortgang');
    expect(md).not.toContain('## Knelpunten');
    expect(md).not.toContain('## Wat ging goed');
    expect(md).not.toContain('Tijd en capaciteit');
    expect(html).toContain('<p>Aandachtspunt: de werkdruk bij de klantmanagers.</p>');
    expect(html).toContain('café &quot;De Brug&quot;');
    expect(html).not.toContain('<h2>Knelpunten</h2>');
    expect(html).not.toContain('<h2>Wat ging goed</h2>');
    expect(html).toContain('<h2>Checklist');
  });

  it('a plain draft (schakel digest) still has every section, and the fixed summary from the figures as the preview shows it', async () => {
    const text = await pdfText((await renderDigest(d, 'pdf', NOW)) as Uint8Array);
    const lines = text.split('\n');
    for (const section of ['Samenwerkingsniveau', 'Knelpunten', 'Voortgang', 'Wat ging goed'])
      expect(lines).toContain(section);
    expect(lines[1]).toBe('Tweede tertiaal 2026 (mei t/m augustus)');
    expect(text).toContain('Korte lijnen met de klantmanagers');
    expect(words(text)).toContain(words(fixedSummary(d)));
  });
});
