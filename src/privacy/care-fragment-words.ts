import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * The words a sentence of care terms only may hold besides them (name-health-fragment.ts, isCareFragment):
 * "Fenna Bouma? LVB en angststoornis.", a case note on the person before. "een" and a diagnosis's head
 * noun may stand between them ("Diagnose: bipolaire stoornis."), and a type's number ("Bipolair type 2.").
 * Since batch 56 (det-56) also a clinical note's grading and dosing: "Gezien: Pieter. Ernstige depressie met
 * psychotische kenmerken.", "Matige depressie.", "Mirtazapine 30 mg gecontinueerd." (any number, a unit, what
 * was done with the dose).
 */
const FRAGMENT_JOINS = wordSet(`, en / + & ook een stoornis klachten problemen type . ! ?
  ernstige ernstig matige matig lichte licht beginnende chronische recidiverende met kenmerken
  mg ml dd gecontinueerd gecont gestart verhoogd verlaagd opgehoogd afgebouwd`);

/** Whether the token may stand between the care terms of a fragment. */
export function isFragmentJoin(token: Token): boolean {
  return token.type === 'number' || FRAGMENT_JOINS.has(token.key);
}

// "Plaatsing Leonie: lopend. Zorg: bij Yulius voor PTSS." (batch 56): a note's field of care, after the
// sentence naming the person; its care term may stand among any words ("bij Yulius voor").
// Only these two labels: "Agenda: Jeroen Bakker\nDiagnose: psychose en werk, open gesprek" stays a topic.
const OPEN_CARE_FIELDS = wordSet('zorg gezondheid');

/** The label (before its colon) of a field that is about the person's care whatever its words. */
export function isOpenCareField(label: Token): boolean {
  return OPEN_CARE_FIELDS.has(label.key);
}

// "Reden: psychische klachten.": the reason a trajectory stopped, as a case-note field; "Zorg:", "Gezondheid:";
// "Beperking:", "Aandoening:", a work-adaptation form's fields (batch 54).
const CARE_FIELDS = wordSet(
  'behandeling diagnose diagnoses medicatie problematiek klachten reden zorg gezondheid beperking aandoening',
);

/** The label (before its colon) of a case note's field of care. */
export function isCareFieldLabel(label: Token): boolean {
  return CARE_FIELDS.has(label.key);
}
