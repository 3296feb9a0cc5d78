import { isProvider } from './care-provider-words.ts';
import type { NameReader } from './name-reader.ts';
import { initialsSurnameEnd, opensAfterHeading } from './person-initials.ts';
import { placedInitialsEnd } from './person-initials-placed.ts';
import {
  asideEnd,
  CASE_LABELS,
  initialsAloneEnd,
  isUnknownOpenerBeforePronoun,
  opensSentence,
} from './person-name-cues.ts';
import { COMPANY_FORMS } from './person-name-words.ts';
import type { PersonRef } from './person-names.ts';
import { hasOwnCareDetail } from './person-own-care.ts';
import { listedUnknownEnd } from './person-unknown-listed.ts';
import { unknownNoteEnd } from './person-unknown-note.ts';
import { unknownPersonEnd } from './person-unknown-opener.ts';
import { isUnknownName, placedUnknownEnd } from './person-unknown-placed.ts';
import { isKnownPlaceAt } from './places.ts';
import { initialsOf } from './surname-reader.ts';
import type { Token } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/** Initials at k with a surname ("J. de Vries") or alone where a person is spoken of ("J. heeft ..."). */
export function initialsRef(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): PersonRef | null {
  let last = initialsSurnameEnd(tokens, names, k);
  // "J. heeft weer een crisisopname gehad", "Casus A.B.: vrouw, 34, borderline": initials alone.
  const opening = opensSentence(tokens, k, from) || opensAfterHeading(tokens, k, from);
  if (last === -1) last = initialsAloneEnd(tokens, names, k, opening, to, isCareWord);
  // "Met M.K. gaat het slecht", "Bij S.B. is autisme vastgesteld" (person-initials-placed.ts).
  if (last === -1) last = placedInitialsEnd(names, tokens, k);
  // "Casus B.V.: schizofrenie": after a case label the letters of a company form are initials.
  const caseLabelled = CASE_LABELS.has(tokens[k - 1]?.key ?? '');
  if (last !== -1 && (caseLabelled || !COMPANY_FORMS.has(initialsOf(tokens, k, last))))
    return { first: k, last };
  return null;
}

/**
 * A capitalised word no list knows as a name, read as one by its neighbours: two names ("Jorien Wolters",
 * "Jouke de Jong"), a subject with its own care detail, a person placed in the sentence or before a pronoun.
 */
export function unknownNameRef(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  from: number,
  to: number,
  isOrganisation: (k: number) => boolean,
  isCareWord: (k: number) => boolean,
): PersonRef | null {
  if (names.isFullName(k) && !isCareWord(k + 1)) return { first: k, last: k + 1 };
  const particled = names.fullNameWithParticlesEnd(k);
  if (particled !== -1) return { first: k, last: particled };
  // det-names40: "Assen heeft een lange wachtlijst voor de GGZ": a known place or provider is no subject here.
  // det-names40: also after a focus word ("Ook Kowalczyk heeft een depressie", "En Okafor zit ...").
  const subjectPlace =
    opensSentence(tokens, k, from) || (k === from + 1 && FOCUS_WORDS.has(tokens[from]!.key));
  if (subjectPlace && !isCareWord(k) && !isPlaceOrProvider(tokens, k)) {
    // "Tevita (Tongaans, woont in Almere) heeft hartfalen": an aside before the verb; "Oleksiy D. krijgt".
    const verb = subjectVerbAt(names, tokens, k, to);
    if (names.isUnknownSubject(k, verb) && hasOwnCareDetail(tokens, verb + 1, to, isCareWord))
      return { first: k, last: names.isInitial(k + 1) ? k + 2 : k };
  }
  const opener = unknownPersonEnd(tokens, k, from, to, isCareWord);
  if (opener !== -1) return { first: k, last: opener };
  if (isUnknownName(tokens, k, to, isOrganisation, isCareWord)) {
    // "Tewolde weer opgenomen", "Okafor met spoed opgenomen" (person-unknown-note.ts).
    if (unknownNoteEnd(tokens, k, from, to, isCareWord) !== -1) return { first: k, last: k };
    // "Gisteren heeft Tifawt ...", "... voorgeschreven aan Marisa." (batch 67)
    if (placedUnknownEnd(tokens, k, from, to, isCareWord) !== -1) return { first: k, last: k };
  }
  if (k > from && names.isUnknownNameBeforePronoun(k) && !isCareWord(k)) return { first: k, last: k };
  // "Sjonnie kan niet werken, hij heeft ...": an unknown word opening the sentence before a verb.
  if (opensSentence(tokens, k, from) && isUnknownOpenerBeforePronoun(tokens, k, to) && !isCareWord(k))
    return { first: k, last: k };
  if (names.isListedName(k, from) && !isCareWord(k) && isCareWord(k + 2)) return { first: k, last: k };
  const listed = listedUnknownEnd(tokens, k, from, to, isCareWord);
  return listed === -1 ? null : { first: k, last: listed };
}

/** Where the verb of an unknown subject at k stands: past an initial or an aside in brackets. */
function subjectVerbAt(names: NameReader, tokens: readonly Token[], k: number, to: number): number {
  return names.isInitial(k + 1) ? k + 3 : asideEnd(tokens, k + 1, to);
}

const FOCUS_WORDS = wordSet('ook en maar zelfs');

/** A known place ("Assen", "Den Helder") or care provider ("Lentis") at k. */
function isPlaceOrProvider(tokens: readonly Token[], k: number): boolean {
  return isKnownPlaceAt(tokens, k) || isProvider(tokens[k]!.key);
}
