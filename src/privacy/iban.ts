import { getCountrySpecifications, isValidBBAN } from 'ibantools';
import { isAlnumAt, isAsciiLetterCode, isDashCode, isDigitCode, isSpaceLikeCode } from './chars.ts';
import type { Finding } from './findings.ts';

const SPECS = getCountrySpecifications();
const ANY = 0;
const DIGIT = 1;
const LETTER = 2;
// What each position of a country's BBAN must be, read from its format ("^[0-9]{8}[A-Z0-9]{16}$":
// eight digits, then digits or letters), for the formats written as such runs only. The walk stops
// at the first character that cannot fit: "al 401 aanmeldingen" is no Albanian IBAN, and needs not
// be read to its 28th character to know it.
// By the country's index (countryIndex): a two-letter word before a number ("is 12", "om 10") asks for
// its shape without cutting and upper-casing its letters to ask a map.
const BBAN_SHAPES: (Uint8Array | undefined)[] = new Array(26 * 26).fill(undefined);

// The IBAN length of each country code by its two letters (see countryIndex), NO_COUNTRY when ibantools
// knows none.
const NO_COUNTRY = -1;
const COUNTRY_CHARS = new Int32Array(26 * 26).fill(NO_COUNTRY);
for (const [country, spec] of Object.entries(SPECS)) {
  if (/^[A-Z]{2}$/.test(country) && typeof spec.chars === 'number')
    COUNTRY_CHARS[countryIndex(country.charCodeAt(0), country.charCodeAt(1))] = spec.chars;
}
for (const [country, spec] of Object.entries(SPECS)) {
  const shape = bbanShapeOf(spec.bban_regexp, spec.chars);
  if (shape !== undefined && /^[A-Z]{2}$/.test(country))
    BBAN_SHAPES[countryIndex(country.charCodeAt(0), country.charCodeAt(1))] = shape;
}

/** Two ASCII letters, either case, as 0 to 675. */
function countryIndex(first: number, second: number): number {
  return ((first | 32) - 97) * 26 + ((second | 32) - 97);
}

function bbanShapeOf(
  format: string | null | undefined,
  chars: number | null | undefined,
): Uint8Array | undefined {
  if (typeof format !== 'string' || !/^\^(\[[^\]]+\]\{\d+\})+\$$/.test(format) || typeof chars !== 'number')
    return undefined;
  const shape: number[] = [];
  for (const [, set, count] of format.matchAll(/\[([^\]]+)\]\{(\d+)\}/g)) {
    const need = set === '0-9' ? DIGIT : set === 'A-Z' ? LETTER : ANY;
    for (let n = 0; n < Number(count); n++) shape.push(need);
  }
  return shape.length === chars - 4 ? Uint8Array.from(shape) : undefined;
}

/**
 * IBANs of any country ibantools knows, in any case, with or without spaces, dashes or full stops between
 * the groups ("NL91 ABNA 0417 1643 00", "nl91abna0417164300", "NL91.ABNA.0417.1643.00"), that pass the mod-97 check and the country's BBAN format. A candidate
 * is read to exactly the country's length, so every start costs at most ~40 characters.
 */
export function findIbans(text: string): Finding[] {
  const findings: Finding[] = [];
  let i = 0;
  while (i < text.length) {
    const end = ibanEndAt(text, i);
    if (end === -1) {
      i++;
    } else {
      findings.push({ kind: 'iban', start: i, end });
      i = end;
    }
  }
  return findings;
}

/** Where the IBAN that starts at `start` ends, or -1. */
export function ibanEndAt(text: string, start: number): number {
  if (!isAsciiLetterCode(text.charCodeAt(start)) || !isAsciiLetterCode(text.charCodeAt(start + 1))) return -1;
  if (start > 0 && isAlnumAt(text, start - 1)) return -1;
  // Cheap test first: the check digits follow the country code, at most one space or dash away.
  const gap = isDigitCode(text.charCodeAt(start + 2)) ? 0 : 1;
  if (!isDigitCode(text.charCodeAt(start + 2 + gap)) || !isDigitCode(text.charCodeAt(start + 3 + gap)))
    return -1;
  // Most candidates are two-letter words before a number ("op 14", "om 10"): no country, no string.
  const index = countryIndex(text.charCodeAt(start), text.charCodeAt(start + 1));
  const length = COUNTRY_CHARS[index]!;
  if (length === NO_COUNTRY) return -1;
  const shape = BBAN_SHAPES[index];
  // The mod-97 check is computed while reading, in the order the standard rearranges the IBAN: the
  // account part first, then the country code and the check digits (kept in `head`). Only a
  // candidate that passes it is built as a string, for ibantools' check of the BBAN format.
  let count = 0;
  let head = 0;
  let rest = 0;
  let i = start;
  while (i < text.length && count < length) {
    const c = text.charCodeAt(i);
    if (isAsciiLetterCode(c) || isDigitCode(c)) {
      const value = isDigitCode(c) ? c - 48 : (c | 32) - 87;
      if (count < 4) {
        // The check digits come right after the country code; anything else is a word, not an IBAN.
        if (count >= 2 && value > 9) return -1;
        head = value > 9 ? head * 100 + value : head * 10 + value;
      } else {
        const need = shape === undefined ? ANY : shape[count - 4];
        if ((need === DIGIT && value > 9) || (need === LETTER && value <= 9)) return -1;
        rest = value > 9 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
      }
      count++;
      i++;
    } else if (count > 0 && isSeparatorCode(c)) {
      // One separator between groups, or two typed together ("NL91  ABNA", "NL91. ABNA").
      const next = isSeparatorCode(text.charCodeAt(i + 1)) ? i + 2 : i + 1;
      if (!isAlnumAt(text, next)) return -1;
      i = next;
    } else {
      return -1;
    }
  }
  if (count !== length || isAlnumAt(text, i)) return -1;
  // head: two letters (two digits each) and two check digits, six digits in all.
  if ((rest * 1_000_000 + head) % 97 !== 1) return -1;
  // What ibantools' isValidIBAN asks beyond what this walk has checked (country, length, two check
  // digits): its own form of the checksum, which also turns away check digits 00, 01 and 99, and
  // the country's BBAN format. Its checksum rebuilt the whole IBAN as a string of digits for each
  // candidate; `rest` and `head` already hold it.
  if (98 - (((rest * 10_000 + Math.floor(head / 100)) * 100) % 97) !== head % 100) return -1;
  return isValidBBAN(compactOf(text, start, i).slice(4), text.slice(start, start + 2).toUpperCase()) ? i : -1;
}

/** A space, a dash or a full stop: what people type between an IBAN's groups ("NL91.ABNA.0417..."). */
function isSeparatorCode(c: number): boolean {
  return isSpaceLikeCode(c) || isDashCode(c) || c === 46;
}

/** The letters and digits of text[start, end) in upper case: "NL91 ABNA ..." becomes "NL91ABNA...". */
function compactOf(text: string, start: number, end: number): string {
  // The walk let only ASCII letters and digits and separators through: one slice, then one replace.
  const raw = text.slice(start, end);
  return (NOT_ALPHANUMERIC.test(raw) ? raw.replace(NOT_ALPHANUMERICS, '') : raw).toUpperCase();
}

const NOT_ALPHANUMERIC = /[^A-Za-z0-9]/;
const NOT_ALPHANUMERICS = /[^A-Za-z0-9]/g;
