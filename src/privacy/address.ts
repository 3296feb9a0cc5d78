import { contextStreetStart } from './address-context.ts';
import { isHomeLabelColon, livesAtInEnglish } from './address-labels.ts';
import { lowerCaseStreetStart } from './address-lower-streets.ts';
import { oppositeNumberAt } from './address-opposite.ts';
import { postalStreetStart } from './address-postal.ts';
import {
  ADDRESS_CUES,
  COUNT_NOUNS,
  isCount,
  LEADING_STREET_WORDS,
  NOT_STREETS,
  STREET_SUFFIXES,
} from './address-words.ts';
import { isDigitCode } from './chars.ts';
import type { Finding } from './findings.ts';
import { DEFINITE_ARTICLES } from './function-words.ts';
import { isOrganisationAddress } from './organisation-address.ts';
import { NOT_GIVEN_NAMES } from './person-name-words.ts';
import { postcodeAt } from './postcode.ts';
import {
  houseNumberEnd,
  isAbbreviatedStreet,
  isStreetPrefix,
  numberWordBefore,
  STRONG_SUFFIXES,
  streetStart,
  suffixesEnding,
} from './street-names.ts';
import { isCapitalised, isGlued, type Token, tokenAt } from './tokens.ts';
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
  // The number first: a count, decimal or time ("12 deelnemers", "3,5", "9:30") needs no street.
  const end = houseNumberEnd(tokens, k);
  if (end === -1) return null;
  let start = streetStart(tokens, k, isOrganisation);
  // "op Brink 175-3", "naar Dam 12-3": a street word on its own, with a house-number addition or
  // after "op", "aan", "naar".
  if (start === -1 && isBareStreetWord(tokens, k - 1, isOrganisation)) {
    if (end > number.end || (afterPlacePreposition(tokens, k - 1) && endsAddress(tokens[k + 1])))
      start = k - 1;
  }
  // "zit tijdelijk bij zijn moeder, de Esch 52": any capitalised word after staying with someone.
  if (
    start === -1 &&
    isStayingWithBefore(tokens, k - 1, isOrganisation) &&
    endsAddress(tokens[end === number.end ? k + 1 : k + 2])
  )
    start = k - 1;
  // "postcode 6511 TZ, huisnr 22", "verhuist naar Het Want 12", "Dijkgraaf 3 als woonadres": the words
  // around a street without an ending.
  if (start === -1) start = lowerCaseStreetStart(tokens, k, end);
  if (start === -1) start = contextStreetStart(tokens, k, end, isOrganisation);
  if (start === -1) start = postalStreetStart(tokens, k, end, isOrganisation);
  if (start === -1)
    return (
      numberBeforeStreet(tokens, k, isOrganisation) ??
      oppositeNumberAt(tokens, k, (from, to) => isOrganisationAddress(tokens, from, to, isOrganisation))
    );
  if (isYear(number) && !hasCue(tokens, start)) return null;
  // "woont in RUINERWOLD 7963 pb": the digits of a postcode are no house number (the guard has asked
  // postcodeAt here already, so this costs nothing; the office test after it does).
  if (number.text.length === 4 && postcodeAt(tokens, k) !== null) return null;
  if (isOrganisationAddress(tokens, start, k, isOrganisation)) return null;
  return { kind: 'address', start: tokens[start]!.start, end };
}

/**
 * "woont op nummer 14 van de Beukenlaan", "huisnr 7 aan de Meeuwenlaan": the number first, after
 * "nummer" or "nr." and an address cue (or after "huisnummer", "huisnr", "hnr"), then "van", "aan" or
 * "op" (and "de") and a street with a street ending; or right after a colon that follows a label for a
 * home, in the English order ("address of the candidate: 14 Paterswoldseweg"). Looks at most four
 * tokens either way.
 */
function numberBeforeStreet(
  tokens: readonly Token[],
  k: number,
  isOrganisation: (k: number) => boolean,
): Finding | null {
  const word = numberWordBefore(tokens, k);
  let s = k + 1;
  let first = word;
  if (word === -1) {
    if (!isHomeLabelColon(tokens, k - 1) && !livesAtInEnglish(tokens, k)) return null;
    first = k;
  } else {
    // "woont op nummer 14, Eikenlaan": a comma before the street too.
    if (!NUMBER_LINKS.has(tokens[k + 1]?.key ?? '') && tokens[k + 1]?.text !== ',') return null;
    if (!HOUSE_NUMBER_WORDS.has(tokens[word]!.key) && !hasCue(tokens, word)) return null;
    s++;
    if (ARTICLES.has(tokens[s]?.key ?? '')) s++;
    // Held-out 43: "op nr 12 van de Burg. Lambertslaan": a title before the street's name, perhaps abbreviated.
    if (isStreetPrefix(tokens[s]) && tokens[s + 1]?.type === 'word') s++;
    else if (isStreetPrefix(tokens[s]) && tokens[s + 1]?.text === '.' && isGlued(tokens[s], tokens[s + 1]))
      s += 2;
  }
  const street = tokens[s];
  if (street === undefined || street.type !== 'word' || isOrganisation(s) || NOT_STREETS.has(street.key))
    return null;
  const suffix = suffixesEnding(street.key).find(
    (x) => street.key.endsWith(x) && street.key.length > x.length + 2,
  );
  // "op nr 5 van de Rozenln": an abbreviated street too (batch 47).
  if (
    !isAbbreviatedStreet(street.key) &&
    (suffix === undefined || (!isCapitalised(street) && !STRONG_SUFFIXES.has(suffix)))
  )
    return null;
  if (isOrganisationAddress(tokens, first, s, isOrganisation)) return null;
  return { kind: 'address', start: tokens[first]!.start, end: street.end };
}

