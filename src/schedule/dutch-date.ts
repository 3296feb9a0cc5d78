import { DateTime } from 'luxon';
import { countOf, monthOf, WEEKDAYS } from './dutch-date-words.ts';
import {
  formatLocalDate,
  fromEpochDay,
  type LocalDate,
  parseLocalDate,
  toEpochDay,
  weekdayOfEpochDay,
} from './local-time.ts';

/**
 * A date as people write it in a chat, in Dutch: "2026-12-30", "30-12", "30-12-2026", "30/12",
 * "30122026", "30 dec", "30 december 2026", "30 dec ’26", "dinsdag", "volgende week dinsdag", "dinsdag over twee weken",
 * "over twee weken", "over 3 dagen", "morgen", and days past: "gisteren", "eergisteren",
 * "vorige week dinsdag". Relative words count from `today` (the local date
 * in SCHAKEL_TIMEZONE, from the injected clock); a day and month without a year is the next one
 * from today on, unless it passed within the last month (then this year's, in the past). Whether
 * the date may lie in the past is for the caller to decide.
 */

/**
 * A date typed in numbers or with a month's name that no calendar has: 30 February, 31 April,
 * month 13. `year` is null when none was typed.
 */
export interface NoSuchDate {
  readonly year: number | null;
  readonly month: number;
  readonly day: number;
}

