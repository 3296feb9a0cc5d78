import { CLAUSE_JOINS } from './function-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 61 (det-61): an organ's trouble said the everyday way, "het aan <possessive> <organ> hebben":
 * "Kobus heeft het, na twintig jaar, aan zijn longen", "ze heeft het aan haar hart", "hij had het al jaren
 * aan z'n rug". The organ after "aan" and a possessive (or "de"), "het" at most ten tokens before "aan" with a
 * verb of having right before it, and the clause ending at the organ ("... aan zijn longen." or "en", "maar").
 * Not "heeft het aan zijn hart gedrukt", "heeft het aan haar rug te danken": a word goes on after the organ;
 * nor "werkt aan zijn hart" or "het ligt aan de rug van de stoel": no "het hebben".
 */
// Not "nier", "long", "lever", "darmen", "heupen", "knieen": their shapes (length, first and last letter) are those of
// "naar", "lang", "later", "denken", "hebben", "kunnen", which the lexicon's shape filter would then let through.
export const ORGAN_TRIGGERS = wordSet('longen hart nieren maag rug heup knie schouder schouders nek');
const OWNERS = wordSet("zijn haar z'n zn d'r de");
const HAVING = wordSet('heeft had hebben heb hebt');
const IT_REACH = 10;
const CLAUSE_GOES_ON = CLAUSE_JOINS;

/** Whether the organ at tokens[k] is the end of "het ... aan <possessive> <organ> hebben". */
export function isOrganTrouble(tokens: readonly Token[], k: number): boolean {
  if (!OWNERS.has(tokens[k - 1]?.key ?? '') || tokens[k - 2]?.key !== 'aan') return false;
  const after = tokens[k + 1];
  if (after !== undefined && after.type === 'word' && !CLAUSE_GOES_ON.has(after.key)) return false;
  for (let j = k - 3; j >= 0 && j >= k - 2 - IT_REACH; j--) {
    const token = tokens[j]!;
    if (token.key === 'het') return HAVING.has(tokens[j - 1]?.key ?? '');
    if (token.text === '.' || token.text === ';' || token.text === ':' || token.lineBefore) return false;
  }
  return false;
}
