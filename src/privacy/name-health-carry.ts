import { CASE_LABELS } from './person-name-cues.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * What carries the person named in one sentence over to the next (name-health.ts): a pronoun
 * ("Hennie. Ze is erg somber."), the next field of a row ("Naam: Oumar Diallo ; Medicatie: ..."),
 * a case heading ("Casus: dhr. Peters; diagnose: ..."), and how far a name is kept without them.
 */

// How many sentences without a name or a pronoun the person named before is kept over.
export const CARRY_LIMIT = 1;

// "Casus: ...", "Update: ...": a case label, or a word that heads news on a person; "Werknemer:" a form's (batch 54).
const CASE_HEADINGS = wordSetOf([
  ...CASE_LABELS,
  ...wordSet('status update betreft situatie naam werknemer'),
]);

/** "Casus:", "Status:", and two labels before the colon: "Naam cliënt:", "Naam deelnemer:". */
export function isCaseHeading(tokens: readonly Token[], from: number): boolean {
  if (!CASE_HEADINGS.has(tokens[from]?.key ?? '')) return false; // a sentence past the text's end (cut short)
  const next = tokens[from + 1];
  return next?.text === ':' || (CASE_HEADINGS.has(next?.key ?? '') && tokens[from + 2]?.text === ':');
}

/** "Behandelaar: Parnassia FACT-team Noord ;": one field of a row, a label and its colon to a semicolon. */
export function isField(tokens: readonly Token[], sentence: Sentence): boolean {
  return tokens[sentence.from + 1]?.text === ':' && tokens[sentence.to - 1]!.text === ';';
}

const CHAIN_PRONOUNS = wordSet(
  "hij zij ze hem haar z'n zn zijn d'r he she him her his he's she's meneer mevrouw hae hea hai zai ie haor",
);

const isChainPronoun = keyTest((key) => CHAIN_PRONOUNS.has(key));

/** Whether the sentence refers to someone by a pronoun. */
export function hasPronoun(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let k = sentence.from; k < sentence.to; k++) if (isChainPronoun(tokens[k]!)) return true;
  return false;
}