const NUMBER_LINKS = wordSet('van aan op');
const HOUSE_NUMBER_WORDS = wordSet('huisnummer huisnr hnr');

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
const ARTICLES = DEFINITE_ARTICLES;

/** "op Brink 5", "aan de Kade 12". */
function afterPlacePreposition(tokens: readonly Token[], w: number): boolean {
  const before = tokens[w - 1]?.key ?? '';
  if (ARTICLES.has(before)) return BARE_STREET_BEFORE.has(tokens[w - 2]?.key ?? '');
  return BARE_STREET_BEFORE.has(before);
}

// "logeert bij zijn zus", "slaapt voorlopig bij een vriendin", "zit tijdelijk bij haar oma in": a
// client staying with someone, after which a street needs no street ending ("de Esch 52").
const STAY_WITH_VERBS = wordSet(`logeert logeerde slaapt sliep zit zat verblijft verbleef woont woonde
  ingetrokken`);
const STAY_WITH_FILLERS = wordSet(`tijdelijk voorlopig even nu al sinds kort weer nog in`);
const HOSTS = wordSet(`moeder vader ouders zus zusje broer broertje oom tante oma opa vriend vriendin
  vriendje kennis kennissen neef nicht partner schoonmoeder schoonvader schoonouders stiefvader stiefmoeder
  dochter zoon kinderen grootouders`);
const HOST_BEFORE = wordSet("zijn haar z'n d'r een de");
const HOST_AFTER = wordSet('op aan in');

/** The word at `w` if it is capitalised and no organisation's name, else undefined. */
function capitalisedWordAt(
  tokens: readonly Token[],
  w: number,
  isOrganisation: (k: number) => boolean,
): Token | undefined {
  const word = tokens[w];
  if (word === undefined || word.type !== 'word' || !isCapitalised(word) || isOrganisation(w))
    return undefined;
  return word;
}

/**
 * "bij zijn moeder, de Esch" / "bij zijn zus op het Want" / "bij haar oma in, de Bongerd": the word
 * at `w` (capitalised, no organisation) comes a few tokens after "bij" a host and a verb of staying.
 */
function isStayingWithBefore(
  tokens: readonly Token[],
  w: number,
  isOrganisation: (k: number) => boolean,
): boolean {
  const word = capitalisedWordAt(tokens, w, isOrganisation);
  if (word === undefined) return false;
  if (NOT_STREETS.has(word.key) || COUNT_NOUNS.has(word.key)) return false;
  // "bij haar moeder, Bijlage 2": a document's part or a sentence opener, not a street; after an
  // article it names a place ("op het Want 11").
  if (NOT_GIVEN_NAMES.has(word.key) && !ARTICLES.has(tokenAt(tokens, w - 1)?.key ?? '')) return false;
  let j = w - 1;
  if (ARTICLES.has(tokenAt(tokens, j)?.key ?? '')) j--;
  if (tokenAt(tokens, j)?.text === ',' || tokenAt(tokens, j)?.text === ':') j--;
  if (HOST_AFTER.has(tokenAt(tokens, j)?.key ?? '')) j--;
  if (tokenAt(tokens, j)?.text === ',' || tokenAt(tokens, j)?.text === ':') j--;
  if (!HOSTS.has(tokenAt(tokens, j)?.key ?? '')) return false;
  j--;
  if (HOST_BEFORE.has(tokenAt(tokens, j)?.key ?? '')) j--;
  // "post gaat naar zijn moeder, Ridderspoor 12": a letter sent to the person it stays with.
  if (tokenAt(tokens, j)?.key === 'naar') return isMailedBefore(tokens, j);
  if (tokenAt(tokens, j)?.key !== 'bij') return false;
  for (let v = j - 1; v >= 0 && v >= j - 4; v--) {
    const key = tokens[v]!.key;
    if (STAY_WITH_VERBS.has(key)) return true;
    if (!STAY_WITH_FILLERS.has(key)) return false;
  }
  return false;
}

const MAIL_WORDS = wordSet('post brief brieven poststukken stuur sturen gestuurd');
const MAIL_WINDOW = 4;

function isMailedBefore(tokens: readonly Token[], j: number): boolean {
  for (let v = j - 1; v >= 0 && v >= j - MAIL_WINDOW; v--) {
    if (MAIL_WORDS.has(tokens[v]!.key)) return true;
    if (tokens[v]!.type === 'punct') return false;
  }
  return false;
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
  const key = capitalisedWordAt(tokens, w, isOrganisation)?.key;
  return key !== undefined && (LEADING_STREET_WORDS.has(key) || STREET_SUFFIXES.includes(key));
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
