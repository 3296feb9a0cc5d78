import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import type { DigestDocument } from './document.ts';
import { renderMarkdown } from './render-markdown.ts';
import { periodText, title } from './texts.ts';

/**
 * The whole digest as a PDF for the meeting papers: the chart as an image and the same text as the
 * Markdown screen. pdf-lib is pure JavaScript; its built-in Helvetica needs no font files, and
 * covers Dutch letters (ë, é, ï) but not every sign, so those are spelled out (see `encodable`).
 */

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;
const SIZE = 10.5;
const LEADING = 14;

interface Writer {
  page: PDFPage;
  y: number;
}

export async function renderPdf(d: DigestDocument, chartPng: Uint8Array, now: Date): Promise<Uint8Array> {
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
  const write = (text: string, font: PDFFont, size: number, indent = 0) => {
    for (const line of wrap(encodable(text, font), font, size, width - indent)) {
      newPageIfNeeded(size + 4);
      w.y -= size + 4;
      w.page.drawText(line, { x: MARGIN + indent, y: w.y, size, font, color: rgb(0.1, 0.1, 0.1) });
    }
  };

  write(title(d), bold, 18);
  write(periodText(d), regular, SIZE);
  const image = await pdf.embedPng(chartPng);
  const scale = width / image.width;
  newPageIfNeeded(image.height * scale + 12);
  w.y -= image.height * scale + 12;
  w.page.drawImage(image, { x: MARGIN, y: w.y, width, height: image.height * scale });

  // The body follows the Markdown screen line by line, so the two never drift apart.
  for (const raw of renderMarkdown(d).split('\n').slice(3)) {
    if (raw.trim() === '') {
      w.y -= LEADING / 3;
      continue;
    }
    if (raw.startsWith('## ')) {
      w.y -= 6;
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
  const plain = text.replace(/→/g, '->').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  return [...plain].map((c) => (known.has(c.codePointAt(0)!) ? c : '?')).join('');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = `  ${word}`;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}
