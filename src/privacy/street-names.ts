import { isCallingAt } from './address-delivered.ts';
import {
  ADDRESS_CUES,
  isCount,
  isNumberWord,
  LEADING_STREET_WORDS,
  NOT_PLACE_NAMES,
  NOT_STREETS,
  STREET_PARTICLES,
  STREET_PREFIXES,
  STREET_SUFFIXES,
} from './address-words.ts';
import { isCompassAfterStreet } from './street-compass.ts';
import { isCapitalised, isGlued, type Token, tokenAt } from './tokens.ts';
import { endingsByLast, wordSet } from './word-sets.ts';
import { monthOf } from './written-dates.ts';

/*
 * Where a street's name starts before its house number, and the street words that decide it
 * (endings, prefixes, particles, abbreviations). address.ts reads the number and the rest.
 */

/** Index of the first token of the street name before the house number at k, or -1. */
export function streetStart(
  tokens: readonly Token[],
  k: number,
  isOrganisation: (k: number) => boolean,
): number {
  // "Kerkstraat nr. 12", "Kerkstraat nummer 12": the street is before the word.
  const number = numberWordBefore(tokens, k);
  if (number !== -1) {
    if (number > 0 && tokens[number - 1]!.type === 'word')
      return streetWordStart(tokens, number - 1, isOrganisation);
    // "aan de Havenkade, nr 23": a comma between a street with a street ending and "nr".
    return tokens[number - 1]?.text === ',' && hasStreetEnding(tokens[number - 2])
      ? streetWordStart(tokens, number - 2, isOrganisation)
      : -1;
  }
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
export const STRONG_SUFFIXES = wordSet('straat laan gracht plein kade singel steeg dreef straatweg weg dijk');

/** Index of "nr" in "nr. 12" / "nummer 12" right before the number at k, or -1. */
export function numberWordBefore(tokens: readonly Token[], k: number): number {
  const before = tokens[k - 1]!;
  if (before.text === '.' && k >= 2 && isNumberWord(tokens[k - 2]!) && isGlued(tokens[k - 2], before))
    return k - 2;
  return isNumberWord(before) ? k - 1 : -1;
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
  const suffix = streetSuffixOf(word.key);
  // "adres kerkstraat 14", "woont op dorpsstraat 3": typed in lower case, but announced.
  if (!isCapitalised(word)) {
    if (suffix !== undefined && STRONG_SUFFIXES.has(suffix) && word.key.length > suffix.length + 2) return w;
    if (suffix === undefined) return -1;
    // "nieuw adres oude gracht 4bis": lower-case prefixes of the name between the cue and the street word.
    const start = lowerCasePrefixes(tokens, w);
    return cuedName(tokens, start, false) !== -1 ? start : -1;
  }
  if (suffix !== undefined && (word.key.length > suffix.length || isStreetPrefix(tokens[w - 1])))
    return withPrefixes(tokens, w);
  if (isCompassAfterStreet(tokens, w)) return withPrefixes(tokens, w - 1); // "Rijksweg Noord 221" (batch 60)
  const leading = leadingStreetWord(tokens, w);
  if (leading !== -1) return withPrefixes(tokens, leading);
  // "verhuist naar Fase 2", "woont sinds Maart 12": no street, whatever the cue.
  if (NOT_PLACE_NAMES.has(word.key) || isNotCalledAt(word.key)) return -1;
  return cuedName(tokens, w);
}

/**
 * The street suffixes that end in the last character of `key`, in the order of STREET_SUFFIXES: the
 * first suffix a word ends with is found among a few instead of all fifty.
 */
export const suffixesEnding = endingsByLast(STREET_SUFFIXES);

/** The first street suffix `key` ends with, or undefined (a loop: asked of the word before every number). */
function streetSuffixOf(key: string): string | undefined {
  for (const suffix of suffixesEnding(key)) if (key.endsWith(suffix)) return suffix;
  return undefined;
}

/**
 * A capitalised word with a street ending and more before it: "Havenkade", "Rozenstraat"; in lower case
 * with a strong ending ("aan de lindelaan, nummer 7").
 */
function hasStreetEnding(token: Token | undefined): boolean {
  if (token === undefined || token.type !== 'word') return false;
  const key = token.key;
  const capitalised = isCapitalised(token);
  return suffixesEnding(key).some(
    (s) =>
      key.endsWith(s) &&
      key.length > s.length + (capitalised ? 0 : 2) &&
      (capitalised || STRONG_SUFFIXES.has(s)),
  );
}

export function isStreetPrefix(token: Token | undefined): boolean {
  return token !== undefined && isCapitalised(token) && STREET_PREFIXES.has(token.key);
}

/** Walks back over "oude", "lange", "burgemeester" typed in lower case before a street word. */
function lowerCasePrefixes(tokens: readonly Token[], w: number): number {
  let start = w;
  while (start > 0 && w - start < 2) {
    const before = tokens[start - 1]!;
    if (
      before.type !== 'word' ||
      isCapitalised(before) ||
      before.key === 'van' ||
      !STREET_PREFIXES.has(before.key)
    )
      break;
    start--;
  }
  return start;
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

// "Kerkstr", "Beukenln", "Stationspln": the usual abbreviations of -straat, -laan and -plein; since
// batch 47 "-wg" for -weg ("kerkewg 8", "Zwanenwg 8").
const ABBREVIATED_ENDINGS = ['str', 'pln', 'ln', 'wg'];

export function isAbbreviatedStreet(key: string): boolean {
  for (const ending of ABBREVIATED_ENDINGS) {
    if (key.endsWith(ending)) return key.length > ending.length + 2;
  }
  return false;
}

// "Huisbezoek gepland bij cliënt op de Het Want 5": a home visit's place, further back than a cue.
const VISIT_CUES = wordSet('huisbezoek thuisbezoek huisbezoeken');
const VISIT_WINDOW = 8;
// "brengt de stukken langs op Nieuwstad 57", "ga morgen langs aan de Brink 3": calling at someone's door.
const CALL_AT = wordSet('op aan');
// "langs op Kamer 12", "langs op Dinsdag 12 mei", "op Bijlage 3": a room, a day or a page, not a street.
const NOT_CALLED_AT = wordSet(`kamer spreekkamer zaal lokaal ruimte verdieping etage afdeling locatie gebouw
  vleugel route bijlage pagina hoofdstuk slide dia punt agendapunt versie maandag dinsdag woensdag donderdag vrijdag zaterdag zondag week dag`);

/**
 * "woonachtig op Damrak 1", "Adres: Lange Voorhout 9", "woont Achter de Kerk 9": up to three
 * capitalised words (with particles between them) after a cue; "langs op" just before, or a home visit
 * up to eight words back in the same clause.
 */
function cuedName(tokens: readonly Token[], w: number, more = true): number {
  let start = w;
  while (more && start > 0 && w - start < 2 && isCapitalised(tokens[start - 1])) start--;
  if (more && calledAt(tokens, start, w)) return start;
  let fillersOnly = true;
  for (let j = start - 1; j >= 0 && j >= start - VISIT_WINDOW; j--) {
    const token = tokens[j]!;
    if (more && VISIT_CUES.has(token.key)) return fillersOnly || visitedAt(tokens, start, w) ? start : -1;
    if (!fillersOnly) {
      if (token.type === 'punct') return -1;
      continue;
    }
    if (ADDRESS_CUES.has(token.key)) return start;
    if (more && isCapitalised(token) && token.type === 'word' && STREET_PARTICLES.has(tokens[j + 1]!.key)) {
      start = j;
      continue;
    }
    if (!CUE_FILLERS.has(token.key)) {
      if (!more || token.type === 'punct') return -1;
      fillersOnly = false;
    }
    // A cue is looked for five words back; only a home visit further.
    if (j <= start - 5 && fillersOnly) fillersOnly = false;
  }
  return -1;
}

/** "langs op Nieuwstad 57", "afgegeven aan de Kolk 14": calling at a door, "op/aan" (an article between). */
function calledAt(tokens: readonly Token[], start: number, w: number): boolean {
  const j = placePreposition(tokens, start);
  return j !== -1 && isCallingAt(tokens, j - 1) && isCalledPlace(tokens, start, w);
}

/** "huisbezoek gepland bij cliënt op de Het Want 5": further back, the name must follow "op/aan (de)". */
function visitedAt(tokens: readonly Token[], start: number, w: number): boolean {
  return placePreposition(tokens, start) !== -1 && isCalledPlace(tokens, start, w);
}

/** Index of "op"/"aan" before the name at start (an article between), or -1. */
function placePreposition(tokens: readonly Token[], start: number): number {
  let j = start - 1;
  if (tokenAt(tokens, j)?.key === 'de' || tokenAt(tokens, j)?.key === 'het') j--;
  return CALL_AT.has(tokenAt(tokens, j)?.key ?? '') ? j : -1;
}

/** A room, day, page or month: "Kamer", "Dinsdag", "Bijlage", "Maart" name no street. */
export function isNotCalledAt(key: string): boolean {
  return NOT_CALLED_AT.has(key) || monthOf(key) !== undefined;
}

/** No room, day, page or office word in the name, and no month after its number. */
function isCalledPlace(tokens: readonly Token[], start: number, w: number): boolean {
  // "langs op de Open Dag 12 april": a date after the number.
  if (monthOf(tokens[w + 2]?.key ?? '') !== undefined) return false;
  for (let n = start; n <= w; n++) {
    if (NOT_CALLED_AT.has(tokens[n]!.key) || NOT_STREETS.has(tokens[n]!.key)) return false;
  }
  return true;
}

/** End of "12", "33a", "4-2", "210B", "123 bis"; -1 when the number is a count, decimal or time. */
export function houseNumberEnd(tokens: readonly Token[], k: number): number {
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
      isGluedNumber(next, afterNext) &&
      !(next.text === ',' && isGluedPostcode(afterNext!, tokens[k + 3]))
    ) {
      return -1;
    } else if (next.text === '%') {
      return -1;
    } else if (
      next.text === '-' &&
      isGlued(next, afterNext) &&
      (/^[A-Za-z]$/.test(afterNext?.text ?? '') || ADDITIONS.has(afterNext?.key ?? ''))
    ) {
      last = k + 2; // "12-A", "14-bis"
    } else if (next.text === '-' && isGluedNumber(next, afterNext) && afterNext!.text.length <= 4) {
      last = k + 2;
      if (isGlued(afterNext, tokens[k + 3]) && /^[A-Za-z]$/.test(tokens[k + 3]?.text ?? '')) last = k + 3;
    }
  }
  const following = tokens[last + 1];
  if (following !== undefined && WORD_ADDITIONS.has(following.key)) return following.end;
  // "Dreef 61 kamer 214": a room in a care home.
  if (following?.key === 'kamer' && tokens[last + 2]?.type === 'number') return tokens[last + 2]!.end;
  return isCount(following) ? -1 : tokens[last]!.end;
}

// House-number additions typed against the number: "4hs" (huis), "12bis", "3hg" (hoog), "7bg", "14II".
const ADDITIONS = wordSet('hs huis hg bg bis ter ii iii iv');
// "123 bis", "140 rood" (Rotterdam's upper floors): a word after the number that belongs to it.
const WORD_ADDITIONS = wordSet('bis rood zwart');

/** "14,7544RT": a postcode typed against the comma after the house number, no decimal. */
function isGluedPostcode(digits: Token, letters: Token | undefined): boolean {
  const text = letters?.text ?? '';
  return (
    digits.text.length === 4 && isGlued(digits, letters) && text.length === 2 && text === text.toUpperCase()
  );
}

function isGluedNumber(left: Token, right: Token | undefined): boolean {
  return right?.type === 'number' && isGlued(left, right);
}
