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
  if (isSickNote(tokens, colon, first)) return true;
  const verb = tokens[colon + 1];
  if (verb === undefined || !THIRD_PERSON_VERBS.has(verb.key) || first - colon > NOTE_WINDOW) return false;
  return !SUBJECTS_AFTER.has(tokens[colon + 2]?.key ?? '');
}

/**
 * Batch 53: a sick-leave word in the note's first words ("R. Smit: sinds 3 weken ziek gemeld met
 * uitdroging", "C. Wiersma: verzuim door chronische hoofdpijn"), never the speaker's own ("Sanne: ik
 * ben ziek door migraine").
 */
export const SICK_LEAVE_WORDS = wordSet('ziek ziekgemeld ziekmelding verzuim verzuimt uitgevallen');
const SPEAKER_WORDS = wordSet("ik ben mijn m'n me we wij ons");
const SICK_REACH = 5;

function isSickNote(tokens: readonly Token[], colon: number, first: number): boolean {
  if (first - colon > NOTE_WINDOW) return false;
  for (let j = colon + 1; j < first && j <= colon + SICK_REACH; j++) {
    const key = tokens[j]!.key;
    if (SPEAKER_WORDS.has(key)) return false;
    if (SICK_LEAVE_WORDS.has(key)) return true;
  }
  return false;
}
