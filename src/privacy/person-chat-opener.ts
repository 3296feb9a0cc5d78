import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Held-out 23: a chat message opens with a word of speech and a comma before its subject ("nou,
 * marjolein heeft ...", "hee, Sem is ...", "goed nieuws, Kim heeft ..."): the person still opens the message.
 */
const INTERJECTIONS = wordSet(
  'nou nu hee hey hoi ok oke okay ja nee trouwens btw zo goed fijn wow jeetje helaas',
);
const INTERJECTION_TAILS = wordSet('nieuws allemaal iedereen jongens team hoor zeg');

/** The person named at `first` opens the sentence from `from` but for an interjection and a comma. */
export function opensAfterInterjection(tokens: readonly Token[], from: number, first: number): boolean {
  if (!INTERJECTIONS.has(tokens[from]!.key)) return false;
  // "goed nieuws, koen is ...", "hoi allemaal, ...": an interjection of two words.
  const comma = INTERJECTION_TAILS.has(tokens[from + 1]?.key ?? '') ? from + 2 : from + 1;
  return first === comma + 1 && tokens[comma]?.text === ',';
}
