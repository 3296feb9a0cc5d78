import { careWithin } from './care-in-reach.ts';
import { isProvider } from './care-provider-words.ts';
import { isCommonWord, isLexiconSurname } from './name-lexicon.ts';
import { NOT_NAME, NOT_PLAIN, NOT_SUBJECT, TITLE, tokenFlags } from './name-word-flags.ts';
import { opensSentence } from './person-name-cues.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import { COMMON_WORDS } from './person-slot.ts';
import { isKnownPlaceKey } from './places.ts';
import { BEFORE_HIS_HER, HIS_HER } from './possessives.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * Batch 69 (det-names69): a name that is also an everyday Dutch word ("Visser", "Bloem", "Winter", "Vos", "Hoop")
 * is a person when it stands where a person stands and the text goes on about one person with "hij", "z'n",
 * "d'r", "haar" after a preposition or "ze" before a verb in the singular:
 *  - opening the sentence, bare (no article), before a verb: "Bakker loopt sinds zijn herseninfarct met een
 *    stok", "Winter en zijn vriendin ...";
 *  - inside the sentence, bare and capitalised, after a preposition of contact or a verb, closing its clause:
 *    "gesprek met Bloem? Ik wil weten of ze ...", "vraagje over Vos: zij wil haar eigen psychiater ...",
 *    "Kan iemand Visser even checken? ... dat hij zijn antidepressiva ...", "bij Hoop niet bellen, ... geeft haar".
 * The word as a word has an article or stands in lower case ("in de winter", "geen hoop op subsidie"), and a
 * word of the kind that opens a clause or names a topic is left out (the slot's common words, a place, a
 * provider). Whose the care is, care-term-owner.ts decides, as for any other person.
 */
const OPENING_VERBS = wordSetOf([
  ...SUBJECT_VERBS,
  ...wordSet('loopt liep gaat ging wordt werd wil wilde kan kon moet moest komt kwam durft verhuist slaapt'),
]);
const ONE_PERSON = wordSet("hij hem z'n d'r");
// det-openers36: "Öztürk is opgenomen met een psychose", "Jansen ligt in de kliniek": a verb of having,
// being, staying or receiving straight after the opening word, the care detail in the same clause.
// det-orders37: also hearing, taking, eating, sleeping, staying and coming from ("Jansen hoort stemmen",
// "Jansen neemt weer antidepressiva", "Jansen komt uit de kliniek").
export const HAVING_VERBS =
  wordSet(`heeft had is was zit zat ligt lag krijgt kreeg gebruikt slikt hoort hoorde neemt nam
  eet at slaapt sliep drinkt dronk verblijft verbleef woont woonde komt kwam wordt werd staat stond gaat ging
  moet moest mag mocht
  belandt belandde blijkt bleek vecht vocht herstelt herstelde
  tobt tobde sukkelt sukkelde kwakkelt kwakkelde revalideert revalideerde`);
// A clause ends at its mark or a joining word; a quote is a title's ("heeft de instructie 'Signalen van een psychose'").
export const CLAUSE_BREAKS = wordSetOf([
  '.',
  '!',
  '?',
  ';',
  ':',
  ',',
  "'",
  '"',
  '‘',
  '“',
  '(',
  'en',
  'maar',
  'want',
  'omdat',
  'dus',
]);
export const CLAUSE_REACH = 10;
const PREPOSITIONS = wordSetOf([...BEFORE_HIS_HER, ...wordSet('sinds na ivm geeft')]);
const SHE = wordSet('ze zij');
// "gesprek met Bloem?", "vraagje over Vos:", "het gaat om Bloem,", "bij Hoop niet bellen", "zag je dat Bloem weer ...".
// det-names40: also the one whose word is reported ("Volgens Okafor is zijn medicatie verhoogd", "Namens
// Tewolde bel ik, ze is opgenomen", "vertelde Kowalczyk dat ze ...").
const PLACED_AFTER = wordSet('met over om bij dat volgens namens vertelde vertelt zei zegt meldde');
const OPENING_PLACED = wordSet('volgens namens');
const CLAUSE_ENDS = wordSetOf(['?', ':', ',', '!', '.']);
const REACH = 16;
const CARE_REACH = 24;
const MIN_LENGTH = 3;
/** How far, in tokens, a care word may stand from the name word in its sentence (either way): a bound, so linear. */
const SENTENCE_REACH = 40;

