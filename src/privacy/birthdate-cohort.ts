import { PERSON_WORDS } from './birthdate-said.ts';
import { type DateMention, makeDate } from './date-mention.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import { isCapitalised, isGlued, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * A person called a cohort of their birth year: "hij is een 2004-er", "Mevrouw is een 85'er", "de
 * klant, een 1979'er, ...". The year is the person's year of birth, as in "ze is van 2004". Only with a
 * person (a pronoun, a client word, a title, a relative or a known first name) right before "is/was een"
 * or ", een": "de auto is een 2004-er" and "een 2004-er wijn" are things. Looks at most four tokens back
 * and two on.
 */
const MARKS = new Set(["'", '’', '-']);
const BE = wordSet('is was');

/** "85'er": a two-digit year glued to a mark and "er" (four digits are read by yearAlone). */
export function cohortYear(tokens: readonly Token[], k: number): DateMention | null {
  const year = tokens[k]!;
  if (year.text.length !== 2 || !hasCohortEnding(tokens, k)) return null;
  const mention = makeDate(tokens, k, k, 1, 1, Number(year.text), true);
  return mention === null ? null : { ...mention, withoutDay: true, withoutMonth: true };
}

/** The year alone at `date` is a person's cohort: "<person> is een 2004-er", "<person>, een 85'er". */
export function isPersonsCohort(tokens: readonly Token[], date: DateMention, sentenceFrom: number): boolean {
  if (date.first !== date.last || !hasCohortEnding(tokens, date.last)) return false;
  // "mevrouw is een 85'er, 12 maart ...": then it is the cue for the date that follows.
  if (tokens[date.last + 3]?.text === ',' && tokens[date.last + 4]?.type === 'number') return false;
  const j = date.first - 1;
  if (tokens[j]?.key !== 'een' || j - 2 < sentenceFrom) return false;
  const link = tokens[j - 1]!;
  if (!BE.has(link.key) && link.text !== ',') return false;
  const who = tokens[j - 2]!;
  return PERSON_WORDS.has(who.key) || (isCapitalised(who) && isKnownFirstName(who.key));
}

function hasCohortEnding(tokens: readonly Token[], k: number): boolean {
  const mark = tokens[k + 1];
  const er = tokens[k + 2];
  return (
    mark !== undefined &&
    MARKS.has(mark.text) &&
    isGlued(tokens[k], mark) &&
    er?.key === 'er' &&
    isGlued(mark, er) &&
    !(isGlued(er, tokens[k + 3]) && tokens[k + 3]!.type !== 'punct')
  );
}
