import PDFDocument from 'pdfkit';
import { type DigestDocument, type DigestEdition, DRAFT_MARK } from '../domain/digest-document.ts';
import { escapeMarkdown, escapeXml } from '../escape.ts';
import { words } from '../messages/catalogue/words.ts';
import type { Locale } from '../messages/locale.ts';
import { trendChartDescription } from './chart-svg.ts';
import { drawable, PDF_FONTS } from './pdf-glyphs.ts';
import { markdownSections } from './render-markdown.ts';
import { fixedSummary } from './summary-text.ts';
import { correctionText, periodText, stillRunningText, summaryLines, title } from './texts.ts';

/**
 * The whole digest as a PDF for the meeting papers and the archive: PDF/A-2a (archivable) and
 * tagged for PDF/UA (a screen reader gets headings, lists, paragraphs and the chart's description
 * in reading order), title and language (nl-NL, or en-GB for `schakel digest --en`) in the
 * document and its XMP metadata, DejaVu Sans
 * embedded. pdfkit writes the structure tree, the XMP and the fonts for us (pdf-lib cannot tag).
 *
 * The content is the preview's: the summary text on top (the projectleider's, or for a plain
 * draft the fixed summary from the figures), the chart, then the same sections as the Markdown
 * screen, line by line, so the two never drift apart.
 */

const MARGIN = 56;
const SIZE = 10.5;
const INK = '#1a1a1a';

type Doc = InstanceType<typeof PDFDocument>;
type Struct = ReturnType<Doc['struct']>;

export async function renderPdf(
  d: DigestDocument,
  chartPng: Uint8Array | null,
  now: Date,
  edition?: DigestEdition,
  locale: Locale = 'nl',
): Promise<Uint8Array> {
  const heading = title(d, locale);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: locale === 'en' ? 'en-GB' : 'nl-NL',
    displayTitle: true,
    // Fixed dates keep the same digest the same file.
    info: {
      Title: heading,
      Author: 'Schakel',
      Creator: 'Schakel',
      Producer: 'Schakel',
      CreationDate: now,
      ModDate: now,
    },
    autoFirstPage: true,
  });
  declarePdfUa(doc, heading);
  const done = collect(doc);
  doc.registerFont('regular', PDF_FONTS.regular);
  doc.registerFont('bold', PDF_FONTS.bold);
  // About 1.45 times the font size between lines: easier to read, as WCAG's text spacing asks.
  doc.fillColor(INK).lineGap(3);
  const width = doc.page.width - 2 * MARGIN;
  // What the fonts cannot draw, as words in the document's language ("(emoji)").
  const draw = (text: string) => drawable(text, locale);
  const root = doc.struct('Document');
  doc.addStructure(root);

  const block = (tag: string, text: string, font: 'regular' | 'bold', size: number, gapAfter = 4) =>
    root.add(
      doc.struct(tag, {}, () => {
        doc.font(font).fontSize(size).text(draw(text), MARGIN, doc.y, { width });
        doc.moveDown(gapAfter / size);
      }),
    );

  block('H1', heading, 'bold', 18, 6);
  if (edition?.draft) block('P', DRAFT_MARK, 'bold', SIZE);
  if (edition?.corrects) block('P', correctionText(d, locale), 'bold', SIZE);
  const version = edition ? ` — ${words(locale).documents.digest.version(edition.version)}` : '';
  block('P', `${periodText(d, locale)}${version}`, 'regular', SIZE, 8);
  const running = stillRunningText(d, edition, locale);
  if (running) block('P', running, 'regular', SIZE, 8);
  const summary = edition ? edition.summary : fixedSummary(d, locale);
  for (const paragraph of paragraphsOf(summary)) block('P', paragraph, 'regular', SIZE + 0.5, 6);

  if (chartPng) {
    // The PNG's own size (its IHDR): a long region name makes the chart taller.
    const png = Buffer.from(chartPng);
    const height = (width / png.readUInt32BE(16)) * png.readUInt32BE(20);
    if (doc.y + height > doc.page.maxY()) doc.addPage();
    root.add(
      doc.struct(
        'Figure',
        { alt: words(locale).documents.chart.alt(d.region.name, trendChartDescription(d, locale)) },
        () => {
          doc.image(png, MARGIN, doc.y, { width });
        },
      ),
    );
    doc.y += height + 8;
  }

  writeSections(doc, root, markdownSections(d, edition, escapeMarkdown, locale), width, draw);
  root.end();
  doc.end();
  return done;
}

/**
 * The Markdown lines as tagged PDF: `## ` a heading (kept with the first lines below it), `- ` a
 * list item (two spaces more: one level deeper), anything else a paragraph. Our own `**` and `_`
 * marks become bold and plain text; the backslashes that kept member text literal are taken off
 * after that (see `styled`), so a member's `**` stays two asterisks.
 */
