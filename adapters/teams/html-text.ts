import { decodeHTML } from 'entities';

/** A tag as Teams writes one: `<p>`, `</p>`, `<br/>`, `<at>`, `<span style="…">`. */
const TAG = /<\/?([a-z][a-z0-9-]*)(?:\s[^<>]*)?\/?>/gi;
/** An entity or character reference: `&amp;`, `&nbsp;`, `&#160;`, `&#xA0;`. */
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
/** What a reader never sees: a comment, and the contents of a style or script element. */
const HIDDEN = /<!--[\s\S]*?(?:-->|$)|<(style|script)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** Tags that start a line of their own where Teams shows the message. */
const BLOCKS = new Set([
  'address',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/**
 * Whether Teams sent the text as HTML: it says so (`textFormat` xml or html), or the text holds a
 * tag or an entity. A Teams client writes what the member typed that way: "Werk & Inkomen" as
 * `Werk &amp; Inkomen`, a typed `<b>` as `&lt;b&gt;`, a paragraph as `<p>…</p>`.
 */
export function isTeamsHtml(text: string, textFormat: unknown): boolean {
  if (textFormat === 'xml' || textFormat === 'html') return true;
  return new RegExp(TAG.source, 'i').test(text) || ENTITY.test(text);
}

/**
 * The text as the member sees it in Teams: tags gone (a paragraph, a line break, a list item on a
 * line of its own), entities decoded (a non-breaking space as a space), what is never shown left
 * out. Tags are taken out before entities are decoded, so a typed `&lt;b&gt;` stays the text `<b>`.
 */
export function plainFromTeamsHtml(html: string): string {
  const withoutTags = html
    .replace(HIDDEN, '')
    .replace(TAG, (_tag, name: string) => (BLOCKS.has(name.toLowerCase()) ? '\n' : ''));
  return decodeHTML(withoutTags)
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
