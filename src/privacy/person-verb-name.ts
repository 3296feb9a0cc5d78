import { isEverydayName } from './name-lexicon.ts';
import { NOT_GIVEN_NAME, NOT_NAME, NOT_SUBJECT, tokenFlags } from './name-word-flags.ts';
import { keyAfterAside } from './person-name-alone.ts';
import { opensSentence } from './person-name-cues.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import { isShortNameAt } from './person-short-name.ts';
import { HIS_HER_SHORT } from './possessives.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * Batch 59: a first name that is also a verb ("Ben", "Wil", "Bent"; left out of first-names.ts for "ik ben",
 * "ik wil") is the name when a verb in the third person follows it, perhaps past an aside: "Ben heeft zijn
 * afspraak bij de verslavingsarts gemist", "en Ben is daardoor ...", "Ben (9711 HR) is weer begonnen", and
 * in lower case opening the message, "ben is weer aan het gokken". The verb "ben" never stands before a
 * second finite verb; not after a pronoun or question word ("wie ik ben is ...": a clause's last verb).
 */
const VERB_NAMES = wordSet('ben bent wil');
const THIRD_PERSON = wordSetOf([
  ...SUBJECT_VERBS,
  ...wordSet(`ligt lag gaat ging komt kwam zegt zei belt belde moet moest kan kon voelt voelde slaapt sliep
    wacht wachtte staat stond loopt liep werkt werkte`),
]);
const NOT_BEFORE = wordSet('ik je jij u wie wat waar hoe zoals dan');

/** Whether the word at k is a first name that is also a verb, before a verb in the third person. */
function isVerbNameAt(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  const token = tokens[k]!;
  if (!VERB_NAMES.has(token.key) || token.allCaps) return false;
  if (!token.capitalised && !opensSentence(tokens, k, from)) return false;
  if (NOT_BEFORE.has(tokens[k - 1]?.key ?? '')) return false;
  return THIRD_PERSON.has(keyAfterAside(tokens, k, to));
}

/**
 * Batch 59: a name that is also an everyday word ("Storm", "Lies", "Toon"; name-lexicon.ts) opening the
 * sentence, then a possessive and a word, as chat writes "Sanne haar": "Storm zijn adhd-medicatie is op",
 * "lies haar huisarts heeft slaappillen voorgeschreven". The word then owns something, as only a person does;
 * not a preposition or determiner that the lists keep from names ("Door zijn verslaving ...", "Elke haar").
 */
// "Toon haar de folder", "Toon haar even hoe ...": "haar" an object after an imperative, no possessive.
const NOT_OWNED = wordSet('de het een die dat deze dit wat wie hoe waar even eens nog ook maar gewoon snel');

function isEverydayNameOwningAt(tokens: readonly Token[], k: number, from: number): boolean {
  const token = tokens[k]!;
  if (!isEverydayName(token.key) || token.allCaps || !opensSentence(tokens, k, from)) return false;
  if ((tokenFlags(token) & (NOT_NAME | NOT_GIVEN_NAME | NOT_SUBJECT)) !== 0) return false;
  const owned = tokens[k + 2];
  return (
    HIS_HER_SHORT.has(tokens[k + 1]?.key ?? '') &&
    owned !== undefined &&
    owned.type === 'word' &&
    !NOT_OWNED.has(owned.key) &&
    !owned.capitalised
  );
}

/** A name that is also a word, read as a name by one of the shapes above and in person-short-name.ts. */
export function isWordNameAt(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  return (
    isVerbNameAt(tokens, k, from, to) ||
    isEverydayNameOwningAt(tokens, k, from) ||
    isShortNameAt(tokens, k, from, to)
  );
}
