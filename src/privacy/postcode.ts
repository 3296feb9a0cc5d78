import { ADDRESS_CUES } from './address-words.ts';
import { isAsciiLetterCode } from './chars.ts';
import type { Finding } from './findings.ts';
import { isCapitalised, isGlued, type Token, wordSet } from './tokens.ts';

// PostNL never issues these letter pairs (they recall the Second World War).
const NEVER_ISSUED = wordSet('SA SD SS');
// Units glued to a number: "1000mg", "1500kg", "2000km".
const UNITS = wordSet('mg kg km cm mm ml cl dl gb mb kb tb kw uu hz ha pk st mw gw ct gr lt');
// Two-letter Dutch (and common English) words that follow a year or a count: "2023 en 2024", "2026 is".
const SHORT_WORDS =
  wordSet(`en in op is of om te al nu na zo ze we je er de ik ja ok uw ca pp bv to at an or by on if it as be
  vs mn zn tm nb eo dd ev`);
// Abbreviations after an amount or a time, apart from the digits: "1500 ex btw", "1000 pm". Glued
// ("2871ex") or after "postcode" they are a postcode.
const AFTER_AMOUNTS = wordSet('ex pm am pw pd');
// Short words that seldom follow a count or a year: "3512 je Utrecht", "postcode 5211 de" are postcodes.
const RARE_AFTER_NUMBERS = wordSet('je ze we er ik ja ok uw mn zn de');
// Lower-case words after "1234 ab" that are no place name: "1500 ha grond", "3000 pp per jaar".
const NOT_PLACES = wordSet(`en in op van de het een voor met per aan naar te om of is bij tot uit als dan
  dat die wat wie nog ook al wel niet geen zo er ze we je hij zij meer minder ongeveer totaal extra stuks`);
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
  const value = Number(digits.text);
  const yearLike = value >= 1900 && value <= 2099;
  if (letters.text === upper) return !(yearLike && YEAR_ABBREVIATIONS.has(upper));
  const next = tokens[k + 2];
  if (SHORT_WORDS.has(letters.key)) {
    // "postcode 3512 je", "3512 je Utrecht"; never "2023 en", "2026 is", "1500 op Texel".
    if (!RARE_AFTER_NUMBERS.has(letters.key)) return false;
    return hasPostcodeCue(tokens, k, false) || (!yearLike && isCapitalised(next) && next!.type === 'word');
  }
  // "1500 ha", "1200 mb" are amounts, unless someone lives there: "woont in 1068 mb amsterdam".
  if (UNITS.has(letters.key))
    return !isGlued(digits, letters) && hasPostcodeCue(tokens, k, true) && isPlaceName(next);
  if (isGlued(digits, letters)) return true;
  if (AFTER_AMOUNTS.has(letters.key)) return hasPostcodeCue(tokens, k, false);
  if (hasPostcodeCue(tokens, k, true) || isCapitalised(next)) return true;
  // "naar 7201 av zutphen": a place typed in lower case.
  return !yearLike && isPlaceName(next);
}

/** A word after "1234 ab" that can be a place: capitalised, or a lower-case word that is no filler. */
function isPlaceName(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word' || token.lineBefore) return false;
  return isCapitalised(token) || (token.text.length >= 3 && !NOT_PLACES.has(token.key));
}

/**
 * "postcode", "pc" (any distance up to three words) and, with `addressCues`, a word that announces
 * where someone lives ("woont in", "verhuisd naar", "adres:").
 */
function hasPostcodeCue(tokens: readonly Token[], k: number, addressCues: boolean): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const key = tokens[j]!.key;
    if (key.startsWith('postcode') || key === 'pc' || (addressCues && ADDRESS_CUES.has(key))) return true;
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
