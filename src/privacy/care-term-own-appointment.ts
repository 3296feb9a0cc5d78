import { CARE_PROFESSIONALS, isTreaterCompound } from './care-provider-words.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 22: an appointment with one's own treater about a care term, "heeft een gesprek bij de psychiater
 * over Ritalin", "had een afspraak bij haar psycholoog over de EMDR": the appointment is the person's, so
 * "over" names what their treatment is about, no topic in general. Only "bij" a treater (one visits one's
 * own; "overleg met de psychiater over ADHD" is as often a professional's) and the term ending the clause
 * ("over ADHD bij volwassenen" is a subject).
 */
const APPOINTMENTS = wordSet('gesprek afspraak consult controle intake');
const FILLERS = wordSet("de het een zijn haar z'n d'r eigen");
const CLAUSE_ENDS = wordSet('en maar want dus daarna toen');

/** Whether "over" at j follows an appointment "bij" a treater, the one-word term at `first` ending its clause. */
export function isOwnAppointmentAbout(tokens: readonly Token[], j: number, first: number): boolean {
  if (tokens[j]!.key !== 'over') return false;
  const term = FILLERS.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  if (term !== first) return false;
  const after = tokens[first + 1];
  if (after !== undefined && after.type !== 'punct' && !CLAUSE_ENDS.has(after.key)) return false;
  const treater = tokens[j - 1]?.key ?? '';
  if (!CARE_PROFESSIONALS.has(treater) && !isTreaterCompound(treater)) return false;
  const by = FILLERS.has(tokens[j - 2]?.key ?? '') ? j - 3 : j - 2;
  if (tokens[by]?.key !== 'bij') return false;
  return APPOINTMENTS.has(tokens[by - 1]?.key ?? '');
}
