import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * What a reader of a PDF that Schakel made gets, read by Mozilla's PDF.js (an independent parser):
 * the text of each page, one line per drawn line, top to bottom, and the tagged structure tree.
 */
async function open(bytes: Uint8Array) {
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 });
  const pdf = await task.promise;
  return Object.assign(pdf, { close: () => task.destroy() });
}

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await open(bytes);
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const lines: string[] = [];
    let line = '';
    let lastY: number | undefined;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const y = item.transform[5] as number;
      // Bold runs are separate items on the same line; a new baseline starts a new line.
      if (lastY !== undefined && Math.abs(y - lastY) > 1 && line !== '') {
        lines.push(line.trimEnd());
        line = '';
      }
      line += item.str;
      lastY = y;
      if (item.hasEOL) {
        lines.push(line.trimEnd());
        line = '';
        lastY = undefined;
      }
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    pages.push(lines.filter((l) => l.trim() !== '').join('\n'));
  }
  await pdf.close();
  return pages;
}

/** Where each drawn line starts from the top of its page (points), with its text: to measure gaps. */
export async function pdfLinePositions(
  bytes: Uint8Array,
): Promise<Array<{ page: number; top: number; text: string }>> {
  const pdf = await open(bytes);
  const lines: Array<{ page: number; top: number; text: string }> = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = page.getViewport({ scale: 1 }).height;
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const top = Math.round(height - (item.transform[5] as number));
      const last = lines.at(-1);
      if (last && last.page === n && Math.abs(last.top - top) <= 1) last.text += item.str;
      else lines.push({ page: n, top, text: item.str });
    }
  }
  await pdf.close();
  return lines;
}

/** All pages' text as one string. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).join('\n');
}

export interface StructNode {
  readonly role: string;
  readonly alt?: string;
  readonly lang?: string;
  readonly children: StructNode[];
}

/** The structure tree of each page as PDF.js reads it (what a screen reader walks). */
export async function pdfStructure(bytes: Uint8Array): Promise<StructNode[]> {
  const pdf = await open(bytes);
  const trees: StructNode[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const tree = await (await pdf.getPage(n)).getStructTree();
    if (tree) trees.push(simplify(tree as unknown as RawNode));
  }
  await pdf.close();
  return trees;
}

interface RawNode {
  role?: string;
  alt?: string;
  lang?: string;
  children?: RawNode[];
  type?: string;
}

function simplify(node: RawNode): StructNode {
  return {
    role: node.role ?? node.type ?? '',
    ...(node.alt ? { alt: node.alt } : {}),
    ...(node.lang ? { lang: node.lang } : {}),
    children: (node.children ?? []).filter((c) => c.role !== undefined).map(simplify),
  };
}

/** Every role in the trees, depth first. */
export function roles(nodes: readonly StructNode[]): string[] {
  return nodes.flatMap((n) => [n.role, ...roles(n.children)]);
}
