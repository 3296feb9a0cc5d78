import { CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import type { DateMention } from './date-mention.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { BORN_SIGN } from './numeric-dates.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';
import { monthOf } from './written-dates.ts';

/*
 * More ways a sentence says a date is or is not someone's birth (birthdate.ts asks these): a person
 * who "is van" a year ("hij is van '77", "Cliënt is van 4 juni 1965"), a year "in 1985 geboren", and a
 * date that is a threshold for a group ("Wie na 1-1-1960 geboren is", "geboren vóór 1 januari 1962").
 * Every look is bounded by a few tokens.
 */

// "hij is ongeveer van 1970": a word of estimate between the verb and "van".
const ESTIMATES = wordSet("ongeveer rond circa ca zo'n pakweg");
// Only "is": "was van 2005 bij de gemeente" is as often a period.
const BE = wordSet('is');
export const PERSON_WORDS = wordSet(
  `hij zij ze ie man vrouw ${CLIENT_ROLES} ${FORMS_OF_ADDRESS} ${YOUNG_PEOPLE} ${RELATIVES}`,
);
// "ze is van 12 maart tot 2 april weg", "hij is van 9 tot 5 op kantoor": a span, not a birth.
// "Hij is van 2005 in dienst", "is van 1998 werkzaam bij Jumbo": since when, not a birth.
const SPAN_AFTER = wordSet('tot t tm af naar in bij werkzaam actief lid aan op onder via al');

/**
 * A person (a pronoun, a client word, a title or a first name) then "is van" (a word of estimate
 * between perhaps) right before the date, and no span after it: "ze is van '97", "Meneer is van 1956".
 */
export function isPersonOfDate(tokens: readonly Token[], date: DateMention, sentenceFrom: number): boolean {
  let j = date.first - 1;
  // "hij is van het jaar 1977".
  if (tokens[j]?.key === 'jaar' && tokens[j - 1]?.key === 'het') j -= 2;
  if (tokens[j]?.key !== 'van' || j - 2 < sentenceFrom) return false;
  j--;
  if (ESTIMATES.has(tokens[j]!.key) && j - 2 >= sentenceFrom) j--;
  if (!BE.has(tokens[j]!.key)) return false;
  const who = tokens[j - 1]!;
  const person = PERSON_WORDS.has(who.key) || (isCapitalised(who) && isKnownFirstName(who.key));
  if (!person) return false;
  const after = tokens[date.last + 1];
  if (after === undefined || after.lineBefore) return true;
  // "van 1990 en 1992" names two; "ze is van 1992 en woont nog thuis" one.
  if (after.key === 'en') return tokens[date.last + 2]?.type !== 'number';
  return !SPAN_AFTER.has(after.key) && after.text !== '-';
}

/** A date in words that ends in a year ("vijf mei negentienzevenenzeventig"), not in its month. */
export function hasYearInWords(tokens: readonly Token[], date: DateMention): boolean {
  return date.year === null && monthOf(tokens[date.last]!.key) === undefined;
}

// "Aanmelding: 1998 geboren / ...", "klant, 1987 geboren, ...": the year opens its clause (since heldout17-classes).
const CLAUSE_OPENERS = new Set([':', ',', '/', '(', '|', ';']);

/** "hij is in 1979 geboren", "werd in '85 geboren", ": 1998 geboren": "in" or a clause's start, the year, then "geboren" or "born". */
export function isYearThenBorn(tokens: readonly Token[], date: DateMention): boolean {
  const after = tokens[date.last + 1];
  if (after === undefined || after.lineBefore || (after.key !== 'geboren' && after.key !== 'born'))
    return false;
  const before = tokens[date.first - 1];
  return before === undefined || date.start === 0 || before.key === 'in' || CLAUSE_OPENERS.has(before.text);
}

/** "(°1994)": the genealogists' sign for "born" glued before the year (since heldout17-classes). */
export function isBornSign(tokens: readonly Token[], date: DateMention): boolean {
  return tokens[date.first - 1]?.text === BORN_SIGN;
}

// "Wie na 1-1-1960 geboren is", "geboren vóór 1 januari 1962", "born before 1960": a bound for a group.
const BOUNDS = wordSet('na voor vanaf tussen tot before after until');
const COMPARATIVES = wordSet('later eerder ouder jonger');
const BETWEEN = 'tussen';
const BETWEEN_WINDOW = 6;

/** A bound right before the date: "na", "voor", "vanaf", "later dan", or "en" after "tussen" and a date. */
export function isBound(tokens: readonly Token[], date: DateMention): boolean {
  const before = tokens[date.first - 1];
  if (before === undefined) return false;
  if (BOUNDS.has(before.key)) return true;
  // Batch 57: "Wie in 1997 geboren is valt er nog onder": whoever was born then, a group.
  if (before.key === 'in' && tokens[date.first - 2]?.key === 'wie') return true;
  if (before.key === 'dan') return COMPARATIVES.has(tokens[date.first - 2]?.key ?? '');
  if (before.key !== 'en') return false;
  for (let j = date.first - 2; j >= 0 && j >= date.first - 1 - BETWEEN_WINDOW; j--) {
    if (tokens[j]!.key === BETWEEN) return true;
    if (tokens[j]!.lineBefore) return false;
  }
  return false;
}
