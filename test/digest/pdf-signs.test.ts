import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/aggregate.ts';
import { drawable } from '../../src/digest/pdf-glyphs.ts';
import { renderDigest } from '../../src/digest/render.ts';
import type { DigestDocument, DigestEdition } from '../../src/domain/digest-document.ts';
import { parseTertiaal } from '../../src/schedule/tertialen.ts';
import { digestFiguresRepository } from '../../src/store/digest-repo.ts';
import { hasTool, missing, runTool } from '../support/oracle-tools.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertDigestFixture, REGION } from './fixture.ts';

/**
 * Emoji and other signs DejaVu Sans (the PDF's only font) cannot draw never vanish from the digest
 * PDF: each comes out as words a Dutch reader understands, one per sign however many code points
 * it has (skin tone, ZWJ family, flag, variation selector). Read back with poppler's pdftotext;
 * the pages as images in test-artifacts/digest/pdf-signs to look at.
 */
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'digest');
const PAGES = join(ARTIFACTS, 'pdf-signs');
const FILE = join(ARTIFACTS, 'digest-tekens.pdf');
const NOW = new Date('2026-09-20T08:00:00Z');
const SUCCESSES = [
  'Smoelenboek maken 📸 en een 🦄 als mascotte',
  'Samen met 👨‍👩‍👧 gezinnen en 🧑🏾‍💻 ontwikkelaars',
  'Bezoek uit 🇧🇪 en 🏴󠁧󠁢󠁳󠁣󠁴󠁿, met ❤️ en een 👍🏽',
  'Drie keer 🎉🎉🎉 en ⌚ op tijd; 你好 gezegd',
];
const EDITION: DigestEdition = {
  summary: 'Een goede periode 🌈 met vier plaatsingen ✅.',
  omitted: [],
  version: 1,
  corrects: null,
};
/** What no reader of the PDF may meet: emoji code points, flags' letters, joiners, selectors. */
const UNDRAWN = /[\u{1F000}-\u{1FAFF}\u{E0000}-\u{E007F}\u231A]|\u200D|\uFE0F/u;
let t: TestDatabase;
let d: DigestDocument;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  t = await createTestDatabase();
  await insertDigestFixture(t.db);
  const built = await buildDigest(digestFiguresRepository(t.db.pool), REGION, parseTertiaal('2026-T2')!, NOW);
  d = { ...built, successes: SUCCESSES };
  writeFileSync(FILE, (await renderDigest(d, 'pdf', NOW, EDITION)) as Uint8Array);
});
afterAll(async () => {
  await t.drop();
});

/** pdftotext's reading of the PDF, lines joined as a reader would read on. */
async function readBack(): Promise<string> {
  const r = await runTool('pdftotext', ['-enc', 'UTF-8', FILE, '-']);
  expect(r.code).toBe(0);
  return r.stdout.replace(/\s+/g, ' ');
}

describe('signs the digest PDF cannot draw', () => {
  it('come out as words in the PDF, one per sign (pdftotext)', async (ctx) => {
    ctx.skip(!hasTool('pdftotext'), missing('pdftotext'));
    const text = await readBack();
    expect(text).toContain('Smoelenboek maken (foto) en een (emoji) als mascotte');
    expect(text).toContain('Samen met (emoji) gezinnen en (emoji) ontwikkelaars');
    expect(text).toContain('Bezoek uit (vlag BE) en (vlag GB-SCT), met ❤ en een (duim omhoog)');
    expect(text).toContain('Drie keer (feest) (feest) (feest) en (emoji) op tijd; (teken) (teken) gezegd');
    expect(text).toContain('Een goede periode (emoji) met vier plaatsingen ✓.');
    expect(text).not.toMatch(UNDRAWN);
  });

  it('renders the pages to images to look at (pdftoppm)', async (ctx) => {
    ctx.skip(!hasTool('pdftoppm'), missing('pdftoppm'));
    rmSync(PAGES, { recursive: true, force: true });
    mkdirSync(PAGES, { recursive: true });
    const r = await runTool('pdftoppm', ['-png', '-r', '90', FILE, join(PAGES, 'pagina')]);
    expect(r.code).toBe(0);
    expect(readdirSync(PAGES).filter((f) => f.endsWith('.png')).length).toBeGreaterThan(0);
  });

  it('stay as typed in the Markdown and HTML, which lose none', async () => {
    const md = (await renderDigest(d, 'md', NOW, EDITION)) as string;
    const html = (await renderDigest(d, 'html', NOW, EDITION)) as string;
    for (const form of [md, html]) {
      for (const sign of ['📸', '🦄', '👨‍👩‍👧', '🧑🏾‍💻', '🇧🇪', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '❤️', '👍🏽', '🎉🎉🎉', '⌚', '你好']) {
        expect(form).toContain(sign);
      }
    }
  });

  it('are read in English in an English PDF', () => {
    expect(drawable('Team 📸 🇳🇱 🦄 👍 你', 'en')).toBe(
      'Team (photo) (flag NL) (emoji) (thumbs up) (character)',
    );
  });
});