function dayOf(year: number, month: number, day: number): LocalDate | null {
  return parseLocalDate(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
}
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A day and month without a year: this year's, or next year's when this year's passed more than
 * a month ago. One passed within the last month ("3 december" typed on 6 December, "30 december"
 * on 2 January: last year's) is that one, in the past: most likely a slip, which the command
 * refuses or names as past, rather than a date a year ahead taken silently.
 */
function nextDayMonth(today: LocalDate, month: number, day: number): LocalDate | null {
  const lastYear = dayOf(today.year - 1, month, day);
  if (lastYear && !passedOverAMonthAgo(lastYear, today)) return lastYear;
  const thisYear = dayOf(today.year, month, day);
  if (thisYear && !passedOverAMonthAgo(thisYear, today)) return thisYear;
  // 29 February without a year: the next leap year would be a guess; ask for the year instead.
  return dayOf(today.year + 1, month, day);
}

/**
 * The days a day and month without a year may mean: last year's or this year's when it passed
 * within the last month, and the first one still to come (next year's only when this year's has
 * passed). nextDayMonth takes the first of these.
 */
function yearlessCandidates(today: LocalDate, month: number, day: number): LocalDate[] {
  const candidates: LocalDate[] = [];
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    const date = dayOf(year, month, day);
    if (!date || passedOverAMonthAgo(date, today)) continue;
    candidates.push(date);
    if (toEpochDay(date) >= toEpochDay(today)) break;
  }
  return candidates;
}

/** Whether `date` lies before the same day a month before `today` (31 March: the last of February). */
function passedOverAMonthAgo(date: LocalDate, today: LocalDate): boolean {
  const monthBefore = DateTime.utc(today.year, today.month, today.day).minus({ months: 1 });
  return (
    toEpochDay(date) < toEpochDay({ year: monthBefore.year, month: monthBefore.month, day: monthBefore.day })
  );
}

/** The weekday strictly after today ("dinsdag" said on a Tuesday means next week's). */
function nextWeekday(todayDay: number, weekday: number): number {
  const diff = (weekday - weekdayOfEpochDay(todayDay) + 7) % 7;
  return todayDay + (diff === 0 ? 7 : diff);
}

/** The weekday in the week (Monday to Sunday) that lies `weeks` weeks after this one. */
function weekdayInWeek(todayDay: number, weeks: number, weekday: number): number {
  const monday = todayDay - (weekdayOfEpochDay(todayDay) - 1);
  return monday + weeks * 7 + (weekday - 1);
}

const sameWeekday = (date: LocalDate, weekday: number) => weekdayOfEpochDay(toEpochDay(date)) === weekday;

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/**
 * The date `text` names, seen from `today`; null when it names none. A date written as one
 * (figures, a month's name) that does not exist is null too, and told to `noSuchDate`.
 */
export function parseDutchDate(
  input: string,
  today: LocalDate,
  noSuchDate: (date: NoSuchDate) => void = () => {},
): LocalDate | null {
  const text = input
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^(op|per|vanaf) /, '');
  /**
   * The date of these numbers, or null after telling that it does not exist. 29 February without
   * a year exists in a leap year: it is the year it was read in that has none (this year's when
   * it passed within a month, as the 28th would be read; else next year's).
   */
  const existing = (date: LocalDate | null, year: number | null, month: number, day: number) => {
    const readIn = () => nextDayMonth(today, month, Math.min(day, 28))?.year ?? today.year + 1;
    if (!date) noSuchDate({ year: year ?? (dayOf(2000, month, day) ? readIn() : null), month, day });
    return date;
  };
  const iso = parseLocalDate(text);
  if (iso) return iso;
  const isoShape = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (isoShape) return existing(null, Number(isoShape[1]), Number(isoShape[2]), Number(isoShape[3]));
  const t = toEpochDay(today);
  // Days already past too ("tot gisteren"): read, so that the caller refuses them as past.
  const relative: Record<string, number> = {
    eergisteren: -2,
    gisteren: -1,
    vandaag: 0,
    morgen: 1,
    overmorgen: 2,
  };
  if (text in relative) return fromEpochDay(t + (relative[text] ?? 0));

  // 30-12, 30/12, 30-12-2026, 30-12-26
  const numeric = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?$/.exec(text);
  if (numeric) {
    const [day, month] = [Number(numeric[1]), Number(numeric[2])];
    const year = numeric[3] ? fullYear(numeric[3]) : null;
    const date = year === null ? nextDayMonth(today, month, day) : dayOf(year, month, day);
    // "12.30", "15.45": a time as Dutch writes it, not a date of month 30; no date to name.
    if (!date && year === null && month > 12) return null;
    return existing(date, year, month, day);
  }

  // 03012027: eight figures, day month year, as Dutch forms ask for it
  const figures = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (figures) {
    const [day, month, year] = [Number(figures[1]), Number(figures[2]), Number(figures[3])];
    return month > 12 ? null : existing(dayOf(year, month, day), year, month, day);
  }

  // [dinsdag] 30 dec[ember] [2026 | 26 | '26 | ’26]
  const named = /^(?:([a-z]+),? )?(\d{1,2}) ([a-z]+\.?)(?: ['‘’]?(\d{4}|\d{2}))?$/.exec(text);
  const month = named ? monthOf(named[3] ?? '') : null;
  if (named && month) {
    const weekday = named[1] ? WEEKDAYS[named[1]] : undefined;
    if (named[1] && weekday === undefined) return null;
    const [year, day] = [named[4] ? fullYear(named[4]) : null, Number(named[2])];
    const found = year === null ? nextDayMonth(today, month, day) : dayOf(year, month, day);
    const date = existing(found, year, month, day);
    if (!date || weekday === undefined || sameWeekday(date, weekday)) return date;
    // Without a year, the weekday tells which of the days the no-year rule allows: "vrijdag 3
    // december" on 6 December 2026 (this year's 3rd was a Thursday) is next year's. "vrijdag 2
    // januari" fits only a day eleven months ago: a slip we will not guess about.
    if (year !== null) return null;
    return yearlessCandidates(today, month, day).find((d) => sameWeekday(d, weekday)) ?? null;
  }

  // over twee weken, over 3 dagen, over een week [op dinsdag] / dinsdag over twee weken
  const over = /^(?:([a-z]+) )?over ([a-zé0-9]+) (dag|dagen|week|weken)(?: (?:op )?([a-z]+))?$/.exec(text);
  if (over) {
    const n = countOf(over[2] ?? '');
    const weekdayWord = over[1] ?? over[4];
    if (n === null || (over[1] && over[4])) return null;
    if (over[3]?.startsWith('dag')) return weekdayWord ? null : fromEpochDay(t + n);
    if (!weekdayWord) return fromEpochDay(t + 7 * n);
    const weekday = WEEKDAYS[weekdayWord];
    return weekday ? fromEpochDay(weekdayInWeek(t, n, weekday)) : null;
  }

  // volgende/vorige week dinsdag, dinsdag volgende/vorige week, (aanstaande|komende) dinsdag, dinsdag
  const week =
    /^(?:(volgende week|vorige week|aanstaande|komende|a\.s\.) )?([a-z]+)(?: (volgende week|vorige week))?$/.exec(
      text,
    );
  const weekday = week ? WEEKDAYS[week[2] ?? ''] : undefined;
  if (week && weekday !== undefined) {
    if (week[1]?.endsWith('week') && week[3]) return null;
    const shift: Record<string, number> = { 'volgende week': 1, 'vorige week': -1 };
    const weeks = shift[week[1] ?? ''] ?? shift[week[3] ?? ''];
    if (weeks !== undefined) return fromEpochDay(weekdayInWeek(t, weeks, weekday));
    return fromEpochDay(nextWeekday(t, weekday));
  }
  return null;
}

/**
 * A deadline as people set one by month: "eind januari", "einde feb 2028", "eind van maart" is
 * that month's last day, as JJJJ-MM-DD; without a year read as a day and month are (this month's
 * end, last month's when it passed within a month, else the next). Null for anything else ("eind van de week").
 */
export function monthEndText(input: string, today: LocalDate): string | null {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  const end = /^einde? (?:van )?([a-z]+\.?)(?: (\d{4}))?$/.exec(text);
  const month = end ? monthOf(end[1] ?? '') : null;
  if (!end || !month) return null;
  const daysIn = (year: number) => DateTime.utc(year, month, 1).daysInMonth ?? 28;
  if (end[2]) return formatLocalDate({ year: Number(end[2]), month, day: daysIn(Number(end[2])) });
  // As a day and month without a year: last month's end, passed within a month, is that one.
  const lastYear = { year: today.year - 1, month, day: daysIn(today.year - 1) };
  if (!passedOverAMonthAgo(lastYear, today)) return formatLocalDate(lastYear);
  const thisYear = { year: today.year, month, day: daysIn(today.year) };
  if (!passedOverAMonthAgo(thisYear, today)) return formatLocalDate(thisYear);
  return formatLocalDate({ year: today.year + 1, month, day: daysIn(today.year + 1) });
}

/** Whether `input` names a day by counting back from today ("gisteren", "vorige week dinsdag"). */
export function countsBack(input: string): boolean {
  return /^(?:(?:op|per|vanaf) )?(?:eer)?gisteren$|vorige week/.test(input.trim().toLowerCase());
}

/** parseDutchDate as text JJJJ-MM-DD, or null. */
export function dutchDateText(
  input: string,
  today: LocalDate,
  noSuchDate?: (date: NoSuchDate) => void,
): string | null {
  const date = parseDutchDate(input, today, noSuchDate);
  return date ? formatLocalDate(date) : null;
}
