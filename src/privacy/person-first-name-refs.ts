import type { NameReader } from './name-reader.ts';
import { isAmbiguousLowercaseName } from './name-word-flags.ts';
import { lowercaseFullNameEnd } from './person-lowercase.ts';
import { isNamedByCue, isWordNameInSlot } from './person-lowercase-cues.ts';
import { keyAfterAside } from './person-name-alone.ts';
import {
  asideEnd,
  hasCareWordAfter,
  isAfterKinTitle,
  isEmphasised,
  opensSentence,
} from './person-name-cues.ts';
import { LOWERCASE_WORDLIKE, SUBJECT_VERBS } from './person-name-words.ts';
import type { PersonRef } from './person-names.ts';
import type { Token } from './tokens.ts';
import { wordSet, wordSetOf } from './word-sets.ts';

/** A known first name at k, capitalised or in capitals, with the surname or initial after it ("Sanne Visser"). */
export function capitalFirstNameRef(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  from: number,
  to: number,
): PersonRef | null {
  const token = tokens[k]!;
  // "JOYCE heeft adhd": a first name in capitals alone before a verb, in capitals when opening the line
  // or after a label ("PIETER IS ...", "GOED NIEUWS: KOEN IS ...", "GEERT (44) IS ...", "ROB ZIT ...").
  const opens = k === from || tokens[k - 1]?.text === ':';
  const v = opens ? asideEnd(tokens, k + 1, to) : k + 1;
  const verb = opens && tokens[v]?.allCaps ? tokens[v]?.key : tokens[v]?.text;
  const subject = token.allCaps && SUBJECT_VERBS.has(verb ?? '');
  let last = subject ? -1 : names.surnameEnd(k + 1, true, false, token.allCaps);
  // "ROB V. = verslaafd": a first name and an initial, also in capitals.
  if (last === -1 && names.isInitial(k + 1)) last = k + 2;
  if (!token.allCaps || last !== -1 || subject || isEmphasised(tokens, k, to))
    return { first: k, last: last === -1 ? k : last };
  return null;
}

/** A known first name typed in lower case at k, where it is read as a person ("jan de boer", "fenna heeft"). */
export function lowercaseFirstNameRef(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): PersonRef | null {
  const key = tokens[k]!.key;
  // "jan de boer", "marieke vos", "tom hendriks" (person-lowercase.ts).
  const last = lowercaseFullNameEnd(tokens, names, k, from, to, isCareWord);
  if (last !== -1) return { first: k, last };
  const alone = { first: k, last: k };
  // "fenna heeft diabetes", "luna (19) heeft", "ome jan heeft", "kim uit goes": a lower-case name as subject.
  if (
    ((!isAmbiguousLowercaseName(key) || isAfterKinTitle(tokens, k)) &&
      SUBJECT_VERBS.has(keyAfterAside(tokens, k, to))) ||
    isNamedByCue(tokens, k, to)
  )
    return alone;
  // "jan willem wacht al maanden op ...": a double first name opening a chat message before a verb.
  if (
    opensSentence(tokens, k, from) &&
    names.isLowercaseFirstName(k + 1) &&
    OPENER_VERBS.has(tokens[k + 2]?.key ?? '')
  )
    return { first: k, last: k + 1 };
  // "kees die net uit de kliniek komt", "mo slaapt al nachten niet": opening a chat line, verb or "die".
  if (opensSentence(tokens, k, from) && OPENER_VERBS.has(keyAfterAside(tokens, k, to))) return alone;
  // "kan lotte niet komen want ze heeft ...", "wie neemt anouk over? ze is ...": a pronoun after it.
  if (!isAmbiguousLowercaseName(key) && hasBackReference(tokens, k + 1, tokens.length)) return alone;
  // "tom b. heeft ms": with a lower-case initial before the verb.
  if (names.lowercaseInitialEnd(k + 1) !== -1 && SUBJECT_VERBS.has(tokens[k + 3]?.key ?? ''))
    return { first: k, last: k + 2 };
  // "ips update: chantal 12u bij hema, wel weer paniekaanvallen": a care term shortly after it.
  if (!isAmbiguousLowercaseName(key) && hasCareWordAfter(k + 1, to, isCareWord)) return alone;
  // det-lower37: "hoe is t met gerard? ... hij lag in het ziekenhuis", "erik - alcohol - on hold": a known
  // name that is no word counts in lower case as with its capital; the pairing rules decide the rest.
  if (!isAmbiguousLowercaseName(key) && !LOWERCASE_WORDLIKE.has(key)) return alone;
  // det-lower37: "met roos gaat het slecht, ze is opgenomen", "kort: noor moet geopereerd": a name that is
  // also a word, where a person is spoken of, then a pronoun or a care term (person-lowercase-cues.ts).
  if (
    isWordNameInSlot(tokens, k, from) &&
    (hasBackReference(tokens, k + 1, tokens.length) || hasCareWordAfter(k + 1, to, isCareWord))
  )
    return alone;
  return null;
}

// Verbs after a lower-case first name that opens a chat message: "pietje kan niet ...", "kees die ...".
const OPENER_VERBS = wordSetOf([
  ...SUBJECT_VERBS,
  ...wordSet(`kan kon wil wilde moet moest komt kwam gaat ging zegt zei voelt voelde hoort hoorde slaapt sliep
    ligt lag wacht wachtte staat stond die`),
]);
// "ik zag eline bij de apotheek, ze haalde ...": "ze" counts after a known first name in lower case.
const LOWERCASE_BACK_REFERENCES = wordSet("hij zij ze haar z'n d'r");
const LOWERCASE_BACK_WINDOW = 6;

// det-73: "follow-up over xander want die is nu ...", "ik sprak priscilla, die ...": "die" right after the name,
// or after a comma or a conjunction right after it, points back to it as "hij" does.
const DIE_JOINS = wordSet(', want maar omdat');

function hasBackReference(tokens: readonly Token[], from: number, to: number): boolean {
  if (
    tokens[from]?.key === 'die' ||
    (DIE_JOINS.has(tokens[from]?.key ?? '') && tokens[from + 1]?.key === 'die')
  )
    return true;
  for (let j = from; j < to && j < from + LOWERCASE_BACK_WINDOW; j++) {
    if (LOWERCASE_BACK_REFERENCES.has(tokens[j]!.key)) return true;
  }
  return false;
}

// det-lower37: "boodschappen bij de dirk", "het wiel": a lower-case name that is also a word, after an article.
const ARTICLES = wordSet("de het een 't");

/** A lower-case first name at k that is also a word, right after an article: no person. */
export function isWordLikeAfterArticle(tokens: readonly Token[], k: number): boolean {
  return LOWERCASE_WORDLIKE.has(tokens[k]!.key) && ARTICLES.has(tokens[k - 1]?.key ?? '');
}
