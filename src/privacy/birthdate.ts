import { isPersonsCohort } from './birthdate-cohort.ts';
import {
  birthCueAt,
  type Cue,
  isBirthCueKey,
  isOwnBirthday,
  isPersonsBuildYear,
  nearestCue,
} from './birthdate-cues.ts';
import { isEventSaid } from './birthdate-event-said.ts';
import { isBirthField } from './birthdate-field.ts';
import { hasYearInWords, isBornSign, isBound, isPersonOfDate, isYearThenBorn } from './birthdate-said.ts';
import { isAverageYear } from './birthdate-statistic.ts';
import type { DateMention } from './date-mention.ts';
import type { Finding } from './findings.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * The rule for dates of birth (meeting dates are the everyday case, so a bare date is not enough):
 *  1. A date with a birth cue ("geboren", "geb.", "geboortedatum", "DOB") at most six tokens before
 *     it in the same sentence is a date of birth when its year lies before the current year, or
 *     when it has no year at all ("geboren op 3 april").
 *  2. Without a cue, a full date is a date of birth when its year is at least 14 years before the
 *     current year (and at most 120): nobody plans a werkgroep in 2012, but many clients were born
 *     then. An event word just before it ("sinds", "vanaf", "per", "opgericht", "getekend", "wet",
 *     "periode") marks a historical date instead ("sinds 1 januari 2004").
 * Two-digit years are read as 20yy up to the current year and 19yy after it. The current year is the
 * year in Europe/Amsterdam of the guard's injected clock.
 */
export const MIN_AGE_YEARS = 14;
const MAX_AGE_YEARS = 120;
// "Sanne is jarig op 12 mei, taart!": a birthday celebrated in the team, not a client's date of birth.
const CELEBRATION_WORDS = wordSet(`taart gebak trakteert trakteren traktatie gefeliciteerd feliciteren
  feestje feest vieren viert gevierd cadeau cadeautje kaart kaartje borrel slingers`);
const CELEBRATION_WINDOW = 8;

/** The finding for `date` when it is a date of birth; `sentenceFrom` is the first token of its sentence. */
export function birthdateOf(
  tokens: readonly Token[],
  date: DateMention,
  sentenceFrom: number,
  currentYear: number,
): Finding | null {
  // "Wie na 1-1-1960 geboren is": a bound for a group, nobody's date.
  if (isBound(tokens, date)) return null;
  if (date.withoutMonth) return isBirthYear(tokens, date, sentenceFrom, currentYear);
  // "Cliënt is van 4 juni 1965", "hij is van vijf mei negentienzevenenzeventig": a full date, old enough.
  if (isPersonOfDate(tokens, date, sentenceFrom)) {
    const full = date.year === null ? hasYearInWords(tokens, date) : !date.withoutDay;
    if (full && (date.year === null || fullYear(date, currentYear) <= currentYear - MIN_AGE_YEARS))
      return { kind: 'birthdate', start: date.start, end: date.end };
  }
  // From here only isBirthdate can make the date one, and its strongest cue is "birth": a date no cue
  // makes one (this year's, "12 maart" without a cue) needs none of the tests below, which are pure.
  if (!isBirthdate(date, 'birth', currentYear)) return null;
  let cue = nearestCue(tokens, sentenceFrom, date);
  if (cue === 'none' && isBirthField(tokens, date, sentenceFrom)) cue = 'birth';
  // The tests below only turn a cue down ("birth" to "none", "none" to "event") or refuse the date, and
  // "own" and "event" make none a date of birth.
  if (cue !== 'birth' && (cue !== 'none' || !isBirthdate(date, 'none', currentYear))) return null;
  if (cue === 'birth' && date.year === null && isCelebration(tokens, sentenceFrom, date)) cue = 'none';
  if (cue === 'none' && isEventSaid(tokens, sentenceFrom, date)) cue = 'event';
  if (isOwnBirthday(tokens, sentenceFrom, date)) return null;
  return isBirthdate(date, cue, currentYear) ? { kind: 'birthdate', start: date.start, end: date.end } : null;
}

