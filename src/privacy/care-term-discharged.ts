import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 31: treatment said by its end, "is sinds kort uit behandeling bij de psycholoog", "is nog
 * niet uit behandeling, de werkgever moet even wachten": whether it ended or not, the person was in treatment. A
 * verb of being before "uit behandeling", a few adverbs between; not an application taken out of
 * processing ("de aanvraag is uit behandeling genomen"), which ownership leaves to no person anyway.
 */
const BEING = wordSet('is was zijn waren');
const BETWEEN = wordSet('nog niet net pas sinds kort al inmiddels nu bijna binnenkort officieel');
const TAKEN = wordSet('genomen gehaald gezet');
const REACH = 4;

/** "is (nog niet) uit behandeling": the word at k is "behandeling" after "uit" and a verb of being. */
export function isOutOfTreatment(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]!.key !== 'behandeling' || tokens[k - 1]?.key !== 'uit') return false;
  if (TAKEN.has(tokens[k + 1]?.key ?? '')) return false;
  for (let j = k - 2; j >= 0 && j >= k - 1 - REACH; j--) {
    const key = tokens[j]!.key;
    if (BEING.has(key)) return true;
    if (!BETWEEN.has(key)) return false;
  }
  return false;
}
