import { cohortYear } from './birthdate-cohort.ts';
import type { DateMention } from './date-mention.ts';
import { gluedToNumberBefore } from './date-separators.ts';
import { eightDigitDate, numericDate, spacedDate, spacedSeparatorDate, yearAlone } from './numeric-dates.ts';
import type { Token } from './tokens.ts';
import { dashedWrittenDate, monthAndYear, monthFirstDate, writtenDate } from './written-dates.ts';

/**
 * Dates in the usual Dutch forms: 12-03-1985, 12/3/1985, 12.03.1985, 30-06-99, 1990-07-21,
 * 3 april 1979, 1 okt. 1993, and without year 12-03 or 3 april. Every candidate starts at a number
 * token and looks ahead at most five tokens.
 *
 * The date that starts at token k, or null. A caller walking on skips to the date's last token.
 */
export function dateAt(tokens: readonly Token[], k: number): DateMention | null {
  if (tokens[k]!.type !== 'number' || gluedToNumberBefore(tokens, k)) return null;
  return (
    monthFirstDate(tokens, k) ??
    numericDate(tokens, k) ??
    dashedWrittenDate(tokens, k) ??
    writtenDate(tokens, k) ??
    monthAndYear(tokens, k) ??
    spacedDate(tokens, k) ??
    spacedSeparatorDate(tokens, k) ??
    yearAlone(tokens, k) ??
    cohortYear(tokens, k) ??
    eightDigitDate(tokens, k)
  );
}
