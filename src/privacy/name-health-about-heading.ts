import { hasTopicWord } from './care-term-owner.ts';
import { speaksOfWork } from './care-term-work.ts';
import type { CareLexicon } from './care-terms.ts';
import { careAsideOf } from './name-health-care-aside.ts';
import { describedThenNamed } from './name-health-described.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 31: a long message headed by the person it is about, "Over Jesse de Graaf: ik heb met hem en
 * zijn moeder koffie gedronken en ... zijn psychose ..., hij slikt risperidon". The care terms
 * may stand far from the name and after other people ("zijn moeder"); the heading says whose they are.
 * Only when nobody else is named and the message is no topic or work of the person ("Over Jesse: hij
 * geeft de training over psychose", "Over Hatice: zij werkt als psycholoog bij de verslavingszorg").
 */
const ABOUT_WORDS = wordSet('over betreft inzake');

/**
 * "bij de man met de schizofrenie uit Ede, Willem" (name-health-described.ts); else the person an
 * "Over <name>:" heading opens the sentence with, when a care term follows in it.
 */
export function describedOrHeaded(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): PersonRef | undefined {
  const described =
    describedThenNamed(tokens, sentence, refs, care, isOrganisation) ??
    careAsideOf(tokens, sentence, refs, care, isOrganisation);
  const ref = refs[0];
  if (described !== undefined || ref === undefined || refs.length > 1) return described;
  if (ref.first !== sentence.from + 1 || !ABOUT_WORDS.has(tokens[sentence.from]!.key)) return undefined;
  if (tokens[ref.last + 1]?.text !== ':') return undefined;
  if (hasTopicWord(tokens, ref.last + 2, sentence.to) || speaksOfWork(tokens, sentence)) return undefined;
  for (let k = ref.last + 2; k < sentence.to; k++)
    if (care.matchAt(tokens, k, isOrganisation) > 0) return ref;
  return undefined;
}
