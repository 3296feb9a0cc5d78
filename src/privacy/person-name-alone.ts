import { NOT_NAME, NOT_PLAIN, NOT_SUBJECT, tokenFlags } from './name-word-flags.ts';
import { howIsNameEnd } from './person-how-is.ts';
import { lowercaseSurnameEnd } from './person-lowercase-surname.ts';
import { asideEnd, describedPersonEnd } from './person-name-cues.ts';
import { nameWordPlacedEnd } from './person-name-word-placed.ts';
import { isGoneOnInNext } from './person-next-sentence.ts';
import { relativeOfNamedEnd } from './person-relative-of.ts';
import { COMMON_WORDS, personInSlotEnd } from './person-slot.ts';
import { linkedUnknownOpenerEnd, treatersClientEnd } from './person-unknown-linked.ts';
import { isKnownPlaceAt } from './places.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Held-out 24's classes. A chat line names someone in a sentence of their own and goes on about them in
 * the next ("Zo, Ikenna. Hij is sinds vrijdag weer opgenomen", "Dan Marlou. Ze heeft ..."): a name no
 * list knows, alone or after a word that turns to a topic and its comma, then the sentence's mark.
 * And the verb after a name may stand past an aside in brackets ("luna (19) heeft ...").
 */
const ENDERS = wordSet('. ! ?');
// "Zo, Ikenna.", "Dan Marlou.", "En Brahim?", "Nu even Ikenna.": words that turn to the next topic.
const TOPIC_TURNS = wordSet('zo dan en nu verder tenslotte ten slotte even over oke ok goed');

/** Where a person in a slot (person-slot.ts), described (person-name-cues.ts), named alone, as an unknown
 * opener linked to a care detail further on (person-unknown-linked.ts) or by a relative (person-relative-of.ts) ends, or -1. */
export function slottedPersonEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  const slot = personInSlotEnd(tokens, k, from, to, isCareWord);
  const linked = linkedUnknownOpenerEnd(tokens, k, from, to, isCareWord);
  const treated = treatersClientEnd(tokens, k);
  const how = howIsNameEnd(tokens, k, from);
  return Math.max(
    slot,
    describedPersonEnd(tokens, k),
    nameAloneEnd(tokens, k, from, to),
    linked,
    treated,
    how,
    relativeOfNamedEnd(tokens, k, from),
    nameWordPlacedEnd(tokens, k, from, to, isCareWord),
    lowercaseSurnameEnd(tokens, k, from, to, isCareWord),
  );
}

/** The key of the word after the token at k, past an aside in brackets ("luna (19) heeft"). */
export function keyAfterAside(tokens: readonly Token[], k: number, to: number): string {
  return tokens[asideEnd(tokens, k + 1, to)]?.key ?? '';
}

/** k when an unknown capitalised name at k fills its sentence [from, to) and the next goes on about one person, or -1. */
export function nameAloneEnd(tokens: readonly Token[], k: number, from: number, to: number): number {
  const token = tokens[k]!;
  if (token.type !== 'word' || !token.capitalised || token.allCaps || token.hasDigit) return -1;
  if (k + 2 !== to || !ENDERS.has(tokens[k + 1]!.text) || !opensTopic(tokens, k, from)) return -1;
  if (token.text.length < 3 || COMMON_WORDS.has(token.key) || isKnownPlaceAt(tokens, k)) return -1;
  if ((tokenFlags(token) & (NOT_NAME | NOT_PLAIN | NOT_SUBJECT)) !== 0) return -1;
  return isGoneOnInNext(tokens, k + 1) ? k : -1;
}

/** The name opens its sentence, perhaps after topic words and a comma ("Zo, ...", "Nu even ..."). */
function opensTopic(tokens: readonly Token[], k: number, from: number): boolean {
  let j = k - 1;
  if (j >= from && tokens[j]!.text === ',') j--;
  while (j >= from && TOPIC_TURNS.has(tokens[j]!.key)) j--;
  return j < from;
}
