import type { Token } from './tokens.ts';

/**
 * A care word at `from` or after, within `limit` tokens and before `to`, and before a token `ends` says the
 * clause is over: the bounded look the name rules take after a person's place (person-name-word-placed.ts,
 * person-unknown-opener.ts). Bounded, so asking it at every word of a long text stays linear.
 */
export function careWithin(
  tokens: readonly Token[],
  from: number,
  to: number,
  limit: number,
  isCareWord: (k: number) => boolean,
  ends: (token: Token) => boolean = () => false,
): boolean {
  for (let j = from; j < to && j < from + limit && j < tokens.length; j++) {
    if (isCareWord(j)) return true;
    if (ends(tokens[j]!)) return false;
  }
  return false;
}
