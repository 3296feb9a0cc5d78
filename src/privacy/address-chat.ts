import { COUNT_NOUNS, NOT_PLACE_NAMES, NOT_STREETS } from './address-words.ts';
import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { FIRST_NAMES } from './first-names.ts';
import { DEFINITE_ARTICLES } from './function-words.ts';
import { isVenueToken } from './organisation-words.ts';
import { isNotCalledAt } from './street-names.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * "hij zit op de beukenhof 12", "klant zit sinds kort op het zand 3", "ze zit op kamers aan de lindenhof 9":
 * in chat "zit" says where someone lives. A person, "zit" (a few fillers after it), "op", "in" or "aan"
 * (an article perhaps), one or two words in any case that name no room, stage, count, venue or person, and
 * a house number that ends the clause. Every look is bounded by a few tokens.
 */

const PERSONS = wordSet(`hij zij ze ${CLIENT_ROLES} clt ${FORMS_OF_ADDRESS} ${YOUNG_PEOPLE} ${RELATIVES}`);
const SIT = wordSet('zit zat');
// SIT asked of every word before a number: keys are V8's shared strings, so this compares two addresses.
const isSit = (key: string) => key === 'zit' || key === 'zat';
const FILLERS = wordSet('nu nog al weer ook tijdelijk sinds kort sindsdien op kamers');
const PREPOSITIONS = wordSet('op in aan');
const ARTICLES = DEFINITE_ARTICLES;
// "zit op de wachtlijst", "zit op school", "zit in de bijstand": where someone is in a process, no street.
const NOT_PLACES =
  wordSet(`wachtlijst lijst bank stoel school plek plaats positie nummer rij stap trede uitkering
  regeling bijstand schulden schuldhulp opleiding cursus baan`);
const MAX_FILLERS = 3;
const NAME_WORDS = 2;
// Where "zit" may stand before the number: after it at least a preposition and one name word, at most
// MAX_FILLERS fillers, a preposition, an article and NAME_WORDS name words.
const SIT_NEAREST = 3;
const SIT_FARTHEST = MAX_FILLERS + NAME_WORDS + 3;

/** Index of the first name word of a street a person "zit" at, whose house number is token k, or -1. */
export function sitsAtStreet(
  tokens: readonly Token[],
  k: number,
  isOrganisation: (k: number) => boolean,
): number {
  // "zit" or "zat" can only stand SIT_NEAREST to SIT_FARTHEST tokens before the number: without it, no
  // word is asked anything.
  let sit = false;
  for (let j = k - SIT_NEAREST; j >= 0 && j >= k - SIT_FARTHEST && !sit; j--) sit = isSit(tokens[j]!.key);
  if (!sit) return -1;
  let start = k;
  while (start > k - NAME_WORDS && isNameWord(tokens, start - 1, isOrganisation)) start--;
  if (start === k) return -1;
  let j = start - 1;
  if (ARTICLES.has(tokens[j]?.key ?? '')) j--;
  if (!PREPOSITIONS.has(tokens[j]?.key ?? '')) return -1;
  j--;
  for (let n = 0; n < MAX_FILLERS && FILLERS.has(tokens[j]?.key ?? ''); n++) j--;
  if (!SIT.has(tokens[j]?.key ?? '') || !PERSONS.has(tokens[j - 1]?.key ?? '')) return -1;
  return start;
}

function isNameWord(tokens: readonly Token[], j: number, isOrganisation: (k: number) => boolean): boolean {
  const token = tokens[j];
  if (token === undefined || token.type !== 'word' || token.text.length < 3 || token.lineBefore) return false;
  const key = token.key;
  return (
    !isOrganisation(j) &&
    !ARTICLES.has(key) &&
    !PREPOSITIONS.has(key) &&
    !FILLERS.has(key) &&
    !NOT_STREETS.has(key) &&
    !NOT_PLACES.has(key) &&
    !COUNT_NOUNS.has(key) &&
    !NOT_PLACE_NAMES.has(key) &&
    !isNotCalledAt(key) &&
    !FIRST_NAMES.has(key) &&
    !isVenueToken(token)
  );
}
