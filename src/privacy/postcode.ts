import { isAsciiLetterCode } from './chars.ts';
import type { Finding } from './findings.ts';
import { isCapitalised, isGlued, type Token, wordSet } from './tokens.ts';

// PostNL never issues these letter pairs (they recall the Second World War).
const NEVER_ISSUED = wordSet('SA SD SS');
// Units glued to a number: "1000mg", "1500kg", "2000km".
const UNITS = wordSet('mg kg km cm mm ml cl dl gb mb kb tb kw uu hz');
// Two-letter Dutch (and common English) words that follow a year or a count: "2023 en 2024", "2026 is".
const SHORT_WORDS =
  wordSet(`en in op is of om te al nu na zo ze we je er de ik ja ok uw ca pp bv to at an or by on if it as be
  vs mn zn`);
// Upper-case pairs that follow a year as an abbreviation: "sinds 2021 HW", "in 2024 WW en bijstand".
const YEAR_ABBREVIATIONS = wordSet('HW WW PW AO HR PR EU NL OK ZZ IT AI');

/**
 * Dutch postcodes "1234 AB" and "1234AB": four digits starting 1-9 and two letters, not the pairs
 * SA, SD or SS. Upper-case letters count on their own. Lower-case letters count when glued to the
 * digits ("1234ab", but not units like "1000mg"), or after a space when the word "postcode" comes
 * just before or a place name just after ("2513 aa Den Haag"), never when they form a short word
 * ("2023 en", "2026 is").
 *
 * The postcode that starts at number token k, or null.
 */
export function postcodeAt(tokens: readonly Token[], k: number): Finding | null {
  const digits = tokens[k]!;
  if (digits.type !== 'number' || digits.text.length !== 4 || digits.text.charAt(0) === '0') return null;
  const letters = tokens[k + 1];
  if (letters?.type !== 'word' || !isTwoAsciiLetters(letters.text)) return null;
  const gap = letters.start - digits.end;
  if (gap > 1 || (gap === 1 && letters.lineBefore)) return null;
  if (continuesOtherNumber(tokens, k)) return null;
  if (!lettersFit(tokens, k, digits, letters)) return null;
  return { kind: 'postcode', start: digits.start, end: letters.end };
}

function isTwoAsciiLetters(text: string): boolean {
  return text.length === 2 && isAsciiLetterCode(text.charCodeAt(0)) && isAsciiLetterCode(text.charCodeAt(1));
}

function lettersFit(tokens: readonly Token[], k: number, digits: Token, letters: Token): boolean {
  const upper = letters.text.toUpperCase();
  if (NEVER_ISSUED.has(upper)) return false;
  if (letters.text === upper) {
    const year = Number(digits.text);
    return !(year >= 1900 && year <= 2099 && YEAR_ABBREVIATIONS.has(upper));
  }
  if (SHORT_WORDS.has(letters.key)) return false;
  if (isGlued(digits, letters)) return !UNITS.has(letters.key);
  return hasPostcodeCue(tokens, k) || isCapitalised(tokens[k + 2]);
}

function hasPostcodeCue(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (tokens[j]!.key.startsWith('postcode')) return true;
  }
  return false;
}

/** "Z/26/1234 AB" or "2023-1234": the digits are the tail of another number; "€ 1500 EU" is money. */
function continuesOtherNumber(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (before === undefined) return false;
  if (before.text === '€') return true;
  if (!isGlued(before, tokens[k]) || before.type !== 'punct') return false;
  const earlier = tokens[k - 2];
  return earlier !== undefined && earlier.type !== 'punct' && isGlued(earlier, before);
}
