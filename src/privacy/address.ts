import {
  ADDRESS_CUES,
  COUNT_NOUNS,
  LEADING_STREET_WORDS,
  NOT_STREETS,
  STREET_PARTICLES,
  STREET_PREFIXES,
  STREET_SUFFIXES,
} from './address-words.ts';
import { isDigitCode } from './chars.ts';
import type { Finding } from './findings.ts';
import { isOrganisationAddress } from './organisation-address.ts';
import { postcodeAt } from './postcode.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * A street name followed by a house number: "Kerkstraat 12", "Laan van Meerdervoort 33a",
 * "Burgemeester Jansenlaan 4-2", "Oudegracht 123 bis". A street is a capitalised word with a street
 * ending, a capitalised "Laan/Weg/Plein ..." followed by a particle, or any capitalised name right
 * after a word like "woont" or "adres" ("woonachtig op Damrak 1"). "niveau 3", "Week 12", "artikel 7"
 * have no street ending; counts ("Werkplein 12 aanmeldingen"), decimals and times are not house
 * numbers. Every number looks back at most a handful of tokens.
 *
 * The address whose house number is token k ("Hoofdstraat12": the word itself), or null.
 */
export function addressAt(
  tokens: readonly Token[],
  k: number,
  isOrganisation: (k: number) => boolean,
): Finding | null {
  const number = tokens[k]!;
  if (number.type === 'word') {
    if (isGluedStreetNumber(number) && !isOrganisation(k) && !isCount(tokens[k + 1])) {
      return { kind: 'address', start: number.start, end: number.end };
    }
    return null;
  }
  if (number.type !== 'number' || number.text.length > 4 || number.text.charAt(0) === '0') return null;
  if (k === 0 || (!number.spaceBefore && !afterAbbreviation(tokens, k)) || number.lineBefore) return null;
  let start = streetStart(tokens, k, isOrganisation);
  const end = houseNumberEnd(tokens, k);
  if (end === -1) return null;
  // "op Brink 175-3", "naar Dam 12-3": a street word on its own, with a house-number addition or
  // after "op", "aan", "naar".
  if (start === -1 && isBareStreetWord(tokens, k - 1, isOrganisation)) {
    if (end > number.end || (afterPlacePreposition(tokens, k - 1) && endsAddress(tokens[k + 1])))
      start = k - 1;
  }
  if (start === -1) return numberBeforeStreet(tokens, k, isOrganisation);
  if (isYear(number) && !hasCue(tokens, start)) return null;
  if (isOrganisationAddress(tokens, start, k, isOrganisation)) return null;
  // "woont in RUINERWOLD 7963 pb": the digits of a postcode are no house number.
  if (number.text.length === 4 && postcodeAt(tokens, k) !== null) return null;
  return { kind: 'address', start: tokens[start]!.start, end };
}

/**
 * "woont op nummer 14 van de Beukenlaan": the number first, after "nummer" or "nr." and an address cue
 * (or after "huisnummer"), then "van (de)" and a street with a street ending. Looks at most four
 * tokens either way.
 */
function numberBeforeStreet(
  tokens: readonly Token[],
  k: number,
  isOrganisation: (k: number) => boolean,
): Finding | null {
  const word = numberWordBefore(tokens, k);
  if (word === -1 || tokens[k + 1]?.key !== 'van') return null;
  if (tokens[word]!.key !== 'huisnummer' && !hasCue(tokens, word)) return null;
  let s = k + 2;
  if (ARTICLES.has(tokens[s]?.key ?? '')) s++;
  const street = tokens[s];
  if (street === undefined || street.type !== 'word' || isOrganisation(s) || NOT_STREETS.has(street.key))
    return null;
  const suffix = suffixesEnding(street.key).find(
    (x) => street.key.endsWith(x) && street.key.length > x.length + 2,
  );
  if (suffix === undefined || (!isCapitalised(street) && !STRONG_SUFFIXES.has(suffix))) return null;
  if (isOrganisationAddress(tokens, word, s, isOrganisation)) return null;
  return { kind: 'address', start: tokens[word]!.start, end: street.end };
}

