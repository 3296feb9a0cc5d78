import { fromEpochDay, weekdayOfEpochDay } from './local-time.ts';

/** The names a date is spelled with: seven weekdays from Monday, twelve months from January. */
export interface DateNames {
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
}

/**
 * "maandag 27 april 2026" (or "Monday 27 April 2026" with English names) for an epoch day: spelled
 * out here so the text does not depend on the ICU build. The one formula behind `readableDate`.
 */
export function spelledDate(epochDay: number, names: DateNames): string {
  const d = fromEpochDay(epochDay);
  return `${names.weekdays[weekdayOfEpochDay(epochDay) - 1]} ${d.day} ${names.months[d.month - 1]} ${d.year}`;
}
