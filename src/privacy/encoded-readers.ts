import { isAsciiLetterCode, isDigitCode } from './chars.ts';

/**
 * Readers of one encoding at one place, for the encoded view (encoded-view.ts): each looks at a bounded
 * window from where it stands and says what a reader sees there and where the encoding ends, or null.
 */
export interface Read {
  readonly text: string;
  readonly end: number;
}

const MAX_NUMERIC_DIGITS = 7;

function hexCode(code: number): boolean {
  return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 102);
}

/** Whether the "&", "<" or "%" (`c`) at `i` may start an encoding: no reader below reads one that does not. */
export function opensAt(text: string, i: number, c: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (c === 37) return hexCode(next) && hexCode(text.charCodeAt(i + 2));
  return (c === 38 ? next === 35 : next === 47) || isAsciiLetterCode(next);
}
const MAX_ENTITY_NAME = 8;
const MAX_TAG_NAME = 10;
const MAX_TAG = 256;

// The named references people and editors write; the rest of HTML's 2,000 are left as typed.
const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  shy: '\u00ad',
  zwj: '\u200d',
  zwnj: '\u200c',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  euro: '\u20ac',
};
for (const [letter, accents] of Object.entries({ a: 'ÀÁÂÄ', e: 'ÈÉÊË', i: 'ÌÍÎÏ', o: 'ÒÓÔÖ', u: 'ÙÚÛÜ' })) {
  const names = ['grave', 'acute', 'circ', 'uml'];
  names.forEach((name, k) => {
    const capital = accents.charAt(k);
    (NAMED as Record<string, string>)[`${letter.toUpperCase()}${name}`] = capital;
    (NAMED as Record<string, string>)[`${letter}${name}`] = capital.toLowerCase();
  });
}
(NAMED as Record<string, string>).ccedil = 'ç';
(NAMED as Record<string, string>).Ccedil = 'Ç';

// Tags a reader does not see: inline ones join what is either side ("schizo<i></i>frenie"), a cell is a
// space, and the rest (paragraphs, breaks, list items, headings) start a line.
const GLUE = 0;
const SPACE = 1;
const LINE = 2;
const TAGS: ReadonlyMap<string, number> = new Map([
  ...'a abbr b bdi bdo big cite code del dfn em font i ins kbd mark nobr q s samp small span strike strong sub sup tt u var wbr'
    .split(' ')
    .map((t) => [t, GLUE] as const),
  ...'td th img'.split(' ').map((t) => [t, SPACE] as const),
  ...'address article aside blockquote br center dd div dl dt footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'
    .split(' ')
    .map((t) => [t, LINE] as const),
]);
const TAG_READ = ['', ' ', '\n'];

function hexValue(code: number): number {
  if (isDigitCode(code)) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** Text a reader can see: no control characters but tab and line breaks, no C1 controls, no U+FFFD. */
export function isVisibleCodePoint(cp: number): boolean {
  if (cp < 32) return cp === 9 || cp === 10 || cp === 13;
  if (cp >= 0x7f && cp <= 0x9f) return false;
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return cp !== 0xfffd && cp <= 0x10ffff && (cp & 0xfffe) !== 0xfffe;
}

/** "&#49;", "&#x31;", "&nbsp;" at `i` (a "&"): the character a browser shows. A numeric one may lack its ";". */
export function entityAt(text: string, i: number): Read | null {
  let j = i + 1;
  if (text.charCodeAt(j) === 35) {
    j++;
    const hex = (text.charCodeAt(j) | 32) === 120;
    if (hex) j++;
    const digitsFrom = j;
    let cp = 0;
    while (j - digitsFrom < MAX_NUMERIC_DIGITS) {
      const c = text.charCodeAt(j);
      const v = hex ? hexValue(c) : isDigitCode(c) ? c - 48 : -1;
      if (v < 0) break;
      cp = cp * (hex ? 16 : 10) + v;
      j++;
    }
    if (j === digitsFrom || cp === 0 || !isVisibleCodePoint(cp)) return null;
    if (text.charCodeAt(j) === 59) j++;
    return { text: String.fromCodePoint(cp), end: j };
  }
  while (j - i - 1 < MAX_ENTITY_NAME && isAsciiLetterCode(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) !== 59) return null;
  const read = NAMED[text.slice(i + 1, j)];
  return read === undefined ? null : { text: read, end: j + 1 };
}

/** An HTML tag at `i` (a "<") of a known element: "<b>", "</p>", "<br/>", "<span class=x>". */
export function tagAt(text: string, i: number): Read | null {
  let j = i + 1;
  if (text.charCodeAt(j) === 47) j++;
  const nameFrom = j;
  while (
    j - nameFrom < MAX_TAG_NAME &&
    (isAsciiLetterCode(text.charCodeAt(j)) || isDigitCode(text.charCodeAt(j)))
  )
    j++;
  const kind = TAGS.get(text.slice(nameFrom, j).toLowerCase());
  if (kind === undefined) return null;
  const c = text.charCodeAt(j);
  if (c !== 62 && c !== 47 && c !== 32 && c !== 10 && c !== 9) return null;
  // The tag ends at its ">", within a bound and before any other "<".
  while (j - i < MAX_TAG) {
    const d = text.charCodeAt(j);
    if (d === 62) return { text: TAG_READ[kind]!, end: j + 1 };
    if (d === 60 || Number.isNaN(d)) return null;
    j++;
  }
  return null;
}

function byteAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== 37) return -1;
  const high = hexValue(text.charCodeAt(i + 1));
  const low = hexValue(text.charCodeAt(i + 2));
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

/** "%31", "%20", "%C3%AB" at `i` (a "%"): one character, its UTF-8 bytes percent-encoded. */
export function percentAt(text: string, i: number): Read | null {
  const lead = byteAt(text, i);
  if (lead < 0) return null;
  if (lead < 0x80) return isVisibleCodePoint(lead) ? { text: String.fromCharCode(lead), end: i + 3 } : null;
  const more =
    lead >= 0xc2 && lead <= 0xdf
      ? 1
      : lead >= 0xe0 && lead <= 0xef
        ? 2
        : lead >= 0xf0 && lead <= 0xf4
          ? 3
          : 0;
  if (more === 0) return null;
  let cp = lead & (0x3f >> more);
  for (let k = 1; k <= more; k++) {
    const b = byteAt(text, i + 3 * k);
    if (b < 0x80 || b > 0xbf) return null;
    cp = (cp << 6) | (b & 0x3f);
  }
  const least = more === 1 ? 0x80 : more === 2 ? 0x800 : 0x10000;
  if (cp < least || !isVisibleCodePoint(cp)) return null;
  return { text: String.fromCodePoint(cp), end: i + 3 * (more + 1) };
}