const BARE_STREET_BEFORE = wordSet('op aan naar');
// "op de Kade 12.", "aan de Brink 3 in Ede": without an addition, a bare street word's number must
// end the phrase; "Op de Markt 12 kramen", "op de Dam 4 mei", "aan de Haven 2-daagse", "op de Brink 3
// tot 5 juni" are not addresses.
const PLACE_AFTER = wordSet('in te');

function endsAddress(next: Token | undefined): boolean {
  if (next === undefined) return true;
  if (next.type === 'word') return PLACE_AFTER.has(next.key);
  return next.type !== 'number' && next.text !== '-';
}
const ARTICLES = wordSet("de het 't");

/** "op Brink 5", "aan de Kade 12". */
function afterPlacePreposition(tokens: readonly Token[], w: number): boolean {
  const before = tokens[w - 1]?.key ?? '';
  if (ARTICLES.has(before)) return BARE_STREET_BEFORE.has(tokens[w - 2]?.key ?? '');
  return BARE_STREET_BEFORE.has(before);
}

/** "molenstr.8": the number glued to the full stop of an abbreviated street. */
function afterAbbreviation(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k - 1]!;
  const word = tokens[k - 2];
  return dot.text === '.' && word !== undefined && isGlued(word, dot) && isAbbreviatedStreet(word.key);
}

function isBareStreetWord(
  tokens: readonly Token[],
  w: number,
  isOrganisation: (k: number) => boolean,
): boolean {
  const word = tokens[w];
  if (word === undefined || word.type !== 'word' || !isCapitalised(word) || isOrganisation(w)) return false;
  return LEADING_STREET_WORDS.has(word.key) || STREET_SUFFIXES.includes(word.key);
}

// "Zomerkamp 2026", "Jaarmarkt 2025": a year after a street-like word is an event, unless an address
// cue says otherwise; house numbers that high are rare.
function isYear(number: Token): boolean {
  const value = Number(number.text);
  return value >= 1950 && value <= 2099;
}

function hasCue(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - 4; j--) {
    if (ADDRESS_CUES.has(tokens[j]!.key)) return true;
  }
  return false;
}

