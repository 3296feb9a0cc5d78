import { hasOwnCareDetail } from './person-own-care.ts';
import { tellsOwnCareInClause } from './person-role-own-clause.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-person38: a member named after their role ("Onze teamleider Teun", "Projectleider Koen", "Dr. Vossen") is
 * no person whose care leaks while they do their work ("Projectleider Koen geeft een training over depressie"),
 * but a colleague's own diagnosis, operation, hospital stay, pregnancy or burn-out is theirs, and the policy
 * refuses it too: "Onze teamleider Teun heeft een hersenschudding opgelopen", "onze teamleider Gerard wordt
 * volgende week geopereerd", "Onze secretaris Greet zit thuis met een burn-out", "Dr. Vossen zelf heeft een
 * burn-out". The name is then the subject: a verb of having, being, staying or undergoing right after it
 * (perhaps after "zelf"), and the care detail in that clause.
 */
const OWN_VERBS = wordSet(`heeft had is was zit zat ligt lag wordt werd krijgt kreeg moet moest gaat ging
  kampt kampte loopt liep`);
// "zit thuis met een burn-out", "ligt thuis met ...": the place of a sick leave before the care.
const AT_HOME = wordSet('thuis');

/** The role-named person ending at `last` (or its aside) is the subject of their own care detail (see above). */
export function tellsOwnCare(
  tokens: readonly Token[],
  last: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  let verb = last + 1;
  if (tokens[verb]?.key === 'zelf') verb++;
  // "dat voorzitter Harrie een burn-out heeft", "secretaris Margriet is na haar depressie ..." (det-42b).
  if (verb >= to || !OWN_VERBS.has(tokens[verb]!.key))
    return tellsOwnCareInClause(tokens, last, to, isCareWord);
  let from = verb + 1;
  if (AT_HOME.has(tokens[from]?.key ?? '') && tokens[from + 1]?.key === 'met') from += 2;
  return hasOwnCareDetail(tokens, from, to, isCareWord) || tellsOwnCareInClause(tokens, last, to, isCareWord);
}
