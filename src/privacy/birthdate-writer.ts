import { CLIENT_PLURALS, CLIENT_ROLES, FORMS_OF_ADDRESS, RELATIVES, YOUNG_PEOPLE } from './client-words.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * The writer's own birth said further on in a sentence whose subject is the writer: "ik ben een kind
 * van de jaren 80, geboren in '82", "ik kom uit Zwolle en ben geboren in 1969" (batch 47). The sentence
 * opens with "ik", and nobody else is named (nor details opened by a colon) between it and the birth cue: "ik sprak de deelnemer,
 * geboren in '82" and "ik belde Sanne, geboren ..." are someone else's.
 */

const WRITER = 'ik';
const SOMEONE_ELSE = wordSet(
  `${CLIENT_ROLES} ${CLIENT_PLURALS} ${YOUNG_PEOPLE} ${FORMS_OF_ADDRESS} ${RELATIVES} jongeren iemand hij zij ze hem haar zijn z'n d'r hun diens wie die`,
);
// "ik heb de gegevens: geboren 12-03-1985": a colon, bracket or cell mark opens someone's details.
const FIELD_MARKS = new Set([':', '(', '|', ';', '"']);
const COPULAS = wordSet('ben was werd');
// How far the sentence's "ik" may stand before the cue.
const WINDOW = 16;

/** Whether the birth cue at j follows, in its sentence, an opening "ik" with nobody else named between. */
export function isWriterSubjectBefore(tokens: readonly Token[], sentenceFrom: number, j: number): boolean {
  const from = Math.max(sentenceFrom, j - WINDOW);
  if (from !== sentenceFrom) return false;
  if (tokens[sentenceFrom]?.key !== WRITER) return false;
  // "ik ben ..., geboren", "ik kom uit Zwolle en ben geboren": the writer says it of themself; not "ik heb
  // het dossier bijgewerkt, geboren 12-03-1985", a form's field.
  if (!COPULAS.has(tokens[sentenceFrom + 1]?.key ?? '') && !COPULAS.has(tokens[j - 1]?.key ?? ''))
    return false;
  for (let b = sentenceFrom + 1; b < j; b++) {
    const token = tokens[b]!;
    if (SOMEONE_ELSE.has(token.key) || FIELD_MARKS.has(token.text)) return false;
    if (token.type === 'word' && token.capitalised && isKnownFirstName(token.key)) return false;
  }
  return true;
}
