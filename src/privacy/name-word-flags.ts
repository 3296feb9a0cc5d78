import { FIRST_NAMES } from './first-names.ts';
import { isCommonWord, isKnownFirstName, isLexiconFirstName, isLexiconSurname } from './name-lexicon.ts';
import { isHyphenatedSurname } from './person-hyphenated-surname.ts';
import {
  BACK_REFERENCES,
  CLIENT_NOUNS,
  DOTTED_TITLES,
  LOWERCASE_AMBIGUOUS,
  LOWERCASE_COMMON_NOT_NAMES,
  LOWERCASE_STARTS,
  LOWERCASE_WORDLIKE,
  LOWERCASE_WORLD_NAMES,
  NOT_BEFORE_NAMES,
  NOT_GIVEN_NAMES,
  NOT_NAMES,
  NOUN_ENDINGS,
  PARTICLES,
  SENTENCE_OPENERS,
  TITLES,
} from './person-name-words.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';

/**
 * What the name rules need to know of a word key, as bits: the person-name word lists asked once per
 * key instead of once per rule (findPersonRefs runs some ten rules over every capitalised word).
 */
export const TITLE = 1;
export const DOTTED_TITLE = 2;
export const CLIENT_NOUN = 4;
/** isFirstName's test of a capitalised word: "sanne", "sanne's", "anna-lena". */
export const FIRST_NAME = 8;
export const NOT_NAME = 16;
export const NOT_GIVEN_NAME = 32;
/** The key alone rules out a plain capitalised word (opener, noun ending, too long, ...). */
export const NOT_PLAIN = 64;
/** The key alone rules out an unknown subject ("Xandra heeft ..."). */
export const NOT_SUBJECT = 128;
export const PARTICLE = 256;
export const NOT_BEFORE_NAME = 512;
export const BACK_REFERENCE = 1024;
/** Bits computed: a key absent from the cache has no entry, 0 would be ambiguous. */
const KNOWN = 1 << 30;

// Keys seen in scans, with their flags; cleared when large so that odd input cannot grow it.
const cache = new Map<string, number>();
const CACHE_LIMIT = 50_000;

/** The flags of a token's key, kept on the token after the first question. */
export function tokenFlags(token: Token): number {
  const flags = token.nameFlags;
  if (flags !== 0) return flags;
  token.nameFlags = nameWordFlags(token.key) | joinedGivenName(token);
  // "Tjin-A-Kwie heeft ...": a hyphenated surname may be a sentence's unknown subject (det-forms38).
  if ((token.nameFlags & NOT_SUBJECT) !== 0 && token.key.includes('-') && isHyphenatedSurname(token))
    token.nameFlags &= ~(NOT_SUBJECT | NOT_PLAIN);
  // The flags depend on the word's text alone: its record keeps them for the next scans.
  if (token.record !== null) token.record.nameFlags = token.nameFlags;
  return token.nameFlags;
}

/**
 * "Ilse-Marije", "Anna-Femmigje": a known first name joined to a second capitalised one that no list
 * knows (as written: "Anna-fonds" is no name). FIRST_NAME, or 0.
 */
function joinedGivenName(token: Token): number {
  const dash = token.key.indexOf('-');
  if (dash < 2 || token.key.length - dash < 4 || !FIRST_NAMES.has(token.key.slice(0, dash))) return 0;
  const second = token.text[token.text.indexOf('-') + 1] ?? '';
  return second !== second.toLowerCase() && /^[a-z]+$/.test(token.key.slice(dash + 1)) ? FIRST_NAME : 0;
}

export function nameWordFlags(key: string): number {
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const flags = computeFlags(key) | KNOWN;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, flags);
  return flags;
}

function computeFlags(key: string): number {
  let flags = 0;
  if (TITLES.has(key)) flags |= TITLE;
  if (DOTTED_TITLES.has(key)) flags |= DOTTED_TITLE;
  if (CLIENT_NOUNS.has(key)) flags |= CLIENT_NOUN;
  if (isFirstNameKey(key)) flags |= FIRST_NAME;
  if (NOT_NAMES.has(key) || isStreetName(key)) flags |= NOT_NAME;
  if (NOT_GIVEN_NAMES.has(key)) flags |= NOT_GIVEN_NAME;
  if (PARTICLES.has(key)) flags |= PARTICLE;
  if (NOT_BEFORE_NAMES.has(key)) flags |= NOT_BEFORE_NAME;
  if (BACK_REFERENCES.has(key)) flags |= BACK_REFERENCE;
  const notWord =
    SENTENCE_OPENERS.has(key) ||
    CLIENT_NOUNS.has(key) || // "clt heeft adhd": the shorthand for "cliënt" is no name (held-out 39's class)
    NOT_GIVEN_NAMES.has(key) ||
    NOT_NAMES.has(key) ||
    (hasWordEnding(key) && !isNameNotWord(key));
  if (notWord || key.length > 14) flags |= NOT_PLAIN;
  if (notWord || key.length < 3 || key.length > 14 || key.includes('-')) flags |= NOT_SUBJECT;
  return flags;
}

/** "Begeleiding", "Werkgevers", "Lastig": a Dutch noun's, plural's or adjective's ending. */
function hasWordEnding(key: string): boolean {
  return (key.endsWith('en') && !key.endsWith('sen')) || NOUN_ENDINGS.some((e) => key.endsWith(e));
}

