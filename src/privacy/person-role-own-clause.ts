import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-42b: a role-named member or a professional with the job in brackets whose own care is told in a shape
 * person-role-own-care.ts's verb-right-after reading misses:
 *  - a subordinate clause, its verb last: "dat onze voorzitter Harrie een burn-out heeft", "dat Ruben (jobcoach)
 *    een hartoperatie heeft gehad" (not "dat voorzitter Harrie een training over burn-out geeft": the clause ends
 *    on another verb, and a preposition before the care word ends the look);
 *  - a possessive of the person before the care word in the clause after the name: "secretaris Margriet is na
 *    haar depressie weer aan het werk", "voorzitter Margriet, die na haar beroerte ..." (not "projectleider Koen
 *    vertelt over zijn ervaringen met depressie": the possessive is not right before the care word).
 * Bounded looks after the name only.
 */
const REACH = 6;
// Only these may stand between the name and the care word of a verb-last clause.
const VERB_LAST_FILLERS = wordSet(`een geen de het zelf ook al weer nu sinds kort onlangs recent vorige
  vorig week maand jaar zware ernstige flinke lichte`);
// The verbs ending the clause: having or undergoing it.
const VERB_LAST_ENDS = wordSet('heeft had hebben gehad gekregen opgelopen heeft gekregen is was');
const CLAUSE_ENDS = wordSet('en maar dus want omdat');
const VERB_LAST_REACH = 3;
const OWN_POSSESSIVES = wordSet("haar zijn z'n zn d'r");
// The possessive's look stops where another clause or person may start.
const POSSESSIVE_STOPS = wordSet('. ; : ? ! en maar want');

/** The person ending at `last` (or its aside) is the subject of a verb-last clause of their care, or its possessive. */
export function tellsOwnCareInClause(
  tokens: readonly Token[],
  last: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  return isVerbLastOwn(tokens, last, to, isCareWord) || isPossessiveOwn(tokens, last, to, isCareWord);
}

function isVerbLastOwn(
  tokens: readonly Token[],
  last: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  for (let j = last + 1; j < to && j <= last + REACH; j++) {
    if (isCareWord(j)) return endsOnHaving(tokens, j, to);
    if (!VERB_LAST_FILLERS.has(tokens[j]!.key)) return false;
  }
  return false;
}

/** After the care word at k (perhaps of a few words), a verb of having closes the clause. */
function endsOnHaving(tokens: readonly Token[], k: number, to: number): boolean {
  for (let j = k + 1; j < to && j <= k + VERB_LAST_REACH; j++) {
    if (!VERB_LAST_ENDS.has(tokens[j]!.key)) continue;
    let end = j + 1;
    while (end < to && VERB_LAST_ENDS.has(tokens[end]!.key)) end++;
    const next = tokens[end];
    return end >= to || next === undefined || next.type === 'punct' || CLAUSE_ENDS.has(next.key);
  }
  return false;
}

function isPossessiveOwn(
  tokens: readonly Token[],
  last: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  for (let j = last + 1; j + 1 < to && j <= last + REACH; j++) {
    const key = tokens[j]!.key;
    if (POSSESSIVE_STOPS.has(key) || tokens[j]!.lineBefore) return false;
    if (OWN_POSSESSIVES.has(key) && isCareWord(j + 1)) return true;
  }
  return false;
}
