import { type Node, Parser } from 'commonmark';

/** Nodes any card text may hold: plain text in paragraphs and Schakel's own one-level "- " lists. */
const PLAIN = new Set(['document', 'paragraph', 'text', 'softbreak', 'linebreak', 'list', 'item']);

function depth(node: Node, type: string): number {
  let n = 0;
  for (let p: Node | null = node; p; p = p.parent) if (p.type === type) n += 1;
  return n;
}

/**
 * What a Markdown reader (the CommonMark reference parser; Teams' card Markdown is a subset of it)
 * makes of every text of an Adaptive Card that Teams reads as Markdown: TextBlocks and facts,
 * also inside shown cards. `markup` names each link, emphasis, heading, raw HTML, code or nested
 * list found, with its text; `text` is the plain text read, one entry per card text.
 */
export function readCardMarkdown(card: unknown): { markup: string[]; text: string } {
  const markup: string[] = [];
  const texts: string[] = [];
  for (const md of markdownTexts(card)) {
    const walker = new Parser().parse(md).walker();
    const out: string[] = [];
    for (let step = walker.next(); step; step = walker.next()) {
      const { node, entering } = step;
      if (!entering) continue;
      if (node.type === 'text') out.push(node.literal ?? '');
      else if (node.type === 'softbreak' || node.type === 'linebreak') out.push('\n');
      if (!PLAIN.has(node.type) || (node.type === 'list' && depth(node, 'list') > 1)) {
        markup.push(`${node.type}: ${node.literal ?? node.destination ?? ''} in ${JSON.stringify(md)}`);
      }
    }
    texts.push(out.join(''));
  }
  return { markup, text: texts.join('\n') };
}

function markdownTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(markdownTexts);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  const own: string[] = [];
  if (o.type === 'TextBlock' && typeof o.text === 'string') own.push(o.text);
  if (o.type === 'FactSet' && Array.isArray(o.facts)) {
    for (const f of o.facts as { title: string; value: string }[]) own.push(f.title, f.value);
  }
  return [...own, ...Object.values(o).flatMap(markdownTexts)];
}
