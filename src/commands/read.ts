import { words } from '../messages/catalogue/words.ts';
import { currentLocale } from '../messages/locale.ts';
import { dutchDateText, monthEndText, type NoSuchDate } from '../schedule/dutch-date.ts';
import { numberWord } from '../schedule/dutch-date-words.ts';
import { dutchOfEnglishDate } from '../schedule/english-date.ts';
import type { LocalDate } from '../schedule/local-time.ts';
import { monthSlipMended } from './misspelt-date-words.ts';

/** How a typed date is read (JJJJ-MM-DD out), for the commands' own parsers. */
export interface Reader {
  /** A typed date as JJJJ-MM-DD, or null when it cannot be read; in English also in English words. */
  day(text: string | undefined): string | null;
  /** A deadline: a date as `day` reads it, or a month's end ("eind januari"); in English also in English words. */
  deadline(text: string): string | null;
  /** The last text `day` was given that was written as a date but names none (30 February). */
  readonly noSuchDate: NoSuchDate | null;
  /** The last text `day` could not read that `mended` mends ("23 decmber"), and the date it meant. */
  readonly monthMended: { readonly typed: string; readonly meant: string } | null;
  /** The date `text` meant with a month's slip mended ("3 december" for "3 decmber"), when that reads; else null. */
  mended(text: string): string | null;
}

/** The months' names a misspelt one is mended to: Dutch, in English also English (as `day` reads both). */
function monthNames(): readonly string[] {
  const dutch = words('nl').dates.months;
  return currentLocale() === 'en' ? [...dutch, ...words('en').dates.months] : dutch;
}

export const DATE = '(\\d{4}-\\d{2}-\\d{2})';
export const TIME = '(\\d{1,2}[:.]\\d{2})';

/**
 * `today` (the local date in SCHAKEL_TIMEZONE) lets dates be typed as people write them: "30 dec",
 * "30-12", "dinsdag", "volgende week dinsdag", "over twee weken", "morgen" (src/schedule/dutch-date.ts).
 * Without it only JJJJ-MM-DD is read.
 */
export function readerFor(today: LocalDate | undefined): Reader {
  const noted = (date: NoSuchDate): void => {
    reader.noSuchDate = date;
  };
  const readDay = (text: string, on: LocalDate, missing = noted) => {
    const read = dutchDateText(text, on, missing);
    if (read || currentLocale() !== 'en') return read;
    // In English the same forms in English words, as the English examples show them ("3 March").
    const dutch = dutchOfEnglishDate(text);
    return dutch ? dutchDateText(dutch, on, missing) : null;
  };
  const reader = {
    noSuchDate: null as NoSuchDate | null,
    monthMended: null as Reader['monthMended'],
    day(text: string | undefined) {
      if (text === undefined) return null;
      if (!today) return new RegExp(`^${DATE}$`).test(text) ? text : null;
      const read = readDay(text, today);
      const meant = read ? null : reader.mended(text);
      if (meant) reader.monthMended = { typed: text, meant };
      return read;
    },
    mended(text: string): string | null {
      if (!today) return null;
      const meant = monthSlipMended(text, monthNames());
      return meant && readDay(meant, today, () => {}) ? meant : null;
    },
    deadline(text: string): string | null {
      const read = reader.day(text) ?? (today ? monthEndText(text, today) : null);
      if (read || !today || currentLocale() !== 'en') return read;
      // In English the same forms, in English words ("Friday", "15 January", "in two weeks").
      const dutch = dutchOfEnglishDate(text);
      return dutch ? reader.deadline(dutch) : null;
    },
  };
  return reader;
}

/** "9.30" and "9:30" both mean 09:30. */
export function clock(t: string): string {
  const [h = '0', m = '00'] = t.split(/[:.]/);
  return `${h.padStart(2, '0')}:${m}`;
}

/** A whole positive number typed as such ("3", not "3x" or "03"), or null. */
export function count(rest: string): number | null {
  const n = Number.parseInt(rest, 10);
  return String(n) === rest ? n : null;
}

/**
 * A number from a list as people type it: "6", "#6" (as the list and its buttons show it), "zes", "06" or in
 * full-width digits from a Japanese or Chinese keyboard ("６").
 */
export function listNumber(rest: string): number | null {
  const typed = rest
    .normalize('NFKC')
    .replace(/^#\s?/, '')
    .replace(/^0+(?=\d)/, '');
  const n = count(typed) ?? numberWord(rest);
  return n !== null && n > 0 ? n : null;
}