// Batch 60: "dat hij geboren is in '96": the auxiliary after the participle ("wie geboren is in 1997" is a group).
const YEAR_FILLERS = wordSet('in : . jaar het is was');
const GROUP_SUBJECTS = wordSet('wie iedereen allen');
const MAX_YEAR_FILLERS = 3;

/**
 * "geboren in 1985", "geboortejaar: 1985", "geb. 1985", "geb. '85": a year alone right after a birth cue (only
 * "in", a colon or a full stop between), and far enough back to be a client's (at least 14 years).
 */
function isBirthYear(
  tokens: readonly Token[],
  date: DateMention,
  sentenceFrom: number,
  currentYear: number,
): Finding | null {
  const year = fullYear(date, currentYear);
  if (year > currentYear - MIN_AGE_YEARS || year < currentYear - MAX_AGE_YEARS) return null;
  if (isAverageYear(tokens, date.first, sentenceFrom)) return null; // "mediaan geboortejaar instroom: 1992"
  // "ze is van '97", "hij is in 1979 geboren", "hij is een 2004-er".
  const bornAfter =
    isYearThenBorn(tokens, date) && birthCueAt(tokens, sentenceFrom, date.last + 1) === 'birth';
  if (
    isPersonOfDate(tokens, date, sentenceFrom) ||
    isPersonsCohort(tokens, date, sentenceFrom) ||
    bornAfter ||
    isBornSign(tokens, date) ||
    isBirthField(tokens, date, sentenceFrom)
  )
    return { kind: 'birthdate', start: date.start, end: date.end };
  let j = date.first - 1;
  // "geboren in 1985", "geboren in het jaar 1985".
  for (let n = 0; n < MAX_YEAR_FILLERS && j >= sentenceFrom && YEAR_FILLERS.has(tokens[j]!.key); n++) j--;
  const key = j >= sentenceFrom ? tokens[j]!.key : '';
  // "Kandidaat bouwjaar 1979" too.
  if (j >= sentenceFrom && isPersonsBuildYear(tokens, j))
    return { kind: 'birthdate', start: date.start, end: date.end };
  if (GROUP_SUBJECTS.has(tokens[j - 1]?.key ?? '')) return null;
  return isBirthCueKey(key) && birthCueAt(tokens, sentenceFrom, j) === 'birth'
    ? { kind: 'birthdate', start: date.start, end: date.end }
    : null;
}

function isBirthdate(date: DateMention, cue: Cue, currentYear: number): boolean {
  if (date.eightDigits === true)
    return cue === 'birth' && fullYear(date, currentYear) <= currentYear - MIN_AGE_YEARS;
  if (date.year === null || date.withoutDay || date.spaced)
    return cue === 'birth' && (date.year === null || fullYear(date, currentYear) < currentYear);
  const year = fullYear(date, currentYear);
  if (year < currentYear - MAX_AGE_YEARS) return false;
  if (cue === 'birth') return year < currentYear;
  return cue === 'none' && year <= currentYear - MIN_AGE_YEARS;
}

function fullYear(date: DateMention, currentYear: number): number {
  const year = date.year ?? currentYear;
  if (!date.twoDigitYear) return year;
  return year <= currentYear % 100 ? 2000 + year : 1900 + year;
}

/** A word of celebration near a date without a year: the sentence before it, or a few words after it. */
function isCelebration(tokens: readonly Token[], sentenceFrom: number, date: DateMention): boolean {
  for (
    let j = Math.max(sentenceFrom, date.first - CELEBRATION_WINDOW);
    j <= date.last + CELEBRATION_WINDOW;
    j++
  ) {
    const token = tokens[j];
    if (token === undefined || (j > date.last && token.lineBefore)) return false;
    if (CELEBRATION_WORDS.has(token.key)) return true;
  }
  return false;
}
