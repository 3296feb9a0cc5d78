/**
 * One escaping helper per output format, used by every renderer that puts text someone typed
 * (a member, a projectleider, a werkgroep's name) into that format. Our own markup is written
 * around the escaped text, never through it.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML, in an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

// XML 1.0 allows no control characters other than tab, line feed and carriage return, not even
// as a reference, and no lone surrogates: they are dropped rather than making the file unreadable.
function allowedInXml(ch: string): boolean {
  const code = ch.codePointAt(0)!;
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  if (code >= 0xd800 && code <= 0xdfff) return false; // a surrogate left without its pair
  return code !== 0xfffe && code !== 0xffff;
}

/** Text for XML (SVG, WordprocessingML, XMP), in an element or a quoted attribute. */
export function escapeXml(text: string): string {
  return escapeHtml([...text].filter(allowedInXml).join(''));
}

/**
 * Text for Markdown (CommonMark and GitHub's tables), inline: every sign that could start
 * emphasis, code, a link, raw HTML, a heading, a table cell or a list gets a backslash, and a
 * line break becomes a space so one text stays one list item or one paragraph line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*_{}[\]<>#|~&!]/g, '\\$&')
    .replace(/^(\s*)([-+])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

// A web address stays whole: Teams shows a bare address as the link it is, and a backslash in it
// (a digest's token holds "_" and "-") would change where it leads. Brackets end it, so a typed
// "[klik](https://…)" is still no link with a label of its own.
const WEB_ADDRESS = /(https?:\/\/[^\s<>[\]()*`{}|\\]+)/;

/**
 * Text for Teams' card Markdown (an Adaptive Card's TextBlock and facts, a message's text):
 * shown as typed, never as a link, emphasis, heading, list, code or mention. Each sign that could
 * start one gets a backslash (CommonMark's escape, which Teams reads), as does a line's leading
 * marker ("# ", "- ", "1. ", "===") and an "&" that would read as an entity ("&amp;"); leading
 * spaces become no-break spaces, so no line turns into code. Unlike escapeMarkdown, line breaks
 * stay: a card's text keeps its lines.
 */
export function escapeCardMarkdown(text: string): string {
  return text
    .split(/(\r\n?|\n)/)
    .map((line, i) => (i % 2 === 1 ? line : escapeCardLine(line)))
    .join('');
}

function escapeCardLine(line: string): string {
  return line
    .split(WEB_ADDRESS)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\`*_{}[\]<>~]|&(?=#?\w+;)/g, '\\$&')))
    .join('')
    .replace(/^[ \t]+/, (indent) => '\u00a0'.repeat(indent.length))
    .replace(/^(\u00a0*)([-+=#])/, '$1\\$2')
    .replace(/^(\u00a0*\d+)([.)])/, '$1\\$2');
}