function writeSections(
  doc: Doc,
  root: Struct,
  lines: readonly string[],
  width: number,
  draw: (text: string) => string,
): void {
  const lists: Struct[] = [];
  const closeLists = (depth: number) => {
    while (lists.length > depth) lists.pop()!.end();
  };
  for (const raw of lines) {
    if (raw.trim() === '') continue;
    const item = /^( *)- (.*)$/.exec(raw);
    if (!item) closeLists(0);
    if (raw.startsWith('## ')) {
      doc.moveDown(0.6);
      // A heading never stands alone at the foot of a page: it needs room for three lines under it.
      const needed = measure(doc, draw, raw.slice(3), width, 13, true) + 3 * lineHeight(doc, SIZE);
      if (doc.y + needed > doc.page.maxY()) doc.addPage();
      root.add(doc.struct('H2', {}, () => styled(doc, draw, raw.slice(3), MARGIN, width, 13, true)));
      doc.moveDown(0.3);
      continue;
    }
    if (!item) {
      root.add(
        doc.struct('P', {}, () => styled(doc, draw, raw.replace(/^_(.*)_$/, '$1'), MARGIN, width, SIZE)),
      );
      continue;
    }
    const depth = Math.floor((item[1] ?? '').length / 2);
    closeLists(depth + 1);
    while (lists.length < depth + 1) {
      const list = doc.struct('L');
      (lists.at(-1) ?? root).add(list);
      lists.push(list);
    }
    const indent = MARGIN + 12 + depth * 16;
    const text = item[2] ?? '';
    // An item starts where all of it fits, so its bullet and its lines stay on one page.
    if (doc.y + measure(doc, draw, text, width - (indent - MARGIN), SIZE) > doc.page.maxY()) doc.addPage();
    const top = doc.y;
    lists[depth]!.add(
      doc.struct('LI', {}, [
        doc.struct('Lbl', {}, () => {
          doc
            .font('regular')
            .fontSize(SIZE)
            .text(depth === 0 ? '•' : '–', indent - 10, top, { lineBreak: false });
        }),
        doc.struct('LBody', {}, () =>
          styled(doc, draw, text, indent, width - (indent - MARGIN), SIZE, false, top),
        ),
      ]),
    );
  }
  closeLists(0);
}

/**
 * One line of text whose `**…**` runs are bold; it wraps within `width`. pdfkit's `continued`
 * runs do not move the cursor past a wrapped line, so the cursor is set below the measured text.
 */
function styled(
  doc: Doc,
  draw: (text: string) => string,
  text: string,
  x: number,
  width: number,
  size: number,
  bold = false,
  y = doc.y,
): void {
  const height = measure(doc, draw, text, width, size, bold);
  const runs = text.split(/(?<!\\)\*\*/);
  doc.fontSize(size);
  runs.forEach((run, i) => {
    const last = i === runs.length - 1;
    doc.font(bold || i % 2 === 1 ? 'bold' : 'regular');
    const shown = draw(literal(run));
    if (i === 0) doc.text(shown, x, y, { width, continued: !last });
    else doc.text(shown, { continued: !last });
  });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, y + height);
  doc.moveDown(0.25);
}

/** The backslashes that kept member text literal in Markdown, taken off (CommonMark's rule). */
function literal(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * How tall `text` (our `**` marks off) is when wrapped within `width`: in the regular face when
 * none of it is bold, else in the wider bold face. Measuring plain text in bold made a line that
 * just fits count as two, which left an empty line under it.
 */
function measure(
  doc: Doc,
  draw: (text: string) => string,
  text: string,
  width: number,
  size: number,
  bold = false,
): number {
  const marked = /(?<!\\)\*\*/.test(text);
  const plain = draw(literal(text.replace(/(?<!\\)\*\*/g, '')));
  return doc
    .font(bold || marked ? 'bold' : 'regular')
    .fontSize(size)
    .heightOfString(plain, { width });
}

function lineHeight(doc: Doc, size: number): number {
  return doc.font('regular').fontSize(size).currentLineHeight(true);
}

/** The summary text in paragraphs: a blank line separates them, a single line break stays one. */
function paragraphsOf(summary: string): string[] {
  return summaryLines(summary)
    .join('\n')
    .split(/\n\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * PDF/A-2a asks for the tagging PDF/UA needs too; the XMP also says so (pdfuaid), which is what
 * checkers look for. pdfkit copies the title into the XMP unescaped, so it is escaped for that.
 */
function declarePdfUa(doc: Doc, heading: string): void {
  doc.appendXML(`
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        `);
  const escapeForXmp = doc.endOutline.bind(doc);
  // endOutline runs after the Info dictionary is written and before the XMP is.
  doc.endOutline = () => {
    doc.info.Title = escapeXml(heading);
    escapeForXmp();
  };
}

function collect(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}
