import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Whether a phrase of the care lexicon ("deur niet uit", "zijn bed niet uit") stands at a token, read by
 * care-terms.ts. A phrase ending in "niet (meer) uit" is none when an article follows: "uit" is then a
 * preposition ("kreeg haar bed niet uit de verhuiswagen": furniture; review of batch 44-names).
 */

const ARTICLES = wordSet('de het een');
// "zit in een dip", "is de weg kwijt", "ziet het niet meer zitten" (care-terms-everyday.ts): a state of
// mind, but none when a preposition after it names a thing it is about ("zit in een dip met de omzet",
// "is de weg kwijt in het nieuwe gebouw", "ziet het niet meer zitten met die aanbesteding"; "is niet
// aanspreekbaar op de planning": accountable).
const MOOD_PHRASE_ENDS = wordSet('dip dipje kwijt zitten doorheen aanspreekbaar');
const ABOUT_A_THING = wordSet('met in qua rond bij op wat van door');

/** The words of the phrase from k on, the first one already matched. */
export function matchesPhrase(tokens: readonly Token[], k: number, words: readonly string[]): boolean {
  for (let n = 1; n < words.length; n++) {
    if (tokens[k + n]?.key !== words[n]) return false;
  }
  const after = tokens[k + words.length]?.key ?? '';
  if (MOOD_PHRASE_ENDS.has(words.at(-1)!)) return !ABOUT_A_THING.has(after);
  return words.at(-1) !== 'uit' || !ARTICLES.has(after);
}
