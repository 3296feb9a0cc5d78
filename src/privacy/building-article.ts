import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * "het" naming a building after it ("het Antoni van Leeuwenhoek", "in het Wilhelmina"), read by
 * name-reader.ts, against "het" as an object before a person spoken to ("Ik heb het Sanne gevraagd",
 * "dat het Fatima goed doet"; review of batch 44-names).
 */

// "in het Wilhelmina", "naar het Antoni van Leeuwenhoek": a place one is in or goes to.
const PLACE_PREPOSITIONS = wordSet('in naar bij uit op van vanuit vanaf voor aan met door via over');

/** "het" at `h` opens a building's name: at the start of the text or a sentence, or after a preposition. */
export function isBuildingArticle(tokens: readonly Token[], h: number): boolean {
  const before = tokens[h - 1];
  return before === undefined || before.type === 'punct' || PLACE_PREPOSITIONS.has(before.key);
}
