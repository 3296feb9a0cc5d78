import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 31: a year of birth as a figure of a group, "gemiddeld geboortejaar van de kandidaten: 1989",
 * "mediaan geboortejaar instroom: 1992": an average belongs to nobody. A word of average a
 * few tokens before the year, in the same sentence ("geboortejaar kandidaat: 1989" stays a person's).
 */
// Not "gem.": as often the municipality ("gem. Ede, geboortejaar 1986").
const AVERAGE_WORDS = wordSet('gemiddelde gemiddeld mediaan gemiddelden gemiddeldes');
const REACH = 8;

/** Whether a word of average stands within a few tokens before the year at `first`. */
export function isAverageYear(tokens: readonly Token[], first: number, sentenceFrom: number): boolean {
  for (let j = first - 1; j >= sentenceFrom && j >= first - REACH; j--)
    if (AVERAGE_WORDS.has(tokens[j]!.key)) return true;
  return false;
}
