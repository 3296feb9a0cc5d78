import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef } from 'pdf-lib';

/**
 * The text a reader sees on each page of a PDF that Schakel made. pdf-lib cannot extract text and
 * the machine has no pdftotext, so this reads the page content streams itself: inflate them
 * (node:zlib) and decode the hex strings of every `Tj` from WinAnsi, the standard fonts' encoding.
 * Each drawn line becomes one line of text, in drawing order (top to bottom).
 */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    return refs
      .map((ref) => pdf.context.lookup(ref as PDFRef))
      .filter((s): s is PDFRawStream => s instanceof PDFRawStream)
      .map((s) => {
        const flate = s.dict.get(PDFName.of('Filter'))?.toString() === '/FlateDecode';
        return Buffer.from(flate ? inflateSync(s.contents) : s.contents).toString('latin1');
      })
      .flatMap((ops) => [...ops.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g)].map((m) => winAnsi(m[1] ?? '')))
      .join('\n');
  });
}

/** All pages' text as one string. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join('\n');
}

// WinAnsi differs from Latin-1 only in 0x80-0x9F.
const HIGH: Record<number, string> = {
  128: '€',
  130: '‚',
  131: 'ƒ',
  132: '„',
  133: '…',
  134: '†',
  135: '‡',
  136: 'ˆ',
  137: '‰',
  138: 'Š',
  139: '‹',
  140: 'Œ',
  142: 'Ž',
  145: '‘',
  146: '’',
  147: '“',
  148: '”',
  149: '•',
  150: '–',
  151: '—',
  152: '˜',
  153: '™',
  154: 'š',
  155: '›',
  156: 'œ',
  158: 'ž',
  159: 'Ÿ',
};

function winAnsi(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const code = Number.parseInt(hex.slice(i, i + 2), 16);
    out += HIGH[code] ?? String.fromCharCode(code);
  }
  return out;
}
