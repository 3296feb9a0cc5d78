import { oneSlipFrom, theOneSlipFrom } from '../domain/one-slip.ts';
import { isWeekdayWrittenOut, monthOf } from '../schedule/dutch-date-words.ts';
import { dutchOfEnglishDate } from '../schedule/english-date.ts';

/**
 * Words after "tot" or "voor" that were meant as a day but that the date reader cannot read: a
 * weekday misspelt ("vrjdag", "woensdg"), in English ("Friday", "next Friday"), or with "volgende",
 * "komende", "next" or "this" before it. Dutch names of weekdays spelt right are read already.
 */

const WEEKDAY_NAMES = [
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** "volgende vrijdag", "next Friday": a weekday with a word before it that points ahead. */
const AHEAD = new Set(['volgende', 'komende', 'aanstaande', 'next', 'this', 'coming']);

/** A weekday, spelt right, in English or with one slip; words of four letters or fewer never count. */
export function weekdayMeant(word: string): boolean {
  const w = word.toLowerCase().replace(/[,.]$/, '');
  if (isWeekdayWrittenOut(w) || WEEKDAY_NAMES.includes(w)) return true;
  return w.length >= 5 && WEEKDAY_NAMES.some((name) => oneSlipFrom(w, name));
}

/** The words were meant as a day the reader cannot read: see above. */
export function dayMeant(words: readonly string[]): boolean {
  const [first = '', second, third] = words.map((w) => w.toLowerCase());
  if (AHEAD.has(first)) return second !== undefined && third === undefined && weekdayMeant(second);
  if (second === undefined) return weekdayMeant(first) || dutchOfEnglishDate(first) === 'morgen';
  return false;
}

/** "23 decmber", "3 febuari 2027": a day and a month with one slip in its name. */
const DAY_AND_MONTH = /^(\d{1,2})\s+(\p{L}+)((?:\s+\d{4})?)$/u;

/**
 * The date a day and month meant, its month's name with one slip mended ("23 decmber" → "23
 * december"; `names` the months written out, as the answer names them); null when the month is spelt right, is shorter than four letters, or is one slip
 * from two names ("junl": juni or juli?), where a guess would be wrong too often.
 */
export function monthSlipMended(text: string, names: readonly string[]): string | null {
  const [, day, typed = '', year = ''] = DAY_AND_MONTH.exec(text.trim()) ?? [];
  const word = typed.toLowerCase();
  // One month by its name, however written: in English "december" (Dutch) and "December" are one;
  // the name listed last (the English one, as the English reader reads it) is the one named.
  const byLower = new Map(names.map((name) => [name.toLowerCase(), name]));
  if (!day || word.length < 4 || monthOf(word) !== null || byLower.has(word)) return null;
  const meant = theOneSlipFrom(word, byLower);
  return meant === undefined ? null : `${day} ${meant}${year}`;
}
