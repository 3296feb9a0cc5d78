import { isWeekdayWrittenOut, monthOf } from '../schedule/dutch-date-words.ts';
import { dayMeant } from './misspelt-date-words.ts';

/**
 * Whether words after a deadline word ("tot", "voor", "uiterlijk") were meant as a date, even when
 * the date reader cannot read them: they start with a figure ("3 decembr", "0312202"), a weekday
 * before such words ("donderdag 4 december"), are a month with a year ("december 2027"), or a day
 * misspelt or in English alone or after "volgende"/"next" ("vrjdag", "next Friday"). A
 * count, a time, a year or an ordinal stays text: "voor 20 personen", "bellen voor 12.30",
 * "begroting voor 2027", "tekst voor 3e nieuwsbrief", and so do a weekday before other words
 * ("voor zaterdag 15 personen", "voor maandag Jan"), a month in a sentence ("planning voor
 * december (maken)") or a name ("voor Jan").
 */
export function looksLikeDate(words: string): boolean {
  const all = words.trim().toLowerCase().split(/\s+/);
  const [first = '', second, ...rest] = all;
  // "vrjdag", "next Friday", "volgende vrijdag": a day meant, though not one the reader knows.
  if (dayMeant(all)) return true;
  if (isWeekdayWrittenOut(first.replace(/,$/, '')))
    return second !== undefined && looksLikeDate(all.slice(1).join(' '));
  if (/^\d/.test(first)) {
    if (TIME_OF_DAY.test(first) || (/^\d{4}$/.test(first) && second === undefined)) return false;
    const month = second !== undefined && MONTH_STEMS.some((m) => second.startsWith(m));
    // "3e nieuwsbrief": an ordinal; "3e december" is meant as a date.
    if (/^\d+(?:e|ste|de)$/.test(first)) return month;
    // "20 personen": a count; "3 decembr": a month misspelt.
    return !(/^\d+$/.test(first) && second !== undefined && !month);
  }
  const month = !NAMES_TOO.has(first) && monthOf(first) !== null;
  return month && rest.length === 0 && second !== undefined && /^['‘’]?\d{2,4}$/.test(second);
}

/** "12.30": a time as Dutch writes it ("bellen voor 12.30"), text of the actiepunt, not a bad date. */
export const TIME_OF_DAY = /^(?:[01]?\d|2[0-3])[.:][0-5]\d$/;

/** Short forms of a month that are also a name or a word: "voor Jan", "voor mar…". */
const NAMES_TOO = new Set(['jan', 'mar']);
/** How a month's name begins, misspelt after it or not ("decembr"). */
const MONTH_STEMS = [
  'jan',
  'feb',
  'maart',
  'mrt',
  'apr',
  'mei',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'oct',
  'nov',
  'dec',
];
