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
