import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEvaluation } from '../../src/evaluation/build.ts';
import type { EvaluationDocument } from '../../src/evaluation/document.ts';
import { tertialenFor } from '../../src/evaluation/period.ts';
import { renderEvaluationDocx } from '../../src/evaluation/render-docx.ts';
import { renderEvaluationMarkdown } from '../../src/evaluation/render-markdown.ts';
import { createGuard } from '../../src/privacy/guard.ts';
import { evaluationRepository } from '../../src/store/evaluation-repo.ts';
import { MEMBER_NAMES, REGION } from '../digest/fixture.ts';
import { readMarkdown } from '../support/markdown-oracle.ts';
import { createTestDatabase, type TestDatabase } from '../support/test-database.ts';
import { insertEvaluationFixture } from './fixture.ts';

const NOW = new Date('2026-09-20T08:00:00Z');
const guard = createGuard({ now: () => NOW });
let t: TestDatabase;
let t2: EvaluationDocument;
let half: EvaluationDocument;

beforeAll(async () => {
  t = await createTestDatabase();
  await insertEvaluationFixture(t.db);
  const figures = evaluationRepository(t.db.pool);
  t2 = await buildEvaluation(figures, REGION, { from: '2026-05-01', to: '2026-08-31' }, NOW, guard);
  half = await buildEvaluation(figures, REGION, { from: '2026-01-01', to: '2026-08-31' }, NOW, guard);
});
afterAll(async () => {
  await t.drop();
});

describe('1 Algemeen', () => {
  it('lists what went well, without the text that carries a BSN', () => {
    expect(t2.algemeen.successes).toEqual([
      'Korte lijnen met de klantmanagers',
      'Eerste gezamenlijke casusbespreking gehouden',
    ]);
    expect(t2.algemeen.withheld).toBe(1);
  });

  it('groups the knelpunten by category, most named first', () => {
    expect(t2.algemeen.knelpunten.map((c) => [c.category, c.named])).toEqual([
      ['tijd-capaciteit', 4],
      ['geld-financiering', 1],
      ['privacy-avg', 1],
    ]);
    expect(t2.algemeen.knelpunten[0]!.items).toEqual([
      { description: 'Te weinig tijd voor overleg', named: 3, status: 'open' },
      { description: 'Werkdruk bij klantmanagers', named: 1, status: 'open' },
    ]);
  });

  it('shows oplossingen and the status changes in the period, not those after it', () => {
    expect(t2.algemeen.actions).toEqual(
      expect.arrayContaining([
        {
          category: 'privacy-avg',
          description: 'Onduidelijk welke gegevens gedeeld mogen worden',
          oplossing: 'Convenant opstellen met de FG',
          changes: [
            { date: '2026-06-09', status: 'in_behandeling' },
            { date: '2026-07-07', status: 'opgelost' },
          ],
          status: 'opgelost',
        },
        {
          category: 'geld-financiering',
          description: 'Overlegtijd niet declarabel',
          oplossing: 'Gesprek met zorgverzekeraar',
          changes: [],
          status: 'open',
        },
      ]),
    );
    expect(t2.algemeen.actions).toHaveLength(2);
  });
});

describe('3 Resultaten and 4 Samenwerking', () => {
  it('measures voortgang pro rata over the tertialen of the period', () => {
    expect(t2.resultaten.tertialen).toEqual(['2026-T2']);
    expect(t2.resultaten.figures[0]).toMatchObject({
      label: 'Trajecten',
      value: 30,
      target: 33.3,
      yearTarget: 100,
    });
    expect(half.resultaten.tertialen).toEqual(['2026-T1', '2026-T2']);
    expect(half.resultaten.figures.map((f) => [f.label, f.value, f.target])).toEqual([
      ['Trajecten', 50, 66.7],
      ['Duurzame uitstroom (aantal)', null, null],
      ['Duurzame uitstroom', 42, 40],
      ['Leerbijeenkomsten', 2, 2],
      ['Casusbesprekingen', 7, 6.7],
    ]);
  });

  it('counts a tertiaal only when at least half of it lies in the period', () => {
    expect(tertialenFor({ from: '2021-09-01', to: '2022-07-01' }).map((x) => x.label)).toEqual([
      '2021-T3',
      '2022-T1',
      '2022-T2',
    ]);
    expect(tertialenFor({ from: '2026-06-01', to: '2026-06-10' }).map((x) => x.label)).toEqual(['2026-T2']);
  });

  it('gives levels per domain under the small-group rule', () => {
    expect(t2.samenwerking.levels.overall).toEqual({ median: 3.5, n: 11 });
    expect(t2.samenwerking.levels.byDomain.uwv).toEqual({ hidden: true, n: null });
    expect(t2.samenwerking.levels.byDomain.ggz).toMatchObject({ n: 4 });
    expect(t2.response).toEqual({ answered: 11, members: 12 });
  });

  it('gives the agreed checklist at the end of the period, with changes since before it', () => {
    const item = (n: number) => t2.samenwerking.checklist.find((c) => c.item === n)!;
    expect(t2.samenwerking.checklistTertiaal).toBe('2026-T2');
    expect(item(1)).toMatchObject({ answer: 'ja', changedFrom: undefined });
    expect(item(2)).toMatchObject({ answer: 'ja', changedFrom: null });
    expect(item(4)).toMatchObject({ answer: 'in_ontwikkeling', changedFrom: 'nee' });
    expect(item(9)).toMatchObject({ answer: 'in_ontwikkeling', changedFrom: undefined });
    expect(item(20)).toMatchObject({ answer: null, changedFrom: undefined });
  });
});

