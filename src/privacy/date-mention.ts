import type { Token } from './tokens.ts';

/** A calendar date written in the text, possibly without a year ("3 april", "12-03"). */
export interface DateMention {
  /** Token range [first, last] and character range [start, end). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly day: number;
  readonly month: number;
  /** As written: four digits, two digits ("85"), or null when absent. */
  readonly year: number | null;
  readonly twoDigitYear: boolean;
  /** "maart 1985": a month and a year, no day. */
  readonly withoutDay: boolean;
  /** "12 03 1985": numbers apart, a date only where a birth cue says so. */
  readonly spaced: boolean;
  /** "1985" alone: a birth year only right after a birth cue ("geboren in 1985"). */
  readonly withoutMonth: boolean;
  /** "01051968": DDMMYYYY glued, a date of birth only after a birth cue and at least 14 years back. */
  readonly eightDigits?: boolean;
}

/** The date over tokens [first, last], or null when the day or month cannot be ("31-02", "12-13"). */
export function makeDate(
  tokens: readonly Token[],
  first: number,
  last: number,
  day: number,
  month: number,
  year: number | null,
  twoDigitYear: boolean,
): DateMention | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(month, year ?? 2000)) return null;
  return {
    first,
    last,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    day,
    month,
    year,
    twoDigitYear,
    withoutDay: false,
    spaced: false,
    withoutMonth: false,
  };
}

function daysInMonth(month: number, year: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
