import { stuurgroepDateOfLabel } from '../digest/stuurgroep-period.ts';
import { parseTertiaal } from '../schedule/tertialen.ts';
import { words } from './catalogue/words.ts';
import { currentLocale, type Locale } from './locale.ts';
import { readableShortDate } from './readable-date.ts';

/*
 * A digest period as people read it. Its code ('2026-T2', 'SG-2026-10-15') is for machines (JSON,
 * buttons, the files' names) and for typing; a manager or wethouder reads words.
 */

function months(label: string, locale: Locale, short: boolean) {
  const t = parseTertiaal(label);
  if (!t) return null;
  const all = words(locale).dates.months;
  const name = (i: number) => (short ? (all[i] ?? '').slice(0, 3) : (all[i] ?? ''));
  const first = (t.number - 1) * 4;
  return { t, first: name(first), last: name(first + 3) };
}

/** "tweede tertiaal 2026 (mei t/m augustus)"; null when `label` is no tertiaal. */
export function tertiaalName(label: string, locale: Locale = currentLocale()): string | null {
  const m = months(label, locale, false);
  return m && words(locale).dates.tertiaalName(m.t.number, m.t.year, m.first, m.last);
}

/** Where room is short (the trend, the chart's axis): "mei t/m aug 2026"; other labels as they are. */
export function shortPeriodName(label: string, locale: Locale = currentLocale()): string {
  const m = months(label, locale, true);
  return m ? words(locale).dates.tertiaal(m.first, m.last, m.t.year) : label;
}

/**
 * A period in a sentence, after "in" or "over": "het tweede tertiaal 2026 (mei t/m augustus)" or
 * "de periode voor de stuurgroep van 15 oktober 2026"; anything else as it is.
 */
export function periodName(label: string, locale: Locale = currentLocale()): string {
  const tertiaal = tertiaalName(label, locale);
  if (tertiaal) return words(locale).answers.digest.tertiaalPeriod(tertiaal);
  const date = stuurgroepDateOfLabel(label);
  return date ? words(locale).answers.digest.stuurgroepPeriod(readableShortDate(date, locale)) : label;
}
