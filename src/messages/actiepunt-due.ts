import { DateTime } from 'luxon';
import { words } from './catalogue/words.ts';
import { readableIsoDate } from './readable-date.ts';

/** The local date ('YYYY-MM-DD') of `now` in `zone`: what "today" is for an actiepunt's deadline. */
export function todayIn(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toISODate() ?? now.toISOString().slice(0, 10);
}

/** An actiepunt whose deadline ('YYYY-MM-DD') lies before `today` is overdue. */
export function isOverdue(dueDate: string | null, today: string): boolean {
  return dueDate !== null && dueDate < today;
}

/**
 * What follows an actiepunt in a list: " (uiterlijk maandag 14 december 2026)", and when that day
 * has passed " (uiterlijk maandag 14 december 2026 — te laat)"; nothing without a deadline.
 */
export function dueSuffix(dueDate: string | null, today: string): string {
  if (!dueDate) return '';
  return words().answers.actiepunten.due(readableIsoDate(dueDate), isOverdue(dueDate, today));
}
