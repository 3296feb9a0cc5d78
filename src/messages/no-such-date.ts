import type { NoSuchDate } from '../schedule/dutch-date.ts';
import { words } from './catalogue/words.ts';
import type { Locale } from './locale.ts';

/**
 * A typed date that does not exist, as Schakel says it in a command's answer and under a form's
 * date field alike: "31 februari 2027 bestaat niet" ("30 februari" without a year), or that
 * month 13 does not.
 */
export function noSuchDateSaid({ year, month, day }: NoSuchDate, locale?: Locale): string {
  const w = words(locale);
  const name = w.dates.months[month - 1];
  if (name === undefined) return w.answers.noSuchMonth(month);
  return w.answers.noSuchDate(year === null ? `${day} ${name}` : `${day} ${name} ${year}`);
}