describe('the draft as text', () => {
  const headings = [
    '1 Algemeen',
    'Wat ging goed?',
    'Wat waren de knelpunten?',
    'Wat heeft u gedaan om de knelpunten op te lossen?',
    'Welke leerpunten, inzichten en kennis heeft het project tot nu toe opgeleverd?',
    '3 Samenvatting van de inhoudelijke resultaten tot nu toe',
    '4 Samenwerking tussen projectpartners',
    '5 Overige opmerkingen',
  ];

  it('follows the national form in Markdown, each section ending with a Samenvatting line', () => {
    const md = renderEvaluationMarkdown(t2);
    for (const h of headings) expect(md).toContain(h);
    expect(md.match(/Samenvatting: …/g)).toHaveLength(4);
    for (const section of md.split(/^## /m).slice(1))
      expect(section.trim()).toMatch(/\*\*Samenvatting: …\*\*$/);
    expect(md).toContain('- Te weinig tijd voor overleg (3 keer genoemd; open)');
    expect(md).toContain('in behandeling op 9 juni 2026; opgelost op 7 juli 2026');
    expect(md).toContain('Trajecten: 30 (doel naar rato 33,3, jaardoel 100)');
    expect(md).toContain('UWV: te weinig antwoorden om te tonen');
    expect(md).toContain('Eén tekst is weggelaten omdat ze mogelijk cliëntgegevens bevatten.');
    expect(md).toContain('Periode: 1 mei 2026 t/m 31 augustus 2026');
    expect(md).not.toContain('111222333');
    for (const name of MEMBER_NAMES) expect(md).not.toContain(name);
  });

  it('escapes what members typed in Markdown: no raw HTML, no heading of their own', () => {
    const typed = { ...t2, algemeen: { ...t2.algemeen, successes: ['<b>vet</b> gezegd', '# Eigen kop'] } };
    const plain = readMarkdown(renderEvaluationMarkdown(t2));
    const read = readMarkdown(renderEvaluationMarkdown(typed));
    expect(read.html).toEqual([]);
    expect(read.headings).toEqual(plain.headings);
    expect(read.paragraphs).toContain('<b>vet</b> gezegd');
    expect(read.paragraphs).toContain('# Eigen kop');
  });

  it('reads back in a .docx reader (mammoth) with headings, real lists and the checklist as a table', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(renderEvaluationDocx(t2)) });
    expect(html).toContain('<h1>1 Algemeen</h1>');
    // Bullets are a Word list, not "•" typed into a paragraph.
    expect(html).toMatch(/<ul><li>Korte lijnen met de klantmanagers<\/li>/);
    expect(html).not.toContain('•');
    const table = html.match(/<table>.*?<\/table>/)?.[0] ?? '';
    expect(table).toContain('<th><p><strong>Randvoorwaarde</strong></p></th>');
    expect(table.match(/<tr>/g)).toHaveLength(21);
    expect(table).toContain(
      '<td><p>15</p></td><td><p>Er is transparantie over geldende privacywet- en regelgeving en de maatregelen daarvoor</p></td>',
    );
  });

  it('carries title, author Schakel and language nl-NL in docProps/core.xml, as Word shows them', () => {
    const files = unzipSync(renderEvaluationDocx(t2));
    const core = new TextDecoder().decode(files['docProps/core.xml']);
    expect(core).toContain(`<dc:title>Evaluatie Hoofdzaak Werk – ${t2.region.name}</dc:title>`);
    expect(core).toContain('<dc:creator>Schakel</dc:creator>');
    expect(core).toContain('<dc:language>nl-NL</dc:language>');
    const types = new TextDecoder().decode(files['[Content_Types].xml']);
    expect(types).toContain('PartName="/docProps/core.xml"');
    expect(new TextDecoder().decode(files['_rels/.rels'])).toContain('Target="docProps/core.xml"');
  });

  it('is a valid .docx: a zip with word/document.xml holding the section headings', () => {
    const docx = renderEvaluationDocx(t2);
    expect(Buffer.from(docx.subarray(0, 2)).toString('latin1')).toBe('PK');
    const files = unzipSync(docx);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']),
    );
    const xml = new TextDecoder().decode(files['word/document.xml']);
    for (const h of headings) expect(xml).toContain(h);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml.match(/Samenvatting: …/g)).toHaveLength(4);
    for (const name of MEMBER_NAMES) expect(xml).not.toContain(name);
    // Same draft, same bytes: nothing in the file depends on when it was written.
    expect(renderEvaluationDocx(t2)).toEqual(docx);
  });
});
