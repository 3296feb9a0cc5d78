import { ADDRESS_CUES } from './address-words.ts';
import { isAsciiLetterCode } from './chars.ts';
import type { Finding } from './findings.ts';
import { isKnownPlaceAt } from './places.ts';
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
// Lower-case abbreviations before a plural noun: "1500 ww uitkeringen", "1200 vo leerlingen".
const ABBREVIATIONS = wordSet('ww vo po ho wo ao hr pr it ai ib eu nl bb zw mo wa bo kb');
// A verb between a number and a place: "Postcodegebied 7400 is Deventer". Lower case, never a postcode.
const VERBS = wordSet('is');
// Words near a letter sent to an address: "brief retour van 6221 ke maastricht".
const MAIL_CUES = wordSet(`post brief brieven retour stuur sturen stuurt verstuurd gestuurd uitnodiging
  adressen adreswijziging woonplek woonplaats kamer ingeschreven`);
const MAIL_CUE_WINDOW = 6;
const LIST_LOOK = 8;
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
  const glued = isGlued(digits, letters);
  // A known place right after the letters ("5211 de den bosch") is strong evidence; a list of
  // postcodes ("7511 jd, 7512 ab en 7513 ck") too.
  const place = isKnownPlaceAt(tokens, k + 2);
  if (SHORT_WORDS.has(letters.key)) {
    // "1500 de huizen": a place named like an ordinary word is no evidence here.
    const strictPlace = place && isKnownPlaceAt(tokens, k + 2, true);
    // "3512je"; never "2023en".
    if (glued && (!yearLike || strictPlace || hasPostcodeCue(tokens, k, true))) return true;
    // "2023 en amersfoort", "1500 in utrecht": the commonest words need a place and a cue, an address
    // word or a street before, or a letter sent "naar" it ("post kan naar 3811 en amersfoort"; not
    // "brief over 2026 en utrecht", "adressen: 1500 in utrecht").
    if (VERBS.has(letters.key)) return false;
    if (!RARE_AFTER_NUMBERS.has(letters.key))
      return (
        strictPlace &&
        (hasPostcodeCue(tokens, k, true) ||
          afterStreetNumber(tokens, k) ||
          (!yearLike && tokens[k - 1]?.key === 'naar' && hasMailCue(tokens, k)))
      );
    // "postcode 3512 je", "3512 je Utrecht", "3512 je utrecht"; never "2023 en", "2026 is".
    if (hasPostcodeCue(tokens, k, false) || afterStreetNumber(tokens, k)) return true;
    if (strictPlace) return !yearLike || hasPostcodeCue(tokens, k, true) || hasMailCue(tokens, k);
    return !yearLike && isCapitalised(next) && next!.type === 'word';
  }
  if (inPostcodeList(tokens, k)) return true;
  // "1500 ha", "1200 mb" are amounts, unless someone lives there: "woont in 1068 mb amsterdam".
  if (UNITS.has(letters.key)) {
    if (place) return !yearLike || hasPostcodeCue(tokens, k, true);
    if (glued) return hasPostcodeCue(tokens, k, true) || hasMailCue(tokens, k);
    return hasPostcodeCue(tokens, k, true) && isPlaceName(next);
  }
  if (glued) return true;
  // "4811 ek te breda", "4701 ab, roosendaal": not for word-like letters or units ("1200 mb, utrecht").
  const linkedPlace = place || placeAfterLink(tokens, k + 2);
  if (AFTER_AMOUNTS.has(letters.key)) return place || hasPostcodeCue(tokens, k, false);
  if (hasPostcodeCue(tokens, k, true) || afterStreetNumber(tokens, k) || isCapitalised(next) || linkedPlace)
    return true;
  // "naar 7201 av zutphen": a place typed in lower case; "1500 ww uitkeringen" is a count.
  return !yearLike && !ABBREVIATIONS.has(letters.key) && isPlaceName(next);
}

/**
 * Words around a letter that is sent somewhere ("brief retour van 6221 ke", "post kan naar 3811 en
 * amersfoort"): within MAIL_CUE_WINDOW tokens before the digits.
 */
function hasMailCue(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - MAIL_CUE_WINDOW; j--) {
    const key = tokens[j]!.key;
    if (MAIL_CUES.has(key) || ADDRESS_CUES.has(key)) return true;
  }
  return false;
}

/** "4811 ek te breda", "4701 ab, roosendaal": a known place after "te" or a comma. */
function placeAfterLink(tokens: readonly Token[], j: number): boolean {
  const link = tokens[j];
  if (link === undefined || (link.text !== ',' && link.key !== 'te')) return false;
  return isKnownPlaceAt(tokens, j + 1);
}

/** "Kerkstraat 12, 5211 de": a word and a house number, then a comma, just before the digits. */
function afterStreetNumber(tokens: readonly Token[], k: number): boolean {
  const comma = tokens[k - 1];
  const number = tokens[k - 2];
  const street = tokens[k - 3];
  if (comma?.text !== ',' || number === undefined || street?.type !== 'word') return false;
  const houseNumber =
    (number.type === 'number' && number.text.length <= 4) ||
    (number.type === 'word' && number.hasDigit && number.text.length <= 6);
  return houseNumber && isCapitalised(street) && street.text.length >= 3;
}

/**
 * "7511 jd, 7512 ab en 7513 ck": the digits are in a row of at least three postcode-shaped pairs
 * (four digits, two letters that are no short word), separated by commas, semicolons or "en", or of
 * two after a cue; at least two of the row (one after a cue) have letters that are no unit or amount
 * abbreviation ("1200 mb, 1500 mb en 2000 mb" are sizes). Looks at most LIST_LOOK pairs either way.
 */
function inPostcodeList(tokens: readonly Token[], k: number): boolean {
  let first = k;
  let count = 1;
  let plain = isPlainPair(tokens[k + 1]!) ? 1 : 0;
  for (
    let steps = 0;
    steps < LIST_LOOK && isPairAt(tokens, first - 3) && isListSeparator(tokens[first - 1]);
    steps++
  ) {
    first -= 3;
    count++;
    if (isPlainPair(tokens[first + 1]!)) plain++;
  }
  for (
    let j = k, steps = 0;
    steps < LIST_LOOK && isListSeparator(tokens[j + 2]) && isPairAt(tokens, j + 3);
    steps++
  ) {
    j += 3;
    count++;
    if (isPlainPair(tokens[j + 1]!)) plain++;
  }
  if (count >= 3) return plain >= 2;
  return count === 2 && plain >= 1 && (hasPostcodeCue(tokens, first, true) || hasMailCue(tokens, first));
}

function isPairAt(tokens: readonly Token[], k: number): boolean {
  const digits = tokens[k];
  const letters = tokens[k + 1];
  return (
    digits !== undefined &&
    digits.type === 'number' &&
    digits.text.length === 4 &&
    digits.text.charAt(0) !== '0' &&
    letters?.type === 'word' &&
    isTwoAsciiLetters(letters.text) &&
    !SHORT_WORDS.has(letters.key)
  );
}

/** Letters of a pair that are no unit or amount abbreviation. */
function isPlainPair(letters: Token): boolean {
  return !UNITS.has(letters.key) && !AFTER_AMOUNTS.has(letters.key);
}

function isListSeparator(token: Token | undefined): boolean {
  return token !== undefined && (token.text === ',' || token.text === ';' || token.key === 'en');
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
