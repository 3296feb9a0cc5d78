import { parseLocalDate, toEpochDay } from '../schedule/local-time.ts';
import { spelledDate } from '../schedule/spelled-date.ts';
import { words } from './catalogue/words.ts';
import { currentLocale, type Locale } from './locale.ts';

/**
 * "dinsdag 6 oktober 2026" for an epoch day; "Tuesday 6 October 2026" when English is spoken.
 * Pass `'nl'` for words that stay Dutch whoever reads them (a channel message, a Dutch document).
 */
export function readableDate(epochDay: number, locale: Locale = currentLocale()): string {
  return spelledDate(epochDay, words(locale).dates);
}

/** '2026-12-14' → "maandag 14 december 2026" (or English), the one way a person reads a date. */
export function readableIsoDate(isoDate: string): string {
  const date = parseLocalDate(isoDate);
  return date ? readableDate(toEpochDay(date)) : isoDate;
}

/**
 * '2026-05-01' (or a timestamp that starts with it) → "1 mei 2026", or "1 May 2026" when English is
 * spoken; pass `'nl'` for a Dutch document (the digest, the evaluation draft).
 */
export function readableShortDate(iso: string, locale: Locale = currentLocale()): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${words(locale).dates.months[(m ?? 1) - 1]} ${y}`;
}
