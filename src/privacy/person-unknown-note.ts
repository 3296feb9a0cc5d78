import { ARTICLES } from './function-words.ts';
import { opensSentence } from './person-name-cues.ts';
import { TIME_AND_FOCUS_WORDS } from './person-unknown-placed.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * det-names40: an unknown name (a surname or a given name no list knows) opening a note typed without its verb,
 * a few words of time or manner and then the care: "Tewolde weer opgenomen", "Kowalczyk sinds maandag
 * opgenomen", "Okafor met spoed opgenomen", "Faadumo vandaag naar de psychiater". A known first name was read
 * there already ("Sanne weer opgenomen"). Between name and care only the words below may stand, so that a
 * heading or an organisation's news ("Werkfit weer open na de zomer", "Planning weer opgeschoven") stays clean;
 * the name is no frequent word, place, provider, organisation or care word, four letters at least.
 */
const NOTE_WORDS = wordSetOf([
  ...TIME_AND_FOCUS_WORDS,
  ...wordSet(`weer opnieuw alsnog toch met spoed maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
  week weekend nacht plots plotseling acuut`),
]);
const TO_CARE = wordSet('naar in uit');
const MAX_NOTE_WORDS = 3;
const MIN_LENGTH = 4;

/** k when the unknown name at k (isUnknownName, asked by the caller) opens a verbless note about its care, or -1. */
export function unknownNoteEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  if (tokens[k]!.text.length < MIN_LENGTH || !opensSentence(tokens, k, from)) return -1;
  let j = k + 1;
  let words = 0;
  while (j < to && words < MAX_NOTE_WORDS && NOTE_WORDS.has(tokens[j]!.key) && !tokens[j]!.capitalised) {
    j++;
    words++;
  }
  if (words === 0 || j >= to) return -1;
  if (isCareWord(j)) return k;
  // "vandaag naar de psychiater", "weer in de kliniek".
  if (!TO_CARE.has(tokens[j]!.key)) return -1;
  const at = ARTICLES.has(tokens[j + 1]?.key ?? '') ? j + 2 : j + 1;
  return at < to && isCareWord(at) ? k : -1;
}
