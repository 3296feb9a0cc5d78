import { dayOff, workdayBefore } from '../schedule/day-off.ts';
import { words } from './catalogue/words.ts';
import { readableIsoDate, readableShortDate } from './readable-date.ts';

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

/**
 * The line under a confirmed deadline ('YYYY-MM-DD') of actiepunt #n that falls on a public
 * holiday or in a weekend: the deadline stands (the member decides), but is not set there
 * unnoticed. With the working day before it, as typed after `p`deadline, while that is not past
 * (`today`). Null on a working day.
 */
export function dayOffNote(dueDate: string, today: string, n: number, p: string): string | null {
  const off = dayOff(dueDate);
  if (!off) return null;
  const w = words().answers.deadline;
  const day = readableIsoDate(dueDate);
  const note = off.kind === 'holiday' ? w.onHoliday(day, off.name) : w.inWeekend(day);
  const before = workdayBefore(dueDate);
  // Typed as the member reads dates: the commands read English words in English (commands/read.ts).
  return before >= today ? `${note} ${w.workdayBefore(n, readableShortDate(before), p)}` : note;
}
