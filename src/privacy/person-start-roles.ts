import { isLowercaseStartWord, PARTICLE, tokenFlags } from './name-word-flags.ts';
import { isDescribedPerson } from './person-name-words.ts';
import { isSlotOrSubordinator } from './person-slot.ts';
import type { Token } from './tokens.ts';
import type { WordRecord } from './word-records.ts';

/*
 * Which words can start a person at all (perf-36): findPersonRefs (person-names.ts) asks a dozen rules of
 * every word of a sentence, and most words are ordinary lower-case words that none of them can start
 * with. Past a sentence's second token (no rule for an opening word applies) and after a word that opens
 * no slot (person-slot.ts) and is no "#", a lower-case word of two letters or more starts nothing unless
 * it is a particle ("van der Meer"), a described person ("vrouw uit 6541 WZ") or a lower-case start
 * (first names, "sanne's": isLowercaseStart). That much depends on the word alone: one bit on its record.
 */

// Two bits on the record's `nameRoles`: asked, and the answer.
const ASKED = 1;
const INERT = 2;

/** Whether no name rule can start at token k of the sentence [from, ...) (see above). */
export function cannotStartPerson(tokens: readonly Token[], k: number, from: number): boolean {
  if (k < from + 2 || !isInertLowercase(tokens[k]!)) return false;
  const before = tokens[k - 1]!;
  return before.text !== '#' && !isSlotOrSubordinator(before);
}

function isInertLowercase(token: Token): boolean {
  const record: WordRecord | null = token.record;
  if (record === null) return inert(token);
  if (record.nameRoles === 0) record.nameRoles = ASKED | (inert(token) ? INERT : 0);
  return (record.nameRoles & INERT) !== 0;
}

// Depends on the word's text alone (its case, length and key), as its record does.
function inert(token: Token): boolean {
  return (
    token.type === 'word' &&
    !token.capitalised &&
    token.text.length >= 2 &&
    (tokenFlags(token) & PARTICLE) === 0 &&
    !isDescribedPerson(token) &&
    !isLowercaseStartWord(token)
  );
}
