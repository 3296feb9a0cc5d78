import { type DateMention, makeDate } from './date-mention.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { monthOf } from './written-dates.ts';

// Dates written out in words, as read from a form: "drie april negentienvijfentachtig", "eenendertig
// januari". Like "12 03 1985", a date only where a birth cue says so.

const UNITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const TEENS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien'];
const DAY_WORDS = new Map<string, number>([
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...TEENS.map((w, i): [string, number] => [w, i + 10]),
  ['achttien', 18],
  ['negentien', 19],
  ['twintig', 20],
  ...UNITS.map((w, i): [string, number] => [`${w}entwintig`, i + 21]),
  ['dertig', 30],
  ['eenendertig', 31],
]);
// "negentienvijfentachtig", "tweeduizendtien": a year in words after the month.
const YEAR_STARTS = ['negentien', 'tweeduizend'];
// Asked of every word token: one bit per distinct word says whether it can name a month at all.
const isMonthWord = keyTest((key) => monthOf(key) !== undefined);

/** The date whose month word is token k, with a day in words just before it, or null. */
export function spelledDateAt(tokens: readonly Token[], k: number): DateMention | null {
  const monthWord = tokens[k]!;
  if (!isMonthWord(monthWord)) return null;
  const dayWord = tokens[k - 1];
  if (dayWord?.type !== 'word' || !monthWord.spaceBefore || monthWord.lineBefore) return null;
  const month = monthOf(monthWord.key);
  const day = month === undefined ? undefined : DAY_WORDS.get(dayWord.key);
  if (month === undefined || day === undefined) return null;
  const year = tokens[k + 1];
  const last =
    year?.type === 'word' && year.key.length > 11 && YEAR_STARTS.some((s) => year.key.startsWith(s))
      ? k + 1
      : k;
  const mention = makeDate(tokens, k - 1, last, day, month, null, false);
  return mention === null ? null : { ...mention, spaced: true };
}
