import { HE_SHE } from './function-words.ts';
import { keyAfterAside } from './person-name-alone.ts';
import { opensSentence } from './person-name-cues.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import { isGlued, type Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/*
 * det-lists39: two-letter given names that first-names.ts leaves out as words or abbreviations ("Ad": the
 * newspaper, "ad hoc", "ad 1"; "Jo": "jo!"). Read as a name only where nothing else can stand: before a verb
 * in the third person, capitalised or opening the sentence in lower case ("Ad heeft een depressie", "jo is in
 * behandeling bij de verslavingszorg"), or capitalised before a comma and "hij"/"zij"/"ze" ("gesproken met Ad,
 * hij is opgenomen"). Never in capitals ("AD"), glued to a hyphen or dot ("Ad-hoc", "ad."), or after an
 * article ("het AD is ...", "de Ad").
 */
const SHORT_NAMES = wordSet('ad jo');
const THIRD_PERSON = wordSetOf([
  ...SUBJECT_VERBS,
  ...wordSet(
    'ligt lag gaat ging komt kwam belt belde moet moest kan kon voelt voelde slaapt sliep wacht staat loopt',
  ),
]);
const PRONOUNS = HE_SHE;
const NOT_BEFORE = wordSet('ik je jij u wie wat waar hoe zoals dan de het een');

/** Whether the word at k is a two-letter given name by its place in the sentence [from, to). */
export function isShortNameAt(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  const token = tokens[k]!;
  if (!SHORT_NAMES.has(token.key) || token.allCaps) return false;
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (isGlued(before, token) || (after !== undefined && isGlued(token, after) && after.text !== ','))
    return false;
  if (NOT_BEFORE.has(before?.key ?? '')) return false;
  if (token.capitalised && after?.text === ',' && PRONOUNS.has(tokens[k + 2]?.key ?? '')) return true;
  if (!token.capitalised && !opensSentence(tokens, k, from)) return false;
  return THIRD_PERSON.has(keyAfterAside(tokens, k, to));
}
