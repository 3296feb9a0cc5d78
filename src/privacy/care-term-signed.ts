import { QUOTES } from './care-term-walks.ts';
import { HE_SHE } from './function-words.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Batch 45: a client's own message quoted and signed, "fw van de client: 'ik kom niet, ben weer opgenomen.
 * groet Tessa (tessa.brouwers@gmail.com)'". The quoted sentence says a care detail in the first person and
 * names nobody; the next sentence opens with a closing and the name, who wrote it. Only inside a quote: a
 * chat message signed by its writer ("Ik ben ziek. Groet, Jeroen") is the writer's own (name-health.ts).
 */
const FIRST_PERSON = wordSet("ik ben mijn m'n me mij");
const CLOSINGS = wordSet('groet groetjes groeten gr grt liefs mvg doei');

const OPENING_PRONOUNS = HE_SHE;

/**
 * A sentence naming nobody whose care detail may be of the person named in the next: it opens with a
 * pronoun ("Hij zei: ..."), asks a question ("... ? vraag voor Dennis"), or quotes a message in the first person.
 */
export function mayBeNamedNext(tokens: readonly Token[], sentence: Sentence): boolean {
  return (
    OPENING_PRONOUNS.has(tokens[sentence.from]!.key) ||
    tokens[sentence.to - 1]!.text === '?' ||
    isQuotedFirstPerson(tokens, sentence)
  );
}

/** A sentence with a quote mark and a first-person word: a quoted message may be about its writer. */
function isQuotedFirstPerson(tokens: readonly Token[], sentence: Sentence): boolean {
  let quote = false;
  for (let k = sentence.from; k < sentence.to; k++) {
    const token = tokens[k]!;
    // A quote mark is a punctuation token: a word asks no hash of QUOTES (most of the sentence).
    if (token.type === 'punct' && QUOTES.has(token.key)) quote = true;
    else if (quote && FIRST_PERSON.has(token.key)) return true;
  }
  return false;
}

/** "groet Tessa", "groetjes, Tessa": the sentence opens with a closing and then the person. */
export function isSignedBy(tokens: readonly Token[], sentence: Sentence, ref: PersonRef): boolean {
  if (!CLOSINGS.has(tokens[sentence.from]!.key)) return false;
  return (
    ref.first === sentence.from + 1 ||
    (ref.first === sentence.from + 2 && tokens[sentence.from + 1]!.text === ',')
  );
}
