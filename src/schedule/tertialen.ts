import {
  FIRST_YEAR,
  formatLocalDate,
  fromEpochDay,
  LAST_YEAR,
  parseLocalDate,
  toEpochDay,
} from './local-time.ts';

/**
 * Reporting periods for the stuurgroep, which meets three times a year. By default these are
 * tertialen: T1 January-April, T2 May-August, T3 September-December. A region whose stuurgroep
 * meets on other dates can use the periods between its meeting dates instead.
 *
 * All dates are local dates 'YYYY-MM-DD' and every `to` is inclusive.
 */

export interface Period {
  readonly from: string;
  readonly to: string;
}

export interface Tertiaal extends Period {
  readonly year: number;
  readonly number: 1 | 2 | 3;
  /** '2026-T2' */
  readonly label: string;
}

export interface StuurgroepPeriod extends Period {
  /** The stuurgroep meeting this period reports to. */
  readonly stuurgroepDate: string;
  /** The meeting before it, or null for the first one (then `from` is a default, see below). */
  readonly previousStuurgroepDate: string | null;
}

const LABEL_PATTERN = /^(\d{4})-T([123])$/;

function lastDayOfMonth(year: number, month: number): string {
  const firstOfNext =
    month === 12 ? { year: year + 1, month: 1, day: 1 } : { year, month: month + 1, day: 1 };
  return formatLocalDate(fromEpochDay(toEpochDay(firstOfNext) - 1));
}

export function tertiaal(year: number, number: 1 | 2 | 3): Tertiaal {
  const firstMonth = (number - 1) * 4 + 1;
  return {
    year,
    number,
    label: `${year}-T${number}`,
    from: formatLocalDate({ year, month: firstMonth, day: 1 }),
    to: lastDayOfMonth(year, firstMonth + 3),
  };
}

/** '2026-T2' → { from: '2026-05-01', to: '2026-08-31', … }; null when the text is not a tertiaal. */
export function parseTertiaal(label: string): Tertiaal | null {
  const m = LABEL_PATTERN.exec(label.trim().toUpperCase());
  if (!m || Number(m[1]) < FIRST_YEAR || Number(m[1]) > LAST_YEAR) return null;
  return tertiaal(Number(m[1]), Number(m[2]) as 1 | 2 | 3);
}

/** The tertiaal a local date falls in. Throws RangeError on a malformed date. */
export function tertiaalOf(localDate: string): Tertiaal {
  const date = parseLocalDate(localDate);
  if (!date) throw new RangeError(`Geen geldige datum (verwacht JJJJ-MM-DD): ${localDate}`);
  return tertiaal(date.year, (Math.floor((date.month - 1) / 4) + 1) as 1 | 2 | 3);
}

export function previousTertiaal(t: Tertiaal): Tertiaal {
  return t.number === 1 ? tertiaal(t.year - 1, 3) : tertiaal(t.year, (t.number - 1) as 1 | 2);
}

export function nextTertiaal(t: Tertiaal): Tertiaal {
  return t.number === 3 ? tertiaal(t.year + 1, 1) : tertiaal(t.year, (t.number + 1) as 2 | 3);
}

/**
 * The periods a digest covers when they follow the stuurgroep's own dates: the period before a
 * meeting runs from the previous meeting's date up to (not including) this meeting's date. So
 * consecutive periods tile without gap or overlap, and what happens on a meeting day itself
 * (after the digest for that meeting went out) belongs to the next period. The first meeting has
 * no predecessor: its period starts four months earlier, the length of a tertiaal.
 * Dates are sorted and duplicates dropped; a malformed date throws RangeError.
 */
export function periodsFromStuurgroepDates(dates: readonly string[]): StuurgroepPeriod[] {
  const days = [...new Set(dates)]
    .map((text) => {
      const date = parseLocalDate(text);
      if (!date) throw new RangeError(`Geen geldige stuurgroepdatum (verwacht JJJJ-MM-DD): ${text}`);
      return toEpochDay(date);
    })
    .sort((a, b) => a - b);
  return days.map((day, i) => {
    const meeting = fromEpochDay(day);
    const previous = i > 0 ? days[i - 1]! : null;
    const fourMonthsEarlier = toEpochDay(minusMonths(meeting, 4));
    return {
      stuurgroepDate: formatLocalDate(meeting),
      previousStuurgroepDate: previous === null ? null : formatLocalDate(fromEpochDay(previous)),
      from: formatLocalDate(fromEpochDay(previous ?? fourMonthsEarlier)),
      to: formatLocalDate(fromEpochDay(day - 1)),
    };
  });
}

/** The period that reports to the stuurgroep meeting on `stuurgroepDate`, or null if that is not one of `dates`. */
export function periodBeforeStuurgroep(
  dates: readonly string[],
  stuurgroepDate: string,
): StuurgroepPeriod | null {
  return periodsFromStuurgroepDates(dates).find((p) => p.stuurgroepDate === stuurgroepDate) ?? null;
}

/** Same day n months earlier, clamped to the month's end (30 June − 4 months = 28/29 February). */
function minusMonths(date: { year: number; month: number; day: number }, months: number) {
  const total = date.year * 12 + (date.month - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = Number(lastDayOfMonth(year, month).slice(8));
  return { year, month, day: Math.min(date.day, lastDay) };
}
