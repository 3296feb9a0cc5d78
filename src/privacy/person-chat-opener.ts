import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Held-out 23: a chat message opens with a word of speech and a comma before its subject ("nou,
 * marjolein heeft ...", "hee, Sem is ...", "trouwens, Kim heeft ..."): the person still opens the message.
 */
const INTERJECTIONS = wordSet(
  'nou nu hee hey hoi ok oke okay ja nee trouwens btw zo goed fijn wow jeetje helaas',
);

/** The person named at `first` opens the sentence from `from` but for an interjection and a comma. */
export function opensAfterInterjection(tokens: readonly Token[], from: number, first: number): boolean {
  return first === from + 2 && tokens[from + 1]?.text === ',' && INTERJECTIONS.has(tokens[from]!.key);
}
