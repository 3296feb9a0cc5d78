import { DateTime } from 'luxon';
import { dutchDate } from '../schedule/conflicts.ts';
import { parseLocalDate, toEpochDay } from '../schedule/local-time.ts';
import { words } from './catalogue/words.ts';
import { currentLocale } from './locale.ts';

/** "dinsdag 6 oktober 2026" for an epoch day; "Tuesday 6 October 2026" when English is spoken. */
export function readableDate(epochDay: number): string {
  if (currentLocale() === 'nl') return dutchDate(epochDay);
  const w = words().dates;
  const d = DateTime.fromMillis(epochDay * 86_400_000, { zone: 'UTC' });
  return `${w.weekdays[d.weekday - 1]} ${d.day} ${w.months[d.month - 1]} ${d.year}`;
}

/** '2026-12-14' → "maandag 14 december 2026" (or English), the one way a person reads a date. */
export function readableIsoDate(isoDate: string): string {
  const date = parseLocalDate(isoDate);
  return date ? readableDate(toEpochDay(date)) : isoDate;
}

/** '2026-05-01' → "1 mei 2026", or "1 May 2026" when English is spoken. */
export function readableShortDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${words().dates.months[(m ?? 1) - 1]} ${y}`;
}
