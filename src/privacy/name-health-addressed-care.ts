import { isSecondPersonsCare } from './name-health-addressed.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * det-lists39: a message addressed to someone ("@fatma", "Peter,") asking after their own care in words the
 * care lexicon leaves to anyone, as they are as often a business's or a meeting's: "@fatma hoe is het na je
 * operatie?", "@peter ben je al uit het ziekenhuis?". Said of "je" (name-health-addressed.ts: right after
 * "je", "jouw", "uw", one word between at most, no preposition), such a word is the addressed person's
 * health. A hospital or clinic counts only with "ben je", "lig je", "zit je" (or "jij") before it and "in" or
 * "uit" with an article right before it, ending the clause ("zit je morgen in het ziekenhuis voor het overleg?"
 * is a meeting). Work stays work: "hoe ging de training?", "je bezoek aan het ziekenhuis".
 */
const OWN_CARE_WORDS = wordSet(`operatie ingreep opname behandeling bestraling bestralingen chemo kuur
  revalidatie herstel narcose bevalling zwangerschap miskraam medicatie medicijnen pillen`);
const STAY_PLACES = wordSet('ziekenhuis kliniek revalidatiecentrum hospice');
const STAY_VERBS = wordSet('ben lig zit');
const SECOND_PERSON = wordSet('je jij');
const ARTICLES = wordSet('het de');
const IN_OUT = wordSet('in uit');
const CLAUSE_ENDS = wordSet('? ! . , ;');
// How far before the place the verb and "je" may stand: "ben je al weer uit het ziekenhuis".
const STAY_REACH = 6;

/** A word that may make such a question: the gate (name-health-gate.ts) reads the text's sentences for it. */
export function isOwnCareKey(key: string): boolean {
  return OWN_CARE_WORDS.has(key) || STAY_PLACES.has(key);
}

/** Whether the sentence, naming nobody but the person addressed, asks after their own care in plain words. */
export function asksAfterOwnCare(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
  addressed: PersonRef,
): boolean {
  for (const ref of refs) if (ref.first !== addressed.first) return false;
  for (let k = sentence.from; k < sentence.to; k++) {
    const key = tokens[k]!.key;
    if (OWN_CARE_WORDS.has(key) && tokens[k + 1]?.key !== 'van' && isSecondPersonsCare(tokens, sentence, k))
      return true;
    if (STAY_PLACES.has(key) && staysThere(tokens, sentence, k)) return true;
  }
  return false;
}

function staysThere(tokens: readonly Token[], sentence: Sentence, k: number): boolean {
  if (k - 2 < sentence.from || !ARTICLES.has(tokens[k - 1]!.key) || !IN_OUT.has(tokens[k - 2]!.key))
    return false;
  const after = tokens[k + 1];
  if (k + 1 < sentence.to && after !== undefined && !CLAUSE_ENDS.has(after.text)) return false;
  for (let j = k - 3; j > sentence.from && j >= k - 2 - STAY_REACH; j--)
    if (SECOND_PERSON.has(tokens[j]!.key) && STAY_VERBS.has(tokens[j - 1]!.key)) return true;
  return false;
}
