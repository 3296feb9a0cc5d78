import { hasTopicWord } from './care-term-owner.ts';
import { isSignedBy } from './care-term-signed.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/**
 * A sentence that names, right after a sentence of care terms without a name, whom that sentence was
 * about (used by name-health.ts): "Dat was Sjoerd", "vraag voor Dennis", "Dat is de stand van zaken bij
 * Harmen Postma".
 */
const IDENTIFYING = wordSet('dat dit');
// "...? vraag voor Dennis": the one the question before was asked for.
const ASKED_FOR = wordSet('vraag vraagje');
const IDENTIFYING_VERBS = wordSet('was is');

/** "Dat was Sjoerd", "Dit is mevrouw Bakker": the sentence names who the one before was about. */
export function isIdentified(tokens: readonly Token[], sentence: Sentence, ref: PersonRef): boolean {
  const asked = ASKED_FOR.has(tokens[sentence.from]!.key) && tokens[sentence.from + 1]?.key === 'voor';
  if (asked && tokens[sentence.from - 1]?.text === '?') return ref.first === sentence.from + 2;
  return (
    isSignedBy(tokens, sentence, ref) ||
    isConcerned(tokens, sentence, ref) ||
    (ref.first === sentence.from + 2 &&
      IDENTIFYING.has(tokens[sentence.from]!.key) &&
      IDENTIFYING_VERBS.has(tokens[sentence.from + 1]!.key))
  );
}

// Batch 60: "wie kent een werkplek voor iemand met dyslexie en depressie? Het gaat om Stefanie uit Meerssen".
const CONCERNING = wordSet('gaat betreft');
const AT_WORK = wordSet('van bij');

/** "Het gaat om Stefanie", "Het betreft dhr. Bakker": the sentence opens naming whom the one before concerns. */
export function isConcerned(tokens: readonly Token[], sentence: Sentence, ref: PersonRef): boolean {
  const from = sentence.from;
  if (tokens[from]!.key !== 'het' || !CONCERNING.has(tokens[from + 1]?.key ?? '')) return false;
  // "Het gaat om Noor van de gemeente": a professional by her organisation, no one the question was for.
  if (AT_WORK.has(tokens[ref.last + 1]?.key ?? '')) return false;
  return tokens[from + 1]!.key === 'gaat'
    ? tokens[from + 2]?.key === 'om' && ref.first === from + 3
    : ref.first === from + 2;
}

// "Dat is de stand van zaken bij Harmen Postma", "Dit geldt voor mevrouw Bakker".
const SUMMARY_VERBS = wordSet('is was geldt gold');
const SUMMED_UP_FOR = wordSet('bij voor');
const SUMMARY_WINDOW = 10;

/** "Dat is de stand van zaken bij X": the sentence sums up the one before as X's (no topic word between). */
export function isSummedUp(tokens: readonly Token[], sentence: Sentence, ref: PersonRef): boolean {
  const from = sentence.from;
  return (
    IDENTIFYING.has(tokens[from]!.key) &&
    SUMMARY_VERBS.has(tokens[from + 1]?.key ?? '') &&
    ref.first - from <= SUMMARY_WINDOW &&
    SUMMED_UP_FOR.has(tokens[ref.first - 1]?.key ?? '') &&
    !hasTopicWord(tokens, from, ref.first)
  );
}