/** k when the everyday word at k names one person in one of the places above, or -1. */
export function nameWordPlacedEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  const token = tokens[k]!;
  if (token.type !== 'word' || !token.capitalised || token.allCaps || token.hasDigit) return -1;
  if (token.text.length < MIN_LENGTH || !isBareNameWord(token) || isCareWord(k)) return -1;
  const next = tokens[k + 1];
  if (next === undefined) return -1;
  if (opensSentence(tokens, k, from)) {
    // "Meneer heeft diabetes": a title alone is nobody named.
    const titled = (tokenFlags(token) & TITLE) !== 0;
    if (
      !titled &&
      HAVING_VERBS.has(next.key) &&
      careWithin(tokens, k + 2, to, CLAUSE_REACH, isCareWord, (t) => CLAUSE_BREAKS.has(t.key))
    )
      return k;
    // "Bakker loopt ...", "Winter en zijn vriendin ...", "Vos d'r werkgever ..."; det-person38: the spoken
    // genitive "haar"/"zijn" right before a noun ("Riek haar rollator ...", "Thijs zijn hulpverlener ...").
    const owned = HIS_HER.has(next.key) && isLowercaseWord(tokens[k + 2]) && !isFrequentNotSurname(token.key);
    if (!OPENING_VERBS.has(next.key) && next.key !== 'en' && !ONE_PERSON.has(next.key) && !owned) return -1;
    return (owned || onePersonAfter(tokens, k + 1, Math.min(to, k + 1 + REACH))) &&
      careWithin(tokens, k + 1, to, SENTENCE_REACH, isCareWord)
      ? k
      : -1;
  }
  const before = tokenAt(tokens, k - 1);
  // "Kan iemand Visser even checken?": an object before "even" stands in a person's place after any word.
  if (before === undefined || before.type !== 'word') return -1;
  // "Volgens Okafor ...", "Namens Tewolde ...": only these open the sentence before the name.
  if (before.capitalised && !(k - 1 === from && OPENING_PLACED.has(before.key))) return -1;
  if (!PLACED_AFTER.has(before.key) && next.key !== 'even') return -1;
  if (next.type === 'word' ? next.capitalised : !CLAUSE_ENDS.has(next.text)) return -1;
  const end = Math.min(tokens.length, k + 1 + REACH);
  return onePersonAfter(tokens, k + 1, end) &&
    careWithin(
      tokens,
      Math.max(from, k - SENTENCE_REACH),
      k + 1 + CARE_REACH,
      Number.POSITIVE_INFINITY,
      isCareWord,
    )
    ? k
    : -1;
}

/** No list rules the capitalised word out as a name: a function or topic word, a place, a provider. */
export function isBareNameWord(token: Token): boolean {
  if (COMMON_WORDS.has(token.key) || isKnownPlaceKey(token.key) || isProvider(token.key)) return false;
  return (tokenFlags(token) & (NOT_NAME | NOT_PLAIN | NOT_SUBJECT)) === 0;
}

/** "Weer zijn vader, ...": a frequent word no surname list knows is no name before a possessive. */
function isFrequentNotSurname(key: string): boolean {
  return isCommonWord(key) && !isLexiconSurname(key);
}

function isLowercaseWord(token: Token | undefined): boolean {
  return token?.type === 'word' && !token.capitalised;
}

/** A word for one person in [a, b): "hij", "z'n", "d'r", "zijn"/"haar" after a preposition, "ze" before a singular verb. */
function onePersonAfter(tokens: readonly Token[], a: number, b: number): boolean {
  for (let j = a; j < b && j < tokens.length; j++) {
    const key = tokens[j]!.key;
    if (ONE_PERSON.has(key)) return true;
    if (HIS_HER.has(key) && (PREPOSITIONS.has(tokens[j - 1]!.key) || tokens[j - 1]!.type === 'punct'))
      return true;
    // "ze moet", "ze de diagnose ...", not "ze hebben", "zij gaan": a plural verb ends in "-en".
    if (SHE.has(key) && tokens[j + 1] !== undefined && !tokens[j + 1]!.key.endsWith('en')) return true;
  }
  return false;
}
