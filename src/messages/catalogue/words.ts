import { currentLocale, type Locale } from '../locale.ts';
import { en } from './en.ts';
import { nl, type Words } from './nl.ts';

export type { Words } from './nl.ts';

export const CATALOGUES: Readonly<Record<Locale, Words>> = { nl, en };

/** The words of the language being spoken now (see `withLocale`); Dutch by default. */
export function words(locale: Locale = currentLocale()): Words {
  return CATALOGUES[locale];
}
