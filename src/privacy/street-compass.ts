import { NOT_STREETS, STREET_SUFFIXES } from './address-words.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 60: "Rijksweg Noord 221", "Heerlerweg Zuid 4": a compass word after a capitalised street name with a
 * street ending is part of that name. Not after a place ("Amsterdam Noord 5 nieuwe aanmeldingen"): only a
 * street ending before it counts.
 */
const COMPASS = wordSet('noord zuid oost west');

/** The capitalised compass word at w follows a capitalised word with a street ending. */
export function isCompassAfterStreet(tokens: readonly Token[], w: number): boolean {
  const street = tokens[w - 1];
  if (!COMPASS.has(tokens[w]!.key) || !isCapitalised(tokens[w]) || !isCapitalised(street)) return false;
  const key = street!.key;
  // "Werkplein Noord 2": an office's name that ends like a street (NOT_STREETS).
  if (street!.type !== 'word' || NOT_STREETS.has(key)) return false;
  return STREET_SUFFIXES.some((s) => key.endsWith(s) && key.length > s.length);
}
