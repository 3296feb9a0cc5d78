import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 25 (read 6 December 2026): an admission told by its course, in the short way of a
 * note, where "opname" could otherwise be a recording (with the older "heeft een opname achter de rug").
 *  - A participle of a stay right after it: "opname verlengd met twee weken", "de opname is verlengd",
 *    "opname beëindigd", "opname afgebroken" (never a recording's verbs: "opname gestart", "gedeeld").
 *  - No more of them since: "geen opnames meer sinds de zomer", "geen opname meer gehad" (not "geen
 *    opnames meer van de bijeenkomsten", "we maken geen opnames meer").
 *  - Batch 56: how far along it is, a unit of time and its number before "van de opname": "week 2 van de
 *    opname", "dag 3 van de opname" (not "week 2 van de opname van de podcast").
 */
const STAY_COURSE = wordSet(`verlengd verlengen verlenging beeindigd afgebroken afgeschaald opgeschaald
  voortgezet`);
const LINKING = wordSet('is wordt werd');
const NOT_AFTER_MORE = wordSet('van maken gemaakt');
const TIME_UNITS = wordSet('dag week maand');

/** The "opname"/"opnames" at k is a stay, by its course or by none having followed. */
export function isAdmissionCourse(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key === 'achter' && tokens[k + 3]?.key === 'rug') return true;
  if (isTimeInto(tokens, k)) return true;
  let next = k + 1;
  if (LINKING.has(tokens[next]?.key ?? '')) next++;
  if (STAY_COURSE.has(tokens[next]?.key ?? '')) return true;
  if (tokens[k - 1]?.key !== 'geen' || tokens[k + 1]?.key !== 'meer') return false;
  const after = tokens[k + 2]?.key ?? '';
  return !NOT_AFTER_MORE.has(after) && tokens[k - 2]?.key !== 'maken';
}

/** "week 2 van de opname": the unit, its number, "van de" right before the "opname" at k, no "van" after it. */
function isTimeInto(tokens: readonly Token[], k: number): boolean {
  if (tokens[k - 1]?.key !== 'de' || tokens[k - 2]?.key !== 'van' || tokens[k + 1]?.key === 'van')
    return false;
  return tokens[k - 3]?.type === 'number' && TIME_UNITS.has(tokens[k - 4]?.key ?? '');
}
