import { NOT_NAME, NOT_PLAIN, NOT_SUBJECT, tokenFlags } from './name-word-flags.ts';
import { COMMON_WORDS } from './person-slot.ts';
import { isKnownPlaceAt } from './places.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Batch 54 (det-54): "Met Boukje gaat het weer mis, ..., ze zit midden in een manische fase": how someone
 * is doing, asked or told with "Met <name> gaat het" opening the sentence, names a person even when no
 * list knows the name; a pronoun further on need not stand within a few words of it. Not a place, a
 * common word or an organisation ("Met Utrecht gaat het goed", "Met het project gaat het ...").
 */
const HOW_VERBS = wordSet('gaat ging is was');

/** k when an unknown capitalised name at k stands in "Met <name> gaat het" opening the sentence, or -1. */
export function howIsNameEnd(tokens: readonly Token[], k: number, from: number): number {
  const token = tokens[k]!;
  if (k - 1 !== from || tokens[from]!.key !== 'met') return -1;
  if (!HOW_VERBS.has(tokens[k + 1]?.key ?? '') || tokens[k + 2]?.key !== 'het') return -1;
  if (token.type !== 'word' || !token.capitalised || token.allCaps || token.hasDigit) return -1;
  if (token.text.length < 3 || COMMON_WORDS.has(token.key) || isKnownPlaceAt(tokens, k)) return -1;
  return (tokenFlags(token) & (NOT_NAME | NOT_PLAIN | NOT_SUBJECT)) === 0 ? k : -1;
}
