import type { DateTime } from 'luxon';
import {
  formatLocalDate,
  fromEpochDay,
  parseLocalDate,
  toEpochDay,
  weekdayOfEpochDay,
} from './local-time.ts';

/**
 * Dutch public holidays, computed for any year rather than typed in, so the bot never runs out
 * of a list. The set is the one most collective agreements (cao's) in GGZ, gemeenten and UWV
 * give off: Goede Vrijdag and Bevrijdingsdag are listed every year, although not every employer
 * gives them off every year; a warning about them is better than a half-empty meeting.
 */

export interface Feestdag {
  /** Local date 'YYYY-MM-DD'. */
  readonly date: string;
  /** Dutch name, as people say it. */
  readonly name: string;
}

/**
 * Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus),
 * valid for every year from 1583 on. Returns the local date.
 */
export function easterSunday(year: number): { year: number; month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/**
 * Koningsdag is 27 April since 2014, moved to the 26th when the 27th is a Sunday. Before 2014
 * it was Koninginnedag on 30 April, moved to the 29th when that was a Sunday (rule of 1980-2013).
 */
function kingsDay(year: number): Feestdag {
  if (year >= 2014) {
    const day27 = toEpochDay({ year, month: 4, day: 27 });
    const day = weekdayOfEpochDay(day27) === 7 ? day27 - 1 : day27;
    return { date: formatLocalDate(fromEpochDay(day)), name: 'Koningsdag' };
  }
  const day30 = toEpochDay({ year, month: 4, day: 30 });
  const day = weekdayOfEpochDay(day30) === 7 ? day30 - 1 : day30;
  return { date: formatLocalDate(fromEpochDay(day)), name: 'Koninginnedag' };
}

const cache = new Map<number, readonly Feestdag[]>();

/** All holidays of a year, in date order. */
export function feestdagenIn(year: number): readonly Feestdag[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = toEpochDay(easterSunday(year));
  const relative = (days: number, name: string): Feestdag => ({
    date: formatLocalDate(fromEpochDay(easter + days)),
    name,
  });
  const fixed = (month: number, day: number, name: string): Feestdag => ({
    date: formatLocalDate({ year, month, day }),
    name,
  });
  const list = [
    fixed(1, 1, 'Nieuwjaarsdag'),
    relative(-2, 'Goede Vrijdag'),
    relative(0, 'Eerste Paasdag'),
    relative(1, 'Tweede Paasdag'),
    kingsDay(year),
    fixed(5, 5, 'Bevrijdingsdag'),
    relative(39, 'Hemelvaartsdag'),
    relative(49, 'Eerste Pinksterdag'),
    relative(50, 'Tweede Pinksterdag'),
    fixed(12, 25, 'Eerste Kerstdag'),
    fixed(12, 26, 'Tweede Kerstdag'),
  ].sort((x, y) => x.date.localeCompare(y.date));
  // Hemelvaartsdag falls on 5 May when Easter is on 27 March (2005, 2016): name both then.
  const merged: Feestdag[] = [];
  for (const item of list) {
    const last = merged[merged.length - 1];
    if (last && last.date === item.date)
      merged[merged.length - 1] = { date: last.date, name: `${last.name} en ${item.name}` };
    else merged.push(item);
  }
  cache.set(year, merged);
  return merged;
}

/**
 * The Dutch name of the public holiday on a local date ('YYYY-MM-DD', or a DateTime read in its
 * own zone), or null. Throws RangeError on a malformed date: a typo must not read as "no holiday".
 */
export function holidayOn(localDate: string | DateTime): string | null {
  const date =
    typeof localDate === 'string'
      ? parseLocalDate(localDate)
      : { year: localDate.year, month: localDate.month, day: localDate.day };
  if (!date) throw new RangeError(`Geen geldige datum (verwacht JJJJ-MM-DD): ${String(localDate)}`);
  const key = formatLocalDate(date);
  return feestdagenIn(date.year).find((f) => f.date === key)?.name ?? null;
}
