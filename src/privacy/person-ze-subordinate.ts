import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 58: "ze" for one person in a subordinate clause, where the verb comes last: "Nadine vertelde dat ze
 * een depressie heeft", "Wiebke zegt dat ze sinds haar opname niet meer heeft gewerkt". "ze" counts as a
 * back reference (person-name-cues.ts) only before a verb in the singular; after "dat", "omdat" ... that
 * verb closes the clause (not "dat ze het niet weten": "they").
 */
const SUBORDINATORS = wordSet('dat omdat als toen sinds zodat nadat terwijl of');
const VERB_REACH = 8;

/** The "ze" at j is one person's: a verb in `singular` right after it, or closing its subordinate clause. */
export function isSingularZe(tokens: readonly Token[], j: number, singular: ReadonlySet<string>): boolean {
  if (tokens[j]?.key !== 'ze') return false;
  if (singular.has(tokens[j + 1]?.key ?? '')) return true;
  if (!SUBORDINATORS.has(tokens[j - 1]?.key ?? '')) return false;
  for (let k = j + 1; k < tokens.length && k <= j + VERB_REACH; k++) {
    const token = tokens[k]!;
    if (token.type === 'punct' && token.text !== '-') return false;
    if (singular.has(token.key)) return true;
  }
  return false;
}
