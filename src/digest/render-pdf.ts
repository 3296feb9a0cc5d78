import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { type DigestDocument, type DigestEdition, DRAFT_MARK } from './document.ts';
import { markdownSections } from './render-markdown.ts';
import { correctionText, periodText, summaryLines, title } from './texts.ts';

/**
 * The whole digest as a PDF for the meeting papers: the projectleider's summary text, the chart as
 * an image and the same sections as the Markdown screen (those left out are not there at all).
 * pdf-lib is pure JavaScript; its built-in Helvetica needs no font files, and covers Dutch letters
 * (ë, é, ï) but not every sign, so those are spelled out (see `encodable`). Text that does not fit
 * a page continues on the next.
 */

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const SIZE = 10.5;
const LEADING = 14;
const INK = rgb(0.1, 0.1, 0.1);

interface Writer {
  page: PDFPage;
  y: number;
}

export async function renderPdf(
  d: DigestDocument,
  chartPng: Uint8Array | null,
  now: Date,
  edition?: DigestEdition,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title(d));
  pdf.setLanguage('nl-NL');
  pdf.setProducer('Schakel');
  // Fixed dates keep the same digest the same file.
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const w: Writer = { page: pdf.addPage(A4), y: A4[1] - MARGIN };
  const width = A4[0] - 2 * MARGIN;

  const newPageIfNeeded = (needed: number) => {
    if (w.y - needed >= MARGIN) return;
    w.page = pdf.addPage(A4);
    w.y = A4[1] - MARGIN;
  };
  const write = (text: string, font: PDFFont, size: number, indent = 0, hanging = '  ') => {
    for (const line of wrap(encodable(text, font), font, size, width - indent, hanging)) {
      newPageIfNeeded(size + 4);
      w.y -= size + 4;
      w.page.drawText(line, { x: MARGIN + indent, y: w.y, size, font, color: INK });
    }
  };

  write(title(d), bold, 18);
  if (edition?.draft) write(DRAFT_MARK, bold, SIZE + 1);
  if (edition?.corrects) write(correctionText(d), bold, SIZE + 1);
  write(`${periodText(d)}${edition ? ` — versie ${edition.version}` : ''}`, regular, SIZE);
  const summary = summaryLines(edition?.summary ?? '');
  if (summary.length > 0) w.y -= LEADING / 2;
  for (const line of summary) {
    if (line === '') w.y -= LEADING / 2;
    else write(line, regular, SIZE + 0.5, 0, '');
  }
  if (chartPng) {
    const image = await pdf.embedPng(chartPng);
    const scale = width / image.width;
    newPageIfNeeded(image.height * scale + 12);
    w.y -= image.height * scale + 12;
    w.page.drawImage(image, { x: MARGIN, y: w.y, width, height: image.height * scale });
  }

  // The sections follow the Markdown screen line by line, so the two never drift apart.
  for (const raw of markdownSections(d, edition, (text) => text)) {
    if (raw.trim() === '') {
      w.y -= LEADING / 3;
      continue;
    }
    if (raw.startsWith('## ')) {
      w.y -= 6;
      // A heading never stands alone at the foot of a page.
      newPageIfNeeded(13 + 4 + 2 * LEADING);
      write(raw.slice(3), bold, 13);
      continue;
    }
    const indent = (raw.length - raw.trimStart().length) * 6;
    const text = raw
      .trim()
      .replace(/\*\*/g, '')
      .replace(/^_(.*)_$/, '$1')
      .replace(/^- /, '• ');
    write(text, regular, SIZE, indent);
  }
  return pdf.save({ useObjectStreams: false });
}

/** Replaces signs the standard font cannot show with plain equivalents, never dropping a word. */
function encodable(text: string, font: PDFFont): string {
  const known = new Set(font.getCharacterSet());
  const plain = text
    .replace(/→/g, '->')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/ĳ/g, 'ij')
    .replace(/Ĳ/g, 'IJ')
    .replace(/\t/g, ' ');
  return [...plain].map((c) => (known.has(c.codePointAt(0)!) ? c : '?')).join('');
}

/**
 * Lines that fit `width`; continuation lines start with `hanging` (two spaces under a list item,
 * nothing in running text). A word longer than a whole line is cut rather than run off the page.
 */
function wrap(text: string, font: PDFFont, size: number, width: number, hanging: string): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter((w) => w !== '')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line !== '') lines.push(line);
    line = lines.length > 0 ? hanging : '';
    while (!fits(line + word)) {
      let cut = word.length - 1;
      while (cut > 1 && !fits(line + word.slice(0, cut))) cut--;
      lines.push(line + word.slice(0, cut));
      word = word.slice(cut);
      line = hanging;
    }
    line += word;
  }
  if (line.trim() !== '') lines.push(line);
  return lines;
}
