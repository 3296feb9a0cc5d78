import { isProvider } from './care-provider-words.ts';
import { isCommonWord, isEverydayName } from './name-lexicon.ts';
import { NOT_NAME, NOT_PLAIN, NOT_SUBJECT, tokenFlags } from './name-word-flags.ts';
import { hasOwnCareDetail } from './person-own-care.ts';
import { isKnownPlaceKey } from './places.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/**
 * Batch 67 (det-names67): an unknown name (no list knows it: "Tifawt", "Kwezinha") where the sentence puts
 * it after its first words, in two places a person stands and an organisation, place or brand rarely does:
 *  - the subject after a time word and the verb: "Gisteren heeft Tifawt een paniekaanval gehad", "Vandaag is
 *    Kwezinha opgenomen", "Ook Ilinca zit in de kliniek" (the care detail after it, in the same clause);
 *  - the one care was given to or asked about, closing the sentence: "Er is oxazepam voorgeschreven aan
 *    Marisa.", "Wie belt de verslavingsarts over Ricardo?" (the care term before it, in the same sentence).
 *  - det-names40: the owner of a care term through "van": "De opname van Tewolde duurt langer".
 * Not a frequent Dutch word, a place, a care provider, an organisation, nor one of two capitalised words.
 */
// The times and focus words that open this sentence and the verbless note of person-unknown-note.ts.
export const TIME_AND_FOCUS_WORDS =
  wordSet(`vandaag gisteren morgen vanochtend vanmorgen vanmiddag vanavond vannacht
  inmiddels nu net ook sinds vorige afgelopen helaas`);
// The sentence's first word before the verb and the name: a time or a focus word.
const OPENERS = wordSetOf([
  ...TIME_AND_FOCUS_WORDS,
  ...wordSet(`overmorgen eergisteren gisteravond gistermiddag gisterochtend intussen sindsdien momenteel binnenkort
  onlangs eindelijk nog toen daarna daarom deze volgende straks zojuist`),
]);
// Between the opener and the verb: "Vorige week", "Sinds maandag", "Afgelopen nacht" (at most this many words).
const OPENER_WORDS = 3;
const INVERTED_VERBS = wordSet(`heeft had is was krijgt kreeg gebruikt zit zat ligt lag gaat ging wordt werd
  moet moest kan kon mag begint begon slikt drinkt blowt komt kwam belandde raakte speelt speelde`);
// The preposition before a person that care is given to or asked about.
const OBJECT_PREPOSITIONS = wordSet('aan voor over om bij van met');
// Closing the clause, only those a person is the object of: care given to, asked about, worried over.
const PERSON_PREPOSITIONS = wordSet('aan voor over om');
const CLOSERS = wordSet('. ? ! ) ; , :');
// det-names40: conditions and events one person has, owned through "van" ("de opname van Tewolde").
const OWNED_CONDITIONS = wordSet(`opname depressie psychose verslaving diagnose terugval burn-out burnout ptss
  angststoornis autisme adhd ziekte kanker operatie overdosis suïcidepoging suicidepoging zwangerschap bevalling
  miskraam medicatie psychoses manie decompensatie detox`);
// How far back from the preposition the care term may stand.
const CARE_BEFORE = 10;
const CARE_AFTER = 6;

/** The unknown name at k (isUnknownName, asked by the caller) in one of the places above (k itself), or -1. */
export function placedUnknownEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  // "Kwezinha's depressie", "Ilinca’s behandelaar": a genitive right before the care term.
  if (isGenitive(tokens[k]!.key)) return hasCareSoon(k + 1, to, GENITIVE_REACH, isCareWord) ? k : -1;
  if (k < from + 1) return -1;
  const before = tokens[k - 1]!;
  if (k >= from + 2 && INVERTED_VERBS.has(before.text) && opensWithTimeWord(tokens, from, k - 1))
    return hasOwnCareDetail(tokens, k + 1, to, isCareWord) ? k : -1;
  if (!OBJECT_PREPOSITIONS.has(before.key)) return -1;
  // det-names40: "De opname van Tewolde duurt langer", "de depressie van Kowalczyk": a care term owned
  // through "van" right before the name: only a condition or an event of one person's body or mind (not a care
  // place, treatment or complaint: "de kliniek van Fivoor", "de behandeling van Werkfit", "de klachten van ...").
  if (before.key === 'van' && k >= from + 2 && OWNED_CONDITIONS.has(tokens[k - 2]!.key) && isCareWord(k - 2))
    return k;
  const next = tokens[k + 1];
  // "Bij Kwezinha is schizofrenie vastgesteld", "Voor Ilinca wordt een plek in de kliniek gezocht".
  if (next !== undefined && k + 1 < to && INVERTED_VERBS.has(next.text))
    return hasOwnCareDetail(tokens, k + 2, to, isCareWord) ? k : -1;
  // "... in het ziekenhuis, niet bij Zorgbelang": a workplace or an organisation is "bij", "van", "met" it.
  if (!PERSON_PREPOSITIONS.has(before.key)) return -1;
  if (k + 1 < to && next !== undefined && !CLOSERS.has(next.text)) return -1;
  for (let j = k - 2; j >= from && j >= k - 1 - CARE_BEFORE; j--) if (isCareWord(j)) return k;
  for (let j = k + 2; j < to && j <= k + CARE_AFTER; j++) if (isCareWord(j)) return k;
  return -1;
}

const isGenitive = (key: string) => key.endsWith("'s") || key.endsWith('’s');
const GENITIVE_REACH = 3;
// A short or known word, place or provider (without its genitive): one bit on the word's record (perf-36).
const isListedWord = keyTest((full) => {
  const key = isGenitive(full) ? full.slice(0, -2) : full;
  return (
    key.length < 3 || isCommonWord(key) || isEverydayName(key) || isKnownPlaceKey(key) || isProvider(key)
  );
});

function hasCareSoon(from: number, to: number, reach: number, isCareWord: (k: number) => boolean): boolean {
  for (let j = from; j < to && j < from + reach; j++) if (isCareWord(j)) return true;
  return false;
}

/** A capitalised word at k no list knows and nothing rules out as a name (see above). */
export function isUnknownName(
  tokens: readonly Token[],
  k: number,
  to: number,
  isOrganisation: (k: number) => boolean,
  isCareWord: (k: number) => boolean,
): boolean {
  const token = tokens[k]!;
  if (token.type !== 'word' || !isCapitalised(token) || token.allCaps || token.hasDigit) return false;
  if ((tokenFlags(token) & (NOT_NAME | NOT_PLAIN | NOT_SUBJECT)) !== 0) return false;
  if (isListedWord(token)) return false;
  if (isOrganisation(k) || isCareWord(k)) return false;
  const next = tokens[k + 1];
  return !(k + 1 < to && next?.type === 'word' && isCapitalised(next));
}

/** "Gisteren heeft", "Vorige week is": the sentence opens with a time or focus word, the verb at `verb`. */
function opensWithTimeWord(tokens: readonly Token[], from: number, verb: number): boolean {
  if (verb - from > OPENER_WORDS || !OPENERS.has(tokens[from]!.key)) return false;
  for (let j = from + 1; j < verb; j++)
    if (tokens[j]!.type !== 'word' || isCapitalised(tokens[j]!)) return false;
  return true;
}
