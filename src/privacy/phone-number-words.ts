import type { Finding } from './findings.ts';
import type { Token } from './tokens.ts';

/*
 * Batch 50: a phone number read out in Dutch number words, in the groups it is said in: "nul vijf drie,
 * vier drie twee, zeventien negenentachtig", "nul zes, twaalf, vierendertig, zesenvijftig, achtenzeventig",
 * or as one dashed chain ("nul-zes-vier-vijf-zeven-drie-twee-een-negen-acht"). From a word starting with
 * "nul": digit words and the words for 10 to 99, joined by spaces, commas or dashes, exactly ten digits in
 * the shape of a Dutch mobile or geographic number, with no more number words after. Bounded walk: at most
 * 12 tokens and 10 parts of a dashed chain.
 */
const UNITS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = [
  'tien',
  'elf',
  'twaalf',
  'dertien',
  'veertien',
  'vijftien',
  'zestien',
  'zeventien',
  'achttien',
  'negentien',
];
const TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];

function numberWords(): ReadonlyMap<string, string> {
  const words = new Map<string, string>(UNITS.map((w, d) => [w, String(d)]));
  for (const [d, w] of TEENS.entries()) words.set(w, String(10 + d));
  for (const [t, tens] of TENS.entries()) {
    words.set(tens, `${t + 2}0`);
    // "eenentwintig", "tweeentwintig" (the key drops the diaeresis of "tweeëntwintig").
    for (let u = 1; u < 10; u++) words.set(`${UNITS[u]}en${tens}`, `${t + 2}${u}`);
  }
  return words;
}
const NUMBER_WORDS = numberWords();
const DIGITS = 10;
const MAX_TOKENS = 12;
const MAX_CHAIN_PARTS = 10;
const JOINS = new Set([',', '-']);
const PHONE_SHAPE = /^0(?:6[1-9]|[1-57]\d)\d{7}$/;

/** The digits a word says ("twaalf" → "12", "nul-zes-vier" → "064"), or '' when it is not all number words. */
function digitsOfWord(key: string): string {
  let digits = '';
  let from = 0;
  for (let part = 0; part < MAX_CHAIN_PARTS && from <= key.length; part++) {
    const dash = key.indexOf('-', from);
    const to = dash === -1 ? key.length : dash;
    const value = NUMBER_WORDS.get(key.slice(from, to));
    if (value === undefined) return '';
    digits += value;
    if (dash === -1) return digits;
    from = dash + 1;
  }
  return '';
}

/** The phone number said in number words from token k (a word starting with "nul"), or null. */
export function numberWordsPhoneAt(tokens: readonly Token[], k: number): Finding | null {
  let digits = '';
  let words = 0;
  for (let i = k; i < tokens.length && i < k + MAX_TOKENS; i++) {
    const token = tokens[i]!;
    if (token.type === 'punct' && JOINS.has(token.text) && i > k) continue;
    const said = token.type === 'word' ? digitsOfWord(token.key) : '';
    if (said === '') return null;
    digits += said;
    words++;
    if (digits.length > DIGITS) return null;
    if (digits.length === DIGITS) {
      const after = tokens[i + 1];
      const next = after?.type === 'punct' && JOINS.has(after.text) ? tokens[i + 2] : after;
      if (
        next !== undefined &&
        (next.type === 'number' || (next.type === 'word' && digitsOfWord(next.key) !== ''))
      )
        return null;
      return words >= 2 || token.key.includes('-') ? finding(tokens, k, token, digits) : null;
    }
  }
  return null;
}

function finding(tokens: readonly Token[], k: number, last: Token, digits: string): Finding | null {
  return PHONE_SHAPE.test(digits) ? { kind: 'phone', start: tokens[k]!.start, end: last.end } : null;
}
