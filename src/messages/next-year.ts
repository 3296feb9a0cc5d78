import { DateTime } from 'luxon';
import { parseLocalDate } from '../schedule/local-time.ts';
import { words } from './catalogue/words.ts';
import { readableShortDate } from './readable-date.ts';

/**
 * A date that passed ("3 december" typed on 6 December, read as this year's): the same day next
 * year as it is typed ("3 december 2027"), when that day exists and is still to come; else null.
 * `today` is JJJJ-MM-DD.
 */
export function nextYearTyped(date: string, today: string): string | null {
  const nextYear = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
  // 29 February has no such day next year: no hint then.
  return parseLocalDate(nextYear) !== null && nextYear >= today ? readableShortDate(nextYear) : null;
}

/** Whether `date` passed within the last month (a slip of the year rather than a past date meant). */
export function passedLately(date: string, today: string): boolean {
  const monthBefore = DateTime.fromISO(today, { zone: 'utc' }).minus({ months: 1 }).toISODate() ?? today;
  return date < today && date >= monthBefore;
}

/** `message` (a sentence ending in a full stop) with how to type next year's date, when there is one. */
export function withNextYear(message: string, typed: string | null): string {
  return typed ? `${message.replace(/\.$/, '')}; ${words().answers.nextYear(typed)}.` : message;
}
