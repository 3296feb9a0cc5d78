import type { NameReader } from './name-reader.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

// Cues around a name that person-names.ts reads: initials standing alone for a person, and a care term
// shortly after a first name typed in lower case.

// "J. heeft ...", "K.M. zit ...", "A.B. kan ...": a verb in lower case after initials opening the sentence.
const AFTER_INITIALS = wordSetOf([
  ...SUBJECT_VERBS,
  ...wordSet('kan kon wil wilde moet moest komt kwam gaat ging woont ligt lag staat stond kampt lijdt'),
]);
// "Casus A.B.:", "Cliënt K.M.:": a case label before initials and a colon.
const CASE_LABELS = wordSet(`casus case client cliente klant kandidaat kandidate deelnemer werkzoekende
  patient patiente naam dossier`);

/**
 * Initials without a surname at k, standing for a person: opening the sentence before a verb in lower
 * case, or after a case label before a colon. Returns the last full stop's index, or -1.
 */
export function initialsAloneEnd(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  opening: boolean,
  to: number,
): number {
  let i = k;
  for (let n = 0; n < 4 && names.isInitial(i); n++) i += 2;
  const next = tokens[i];
  if (i >= to || next === undefined) return -1;
  if (opening && next.type === 'word' && !next.capitalised && AFTER_INITIALS.has(next.key)) return i - 1;
  return next.text === ':' && CASE_LABELS.has(tokens[k - 1]?.key ?? '') ? i - 1 : -1;
}

// How far after a lower-case first name a care term makes it a person: a chat line's clause or two.
const CARE_AFTER_NAME_WINDOW = 12;

/** "chantal 12u bij hema, gaat goed, wel weer paniekaanvallen": a care term a few words on. */
export function hasCareWordAfter(from: number, to: number, isCareWord: (k: number) => boolean): boolean {
  for (let j = from; j < to && j < from + CARE_AFTER_NAME_WINDOW; j++) {
    if (isCareWord(j)) return true;
  }
  return false;
}
