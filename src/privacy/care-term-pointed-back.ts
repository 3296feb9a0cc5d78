import type { PersonRef } from './person-names.ts';
import type { PersonRefIndex } from './person-ref-index.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 58: a person noun after "die", "deze" or "dat" that points back to the name just before it, as
 * "hij" would: "Even over Sjors: die jongen is weer aan de speed", "Jeroen, die man drinkt weer". Only
 * right after a colon or a comma that follows the name within a few words ("Sjors zei dat die jongen van
 * de buren ..." names someone else, and "die jongen" opening a sentence of its own stays unnamed).
 */
const DEMONSTRATIVES = wordSet('die deze dat');
const PERSON_NOUNS = wordSet('jongen meisje meid man vrouw jongeman knul kerel gast dame jochie joch');
const MARKS = wordSet(': ,');
const NAME_REACH = 4;

/** The person "die jongen" at `role` points back to, or undefined. */
export function pointedBack(
  tokens: readonly Token[],
  byLast: PersonRefIndex,
  role: number,
): PersonRef | undefined {
  if (!PERSON_NOUNS.has(tokens[role]!.key) || !DEMONSTRATIVES.has(tokens[role - 1]?.key ?? '')) return;
  const mark = role - 2;
  if (!MARKS.has(tokens[mark]?.text ?? '') || tokens[role - 1]!.lineBefore) return;
  for (let j = mark - 1; j >= 0 && j >= mark - NAME_REACH; j--) {
    const ref = byLast.get(j);
    if (ref !== undefined) return ref;
    if (tokens[j + 1]!.lineBefore) return;
  }
  return;
}
