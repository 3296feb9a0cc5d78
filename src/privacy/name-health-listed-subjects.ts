import type { PersonRef } from './person-names.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-lists39: names listed as one subject, joined by commas and a last "en" (or "&"), before a verb in the
 * plural or "allebei", "alle drie": "Sanne, Ayoub en Kees zitten alle drie in de kliniek". A comma after the
 * opening name otherwise addresses someone ("Sanne, zit jij ...") and keeps the care word from the name
 * (name-health-subject.ts); after such a list the clause goes on about all of them. Only names in a row,
 * nothing else between; a list without its "en" is a greeting or an enumeration ("Sanne, Kees, ...").
 */
const COMMAS = wordSet(',');
const LAST_JOINS = wordSet('en &');
const PLURAL_AFTER = wordSet(`zijn zitten hebben liggen slikken krijgen gebruiken waren zaten hadden lagen
  slikten kregen gebruikten gaan gingen moeten moesten kampen drinken blowen allebei beiden beide alle`);

/** After the list of names opening at `refs[0]` (the token after its last name), or -1 when none opens there. */
export function listedSubjectsEnd(tokens: readonly Token[], refs: readonly PersonRef[]): number {
  let joined = false;
  let i = 0;
  for (; i + 1 < refs.length; i++) {
    const between = refs[i]!.last + 1;
    const next = refs[i + 1]!;
    const join = tokens[between]?.text.toLowerCase() ?? '';
    if (next.first !== between + 1 || joined || !(COMMAS.has(join) || LAST_JOINS.has(join))) break;
    joined = LAST_JOINS.has(join);
  }
  if (!joined || i === 0) return -1;
  const after = refs[i]!.last + 1;
  return PLURAL_AFTER.has(tokens[after]?.key ?? '') ? after : -1;
}
