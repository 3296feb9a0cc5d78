import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Whether a phrase of the care lexicon ("deur niet uit", "zijn bed niet uit") stands at a token, read by
 * care-terms.ts. A phrase ending in "niet (meer) uit" is none when an article follows: "uit" is then a
 * preposition ("kreeg haar bed niet uit de verhuiswagen": furniture; review of batch 44-names).
 */

const ARTICLES = wordSet('de het een');

/** The words of the phrase from k on, the first one already matched. */
export function matchesPhrase(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  for (let n = 1; n < words.length; n++) {
    if (tokens[k + n]?.key !== words[n]) return false;
  }
  return words.at(-1) !== 'uit' || !ARTICLES.has(tokens[k + words.length]?.key ?? '');
}
