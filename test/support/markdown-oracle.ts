import { Parser } from 'commonmark';

/**
 * What a Markdown reader makes of a text, by the CommonMark reference parser: the headings, any
 * raw HTML that would pass through, and the plain text of every paragraph (list items included).
 */
export function readMarkdown(md: string): { headings: string[]; html: string[]; paragraphs: string[] } {
  const walker = new Parser().parse(md).walker();
  const headings: string[] = [];
  const html: string[] = [];
  const paragraphs: string[] = [];
  let text: string[] | null = null;
  for (let step = walker.next(); step; step = walker.next()) {
    const { node, entering } = step;
    if (node.type === 'html_inline' || node.type === 'html_block') html.push(node.literal ?? '');
    if (node.type === 'heading' || node.type === 'paragraph') {
      if (entering) text = [];
      else {
        (node.type === 'heading' ? headings : paragraphs).push((text ?? []).join(''));
        text = null;
      }
    }
    if (entering && text && (node.type === 'text' || node.type === 'code')) text.push(node.literal ?? '');
    if (entering && text && (node.type === 'softbreak' || node.type === 'linebreak')) text.push(' ');
  }
  return { headings, html, paragraphs };
}
