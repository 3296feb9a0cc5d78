import { CLIENT_PLURALS } from './client-words.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 71 (det-owner71): two ways a named professional stands beside a care service that is not theirs:
 *  - a task taken over from a colleague: "Femke neemt de intake van Noor over" (the intake Noor was to do). A
 *    taking verb up to three words before the term, "van", a name and "over" right after it. "Femke neemt het
 *    over, want Noor heeft een burn-out" is Noor's (no "van" after the term); "de intake van Noor is morgen"
 *    is still Noor's (no taking over).
 *  - a service organised for the clients: "Olga en Patrick regelen vervoer naar de dagbehandeling voor
 *    cliënten uit de kleine dorpen". An organising verb in the clause before the term and "voor" and the
 *    clients in the plural right after it. "Jan gaat naar de dagbehandeling voor jongeren" is his (no
 *    organising verb), and so is "Olga regelt vervoer naar haar dagbehandeling" (no clients after).
 */
const TAKING = wordSet('neemt neem nemen nam namen overnemen');
const TAKE_REACH = 3;
const ORGANISING = wordSet(`regelt regel regelen regelde organiseert organiseren organiseerde plant plannen
  coordineert coordineren biedt bieden zoekt zoeken`);
const ORGANISE_REACH = 8;
const CLIENTS = wordSet(CLIENT_PLURALS);
const FILLERS = wordSet('de onze alle');
const CLAUSE_BREAKS = new Set(['.', ',', ';', ':', '!', '?']);

/** The care term at [first, last] is a task taken over "van" the person named after it, or organised for clients. */
export function isHandedOver(
  tokens: readonly Token[],
  sentence: Sentence,
  first: number,
  last: number,
  byFirst: { get(k: number): PersonRef | undefined },
): boolean {
  if (tokens[last + 1]?.key === 'van') {
    const ref = byFirst.get(last + 2);
    if (ref !== undefined && tokens[ref.last + 1]?.key === 'over') {
      for (let j = first - 1; j >= sentence.from && first - j <= TAKE_REACH; j--)
        if (TAKING.has(tokens[j]!.key)) return true;
    }
    return false;
  }
  if (tokens[last + 1]?.key !== 'voor') return false;
  const after = FILLERS.has(tokens[last + 2]?.key ?? '') ? last + 3 : last + 2;
  if (!CLIENTS.has(tokens[after]?.key ?? '')) return false;
  for (let j = first - 1; j >= sentence.from && first - j <= ORGANISE_REACH; j--) {
    const token = tokens[j]!;
    if (CLAUSE_BREAKS.has(token.text)) return false;
    if (ORGANISING.has(token.key)) return true;
  }
  return false;
}
