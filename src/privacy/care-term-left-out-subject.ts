import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * "Wietske: heeft ook nog een eetstoornis", "Jorrit: zit in de WW maar eigenlijk ziek (depressie)": a
 * note that leaves out its subject, the person before the colon (batch 43-names). A verb in the third
 * person opens it, which a speaker talking of themself would not use ("Sanne: ik heb ...", "heb ...");
 * a subject right after the verb makes it a question or a statement of the speaker's ("Sanne: is een
 * depressie erfelijk?", "Sanne: is het waar dat ...").
 */
const THIRD_PERSON_VERBS =
  wordSet(`heeft is zit loopt krijgt gebruikt slikt ligt woont staat had was zat kreeg
  lag woonde stond gaat ging komt kwam wordt werd`);
const SUBJECTS_AFTER = wordSet("een het er dat dit de die ze zij hij je jij u ik we wij jullie men 't");
// How far after the verb the care term may stand: one clause of a short note.
const NOTE_WINDOW = 12;

/** The care term at `first` is in a note whose left-out subject is the name before the colon at `colon`. */
export function isSubjectLeftOut(tokens: readonly Token[], colon: number, first: number): boolean {
  const verb = tokens[colon + 1];
  if (verb === undefined || !THIRD_PERSON_VERBS.has(verb.key) || first - colon > NOTE_WINDOW) return false;
  return !SUBJECTS_AFTER.has(tokens[colon + 2]?.key ?? '');
}