/**
 * "Wouters", "Verhoeven": a surname of the lexicon that ends like a noun or plural but is no frequent
 * word ("Winters", "Bergen" are), so an unknown subject all the same.
 */
function isNameNotWord(key: string): boolean {
  return (isLexiconSurname(key) || key.length <= 7) && !isCommonWord(key);
}

function isFirstNameKey(token: string): boolean {
  const key = token.endsWith("'s") ? token.slice(0, -2) : token;
  if (isKnownFirstName(key)) return true;
  // "Ahmeds depressie": the genitive glued on without an apostrophe.
  if (key.length >= 4 && key.endsWith('s') && !key.endsWith('ss') && isKnownFirstName(key.slice(0, -1)))
    return true;
  // "Anna-Lena", "Jan-Peter": two first names joined.
  const dash = key.indexOf('-');
  return dash > 0 && isKnownFirstName(key.slice(0, dash)) && isKnownFirstName(key.slice(dash + 1));
}

// "Karel Doormanstraat", "Kees op de Molenweg": a street, not a surname (not "-laan", "-dijk", "-kade":
// Verlaan, Hoogendijk, Verkade are surnames).
const STREET_ENDINGS = ['straat', 'gracht', 'plein', 'singel', 'steeg', 'dreef', 'weg'];

export function isStreetName(key: string): boolean {
  return !key.startsWith('ver') && STREET_ENDINGS.some((e) => key.length >= e.length + 3 && key.endsWith(e));
}

/** The lower-case words a person reference can start with: see LOWERCASE_STARTS, and "sanne's". */
export function isLowercaseStart(key: string): boolean {
  return (
    LOWERCASE_STARTS.has(key) ||
    LOWERCASE_WORLD_NAMES.has(key) ||
    isLowercaseGenitive(key) ||
    isJoinedLowercaseName(key) ||
    isLowercaseLexiconName(key)
  );
}

/** isLowercaseStart of a token's key, answered once per distinct word (word-records.ts). */
export const isLowercaseStartWord = keyTest(isLowercaseStart);

/** "jan", "sanne's": a known first name, or one with a genitive, as a lower-case word may be. */
export function isLowercaseFirstNameKey(key: string): boolean {
  return (
    FIRST_NAMES.has(key) ||
    LOWERCASE_WORLD_NAMES.has(key) ||
    isLowercaseGenitive(key) ||
    isJoinedLowercaseName(key) ||
    isLowercaseLexiconName(key)
  );
}

/**
 * det-lower37: "wannes", "giel", "famke": a first name of the lexicon typed in lower case, as chat types the
 * hand list's ("sanne"): one that is no frequent word of Dutch ("louis", "ward", "eden" are) and none
 * of LOWERCASE_WORDLIKE. Probed over 524 of its names in 47 chat frames: 17 % of the lines found, 85 % now.
 */
function isLowercaseLexiconName(key: string): boolean {
  if (!isLexiconFirstName(key) || LOWERCASE_WORDLIKE.has(key)) return false;
  return !isCommonWord(key) || !LOWERCASE_COMMON_NOT_NAMES.has(key);
}

/**
 * det-lower38: a lexicon name that is also frequent in Dutch subtitles ("antonio", "cristina", "vladimir",
 * "pedro", "romeo"), as the names of films and songs are, counts in lower case only where a person is spoken
 * of, as "roos" and "mark" do (person-first-name-refs.ts); the list's such names ("jan", "noor") too.
 */
export function isAmbiguousLowercaseName(key: string): boolean {
  return LOWERCASE_AMBIGUOUS.has(key) || (isLexiconFirstName(key) && isCommonWord(key));
}

/** Held-out 25: "pieter-bas", "anne-fleur": two known first names joined, typed in lower case. */
function isJoinedLowercaseName(key: string): boolean {
  const dash = key.indexOf('-');
  return dash > 1 && FIRST_NAMES.has(key.slice(0, dash)) && FIRST_NAMES.has(key.slice(dash + 1));
}

/** "sanne's ocd": a lower-case first name with a genitive (not one that is also a word: "jan's"). */
export function isLowercaseGenitive(key: string): boolean {
  // Keys are folded: "sanne’s" is "sanne's".
  if (!key.endsWith("'s")) return false;
  const stem = key.slice(0, -2);
  return FIRST_NAMES.has(stem) && !isAmbiguousLowercaseName(stem);
}

// "hendriks", "jansen", "gerritsen", "hendrikx": a surname made of a first name and a patronymic ending.
const PATRONYMIC_ENDINGS = ['sen', 'zen', 'se', 's', 'x'];
const PATRONYMIC_MIN_LENGTH = 5;

/** "hendriks", "jansen", "pieters": a first name with a patronymic ending, as many Dutch surnames are. */
export function isPatronymicKey(key: string): boolean {
  if (key.length < PATRONYMIC_MIN_LENGTH) return false;
  return PATRONYMIC_ENDINGS.some((e) => key.endsWith(e) && FIRST_NAMES.has(key.slice(0, -e.length)));
}

/** "Roels", "Esra's": a capitalised first name's genitive at j. */
export function isNameGenitiveAt(tokens: readonly Token[], j: number): boolean {
  const token = tokens[j];
  if (token === undefined || !token.capitalised) return false;
  const key = token.key;
  if (key.endsWith("'s")) return FIRST_NAMES.has(key.slice(0, -2));
  return key.endsWith('s') && FIRST_NAMES.has(key.slice(0, -1));
}