// "Hoofdstraat12", "Kerkstraat12a": typed without the space.
const GLUED_NUMBER = /^(\p{L}[\p{L}\p{M}'’-]*?)([1-9]\d{0,3})(\p{L}?)$/u;

function isGluedStreetNumber(token: Token): boolean {
  if (!isCapitalised(token) || !token.hasDigit || !endsInDigitOrLetterAfterDigit(token.text)) return false;
  const m = GLUED_NUMBER.exec(token.key);
  const street = m?.[1];
  if (street === undefined || NOT_STREETS.has(street)) return false;
  return suffixesEnding(street).some((s) => street.endsWith(s) && street.length > s.length);
}

/** A cheap test before the regular expression: "Hoofdstraat12" or "Hoofdstraat12a". */
function endsInDigitOrLetterAfterDigit(text: string): boolean {
  const n = text.length;
  return isDigitCode(text.charCodeAt(n - 1)) || (n > 1 && isDigitCode(text.charCodeAt(n - 2)));
}

function isCount(token: Token | undefined): boolean {
  return token !== undefined && (COUNT_NOUNS.has(token.key) || token.text === '%');
}

/** Index of the first token of the street name before the house number at k, or -1. */
function streetStart(tokens: readonly Token[], k: number, isOrganisation: (k: number) => boolean): number {
  // "Kerkstraat nr. 12", "Kerkstraat nummer 12": the street is before the word.
  const number = numberWordBefore(tokens, k);
  if (number !== -1)
    return number > 0 && tokens[number - 1]!.type === 'word'
      ? streetWordStart(tokens, number - 1, isOrganisation)
      : -1;
  const before = tokens[k - 1]!;
  // "Kerkstr. 12": the usual abbreviation of -straat.
  if (before.text === '.' && k >= 2) {
    const word = tokens[k - 2]!;
    const abbreviated = isGlued(word, before) && isAbbreviatedStreet(word.key);
    return abbreviated && !isOrganisation(k - 2) ? withPrefixes(tokens, k - 2) : -1;
  }
  return before.type === 'word' ? streetWordStart(tokens, k - 1, isOrganisation) : -1;
}

// Endings that make even a lower-case word with a house number a street ("kerkstraat 12").
const STRONG_SUFFIXES = wordSet('straat laan gracht plein kade singel steeg dreef straatweg weg dijk');
const NUMBER_WORDS = wordSet('nr no nummer huisnummer');

/** Index of "nr" in "nr. 12" / "nummer 12" right before the number at k, or -1. */
function numberWordBefore(tokens: readonly Token[], k: number): number {
  const before = tokens[k - 1]!;
  if (before.text === '.' && k >= 2 && NUMBER_WORDS.has(tokens[k - 2]!.key) && isGlued(tokens[k - 2], before))
    return k - 2;
  return NUMBER_WORDS.has(before.key) ? k - 1 : -1;
}

function streetWordStart(
  tokens: readonly Token[],
  w: number,
  isOrganisation: (k: number) => boolean,
): number {
  const word = tokens[w]!;
  if (isOrganisation(w) || NOT_STREETS.has(word.key)) return -1;
  // "Hoofdstr 33", "stationspln 3": abbreviated endings, without the full stop.
  if (isAbbreviatedStreet(word.key)) return isCapitalised(word) ? withPrefixes(tokens, w) : w;
  const suffix = suffixesEnding(word.key).find((s) => word.key.endsWith(s));
  // "adres kerkstraat 14", "woont op dorpsstraat 3": typed in lower case, but announced.
  if (!isCapitalised(word)) {
    if (suffix !== undefined && STRONG_SUFFIXES.has(suffix) && word.key.length > suffix.length + 2) return w;
    return suffix !== undefined && cuedName(tokens, w, false) !== -1 ? w : -1;
  }
  if (suffix !== undefined && word.key.length > suffix.length) return withPrefixes(tokens, w);
  if (suffix !== undefined && isStreetPrefix(tokens[w - 1])) return withPrefixes(tokens, w);
  const leading = leadingStreetWord(tokens, w);
  if (leading !== -1) return withPrefixes(tokens, leading);
  return cuedName(tokens, w);
}

// The street suffixes by their last character, each list in the order of STREET_SUFFIXES: the first
// suffix a word ends with is found among a few instead of all fifty.
const SUFFIXES_BY_LAST: readonly (readonly string[])[] = Array.from({ length: 128 }, (_, c) =>
  STREET_SUFFIXES.filter((s) => s.charCodeAt(s.length - 1) === c),
);
const NO_SUFFIXES: readonly string[] = [];

/** The street suffixes that end in the last character of `key`. */
function suffixesEnding(key: string): readonly string[] {
  const last = key.charCodeAt(key.length - 1);
  return last < 128 ? SUFFIXES_BY_LAST[last]! : NO_SUFFIXES;
}

function isStreetPrefix(token: Token | undefined): boolean {
  return token !== undefined && isCapitalised(token) && STREET_PREFIXES.has(token.key);
}

/** Walks back over "Burgemeester", "Oude", "Prins" that belong to the street name. */
function withPrefixes(tokens: readonly Token[], w: number): number {
  let start = w;
  while (start > 0 && w - start < 3 && isStreetPrefix(tokens[start - 1])) start--;
  return start;
}

/** "Laan van Meerdervoort": a leading street word, a particle, then capitalised words. */
function leadingStreetWord(tokens: readonly Token[], w: number): number {
  for (let j = w - 1; j >= 0 && j >= w - 4; j--) {
    const token = tokens[j]!;
    const next = tokens[j + 1]!;
    if (isCapitalised(token) && LEADING_STREET_WORDS.has(token.key) && STREET_PARTICLES.has(next.key)) {
      return j;
    }
    if (!isCapitalised(token) && !STREET_PARTICLES.has(token.key)) return -1;
  }
  return -1;
}

const CUE_FILLERS = wordSet(
  "aan op in naar de het 't t te : , . is nu sinds van zijn haar nieuw nieuwe client cliente klant kandidaat deelnemer dhr mw mevr meneer mevrouw",
);

// "Kerkstr", "Beukenln", "Stationspln": the usual abbreviations of -straat, -laan and -plein.
const ABBREVIATED_ENDINGS = ['str', 'pln', 'ln'];

function isAbbreviatedStreet(key: string): boolean {
  for (const ending of ABBREVIATED_ENDINGS) {
    if (key.endsWith(ending)) return key.length > ending.length + 2;
  }
  return false;
}

/**
 * "woonachtig op Damrak 1", "Adres: Lange Voorhout 9", "woont Achter de Kerk 9": up to three
 * capitalised words (with particles between them) after a cue.
 */
function cuedName(tokens: readonly Token[], w: number, more = true): number {
  let start = w;
  while (more && start > 0 && w - start < 2 && isCapitalised(tokens[start - 1])) start--;
  for (let j = start - 1; j >= 0 && j >= start - 5; j--) {
    const token = tokens[j]!;
    if (ADDRESS_CUES.has(token.key)) return start;
    if (more && isCapitalised(token) && token.type === 'word' && STREET_PARTICLES.has(tokens[j + 1]!.key)) {
      start = j;
      continue;
    }
    if (!CUE_FILLERS.has(token.key)) return -1;
  }
  return -1;
}

/** End of "12", "33a", "4-2", "210B", "123 bis"; -1 when the number is a count, decimal or time. */
function houseNumberEnd(tokens: readonly Token[], k: number): number {
  let last = k;
  const next = tokens[k + 1];
  const afterNext = tokens[k + 2];
  if (isGlued(tokens[k], next) && next !== undefined) {
    if (next.type === 'word') {
      if (!/^[A-Za-z]$/.test(next.text) && !ADDITIONS.has(next.key)) return -1;
      // "1e deel", "3e verdieping": an ordinal, not house letter e.
      if (next.key === 'e' && tokens[k + 2]?.type === 'word' && !tokens[k + 2]!.capitalised) return -1;
      last = k + 1;
    } else if (
      (next.text === ',' || next.text === '.' || next.text === ':') &&
      isGluedNumber(next, afterNext)
    ) {
      return -1;
    } else if (next.text === '%') {
      return -1;
    } else if (next.text === '-' && isGlued(next, afterNext) && /^[A-Za-z]$/.test(afterNext?.text ?? '')) {
      last = k + 2; // "12-A"
    } else if (next.text === '-' && isGluedNumber(next, afterNext) && afterNext!.text.length <= 4) {
      last = k + 2;
      if (isGlued(afterNext, tokens[k + 3]) && /^[A-Za-z]$/.test(tokens[k + 3]?.text ?? '')) last = k + 3;
    }
  }
  const following = tokens[last + 1];
  if (following !== undefined && following.key === 'bis') return following.end;
  return isCount(following) ? -1 : tokens[last]!.end;
}

// House-number additions typed against the number: "4hs" (huis), "12bis", "3hg" (hoog), "7bg", "14II".
const ADDITIONS = wordSet('hs huis hg bg bis ter ii iii iv');

function isGluedNumber(left: Token, right: Token | undefined): boolean {
  return right?.type === 'number' && isGlued(left, right);
}
