import { holidayOn } from './feestdagen.ts';
import { formatLocalDate, fromEpochDay, isWeekendDay, parseLocalDate, toEpochDay } from './local-time.ts';

/**
 * Why a date is no working day in the Netherlands: a public holiday (named, also when it falls in
 * a weekend, as people call the day by that name) or a Saturday or Sunday. The one place that
 * decides it for a deadline; meetings have their own, richer warnings (conflicts.ts).
 */
export type DayOff = { readonly kind: 'holiday'; readonly name: string } | { readonly kind: 'weekend' };

/** Why the local date ('YYYY-MM-DD') is a day off, or null for a working day. Throws on a malformed date. */
export function dayOff(localDate: string): DayOff | null {
  const name = holidayOn(localDate);
  if (name) return { kind: 'holiday', name };
  return isWeekendDay(epochDayOfLocal(localDate)) ? { kind: 'weekend' } : null;
}

/** The nearest working day before the local date ('YYYY-MM-DD'), skipping weekends and holidays. */
export function workdayBefore(localDate: string): string {
  let day = epochDayOfLocal(localDate) - 1;
  while (dayOff(formatLocalDate(fromEpochDay(day)))) day -= 1;
  return formatLocalDate(fromEpochDay(day));
}

function epochDayOfLocal(localDate: string): number {
  const date = parseLocalDate(localDate);
  if (!date) throw new RangeError(`Not a date (expected YYYY-MM-DD): ${localDate}`);
  return toEpochDay(date);
}
