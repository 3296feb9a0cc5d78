import type { CareLexicon } from './care-terms.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 22: a person described by a care term and named after it in apposition, "hoort bij de man met
 * de paranoïde schizofrenie uit Nieuwegein, Willem", "de vrouw met de eetstoornis, Sara, belt morgen". The
 * name stands after a comma and ends the sentence or the aside (a verb after it makes it a new clause's
 * subject: "een man met autisme, Sanne zoekt een plek" is Sanne's search).
 */
const PERSON_NOUNS = wordSet('man vrouw jongen meisje meneer mevrouw jongeman dame heer');
const DESCRIBING = wordSet('de die deze');
const TERM_REACH = 3;
const NAME_REACH = 8;

/** The person named in apposition after "de man met <care term> ...", or undefined. */
export function describedThenNamed(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): PersonRef | undefined {
  for (let k = sentence.from + 2; k < sentence.to; k++) {
    if (
      tokens[k]!.key !== 'met' ||
      !PERSON_NOUNS.has(tokens[k - 1]!.key) ||
      !DESCRIBING.has(tokens[k - 2]!.key)
    )
      continue;
    for (let t = k + 1; t <= k + TERM_REACH && t < sentence.to; t++) {
      const length = care.matchAt(tokens, t, isOrganisation);
      if (length === 0) continue;
      return refs.find((ref) => isApposition(tokens, sentence, ref, t + length));
    }
  }
  return undefined;
}

/** A name after a comma within reach of the term, ending the sentence or followed by a mark. */
function isApposition(tokens: readonly Token[], sentence: Sentence, ref: PersonRef, after: number): boolean {
  if (ref.first < after || ref.first > after + NAME_REACH || tokens[ref.first - 1]?.text !== ',')
    return false;
  for (let j = after; j < ref.first - 1; j++) if (tokens[j]!.type === 'punct') return false;
  const next = tokens[ref.last + 1];
  return ref.last + 1 >= sentence.to || next === undefined || next.type === 'punct';
}
