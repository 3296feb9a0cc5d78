import type { Finding } from './findings.ts';
import { DEFINITE_ARTICLES } from './function-words.ts';
import { isAbbreviatedStreet, STRONG_SUFFIXES, suffixesEnding } from './street-names.ts';
import { isCapitalised, type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 47: where a home is told by what it stands near.
 * - The house opposite a number: "woont t.o. 14 op de Dorpsstraat", "tegenover 8 aan de Kerkweg woont
 *   de kandidaat". "t.o." or "tegenover" (perhaps "nr"/"nummer"), the number, "op/aan/in (de)" and a
 *   street with a street ending (or its abbreviation): the number is a house's, the line need not say
 *   who lives there ("t.o. 14 deelnemers" has no street after it).
 * - A landmark: "woont t.o. de bibliotheek, Raadhuisstraat 12", "woont boven de winkel, Lindelaan 22".
 *   An office or venue word right after "tegenover", "naast", "boven", "achter", "vlakbij" (an article
 *   between) after a word for living says where the home is, not whose address it is
 *   (organisation-address.ts).
 */

const OPPOSITE = 'tegenover';
const NUMBER_WORDS = wordSet('nr nummer huisnummer');
const LINKS = wordSet('op aan in');
const ARTICLES = DEFINITE_ARTICLES;
const LANDMARK_PREPOSITIONS = wordSet('tegenover naast boven achter vlakbij nabij schuin');

/** Index of the first token of "t.o." ending at `last` ("t", ".", "o", "."), or -1. */
function shortOppositeEndingAt(tokens: readonly Token[], last: number): number {
  const f = last - 3;
  if (f < 0) return -1;
  const [t, dot1, o, dot2] = [tokens[f]!, tokens[f + 1]!, tokens[f + 2]!, tokens[last]!];
  const glued = !dot1.spaceBefore && !o.spaceBefore && !dot2.spaceBefore;
  return glued && t.key === 't' && dot1.text === '.' && o.key === 'o' && dot2.text === '.' ? f : -1;
}

/** Index of the first token of "tegenover" or "t.o." ending at `last`, or -1. */
function oppositeEndingAt(tokens: readonly Token[], last: number): number {
  if (tokenAt(tokens, last)?.key === OPPOSITE) return last;
  return shortOppositeEndingAt(tokens, last);
}

/** "t.o. 14 op de Dorpsstraat": the address whose number is token k, or null. */
export function oppositeNumberAt(
  tokens: readonly Token[],
  k: number,
  isOfficeAddress: (start: number, end: number) => boolean,
): Finding | null {
  let before = k - 1;
  if (NUMBER_WORDS.has(tokenAt(tokens, before)?.key ?? '')) before--;
  const first = oppositeEndingAt(tokens, before);
  if (first === -1) return null;
  let s = k + 1;
  if (!LINKS.has(tokens[s]?.key ?? '')) return null;
  s++;
  if (ARTICLES.has(tokens[s]?.key ?? '')) s++;
  const street = tokens[s];
  if (street?.type !== 'word' || !isStreetWord(street)) return null;
  if (isOfficeAddress(first, s)) return null;
  return { kind: 'address', start: tokens[first]!.start, end: street.end };
}

function isStreetWord(street: Token): boolean {
  if (isAbbreviatedStreet(street.key)) return true;
  const suffix = suffixesEnding(street.key).find(
    (x) => street.key.endsWith(x) && street.key.length > x.length + 2,
  );
  return suffix !== undefined && (isCapitalised(street) || STRONG_SUFFIXES.has(suffix));
}

/**
 * The office or venue word at j follows "tegenover", "naast", "boven" ... (an article between), said of
 * where someone lives ("woont t.o. de bibliotheek"): a landmark. Without a word for living there it
 * may still be directions to an office ("Fietsenstalling achter het gemeentehuis, Raadhuisplein 1").
 */
export function isLandmark(tokens: readonly Token[], j: number): boolean {
  let p = j - 1;
  if (ARTICLES.has(tokenAt(tokens, p)?.key ?? '')) p--;
  let first = p;
  if (!LANDMARK_PREPOSITIONS.has(tokenAt(tokens, p)?.key ?? '')) {
    first = shortOppositeEndingAt(tokens, p);
    if (first === -1) return false;
  }
  for (let b = first - 1; b >= 0 && first - b <= LIVING_WINDOW; b--) {
    if (LIVING.has(tokens[b]!.key)) return true;
    if (tokens[b]!.type === 'punct') return false;
  }
  return false;
}

const LIVING = wordSet('woont woonde wonen woonachtig wonend verhuisd verhuist slaapt verblijft');
const LIVING_WINDOW = 4;
