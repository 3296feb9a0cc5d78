import { CARE_PROFESSIONALS } from './care-provider-words.ts';
import { hasTopicWord } from './care-term-owner.ts';
import { JOBS } from './care-term-roles.ts';
import type { CareLexicon } from './care-terms.ts';
import type { Finding } from './findings.ts';
import { weakKind } from './name-health-weak-words.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import { type Token, tokenAt } from './tokens.ts';
import { keyTest } from './word-records.ts';
import { wordSet } from './word-sets.ts';

/**
 * A care detail, a colon and the person it is about, the sentence ending there (det-records): "in crisis:
 * Dirk.", "In de kliniek sinds zaterdag: Luuk.", "gesloten afdeling, sinds zondag: Pim.", "Opname afgerond,
 * nu ambulante behandeling: Demi.", "in behandeling bij Tactus: Erik + Johan". Not a topic or a group
 * before the colon ("Workshop psychose: Eva.", "Sprekers over verslaving: ..."), nor a person the sentence
 * goes on about after it ("psychose in de media: Ruben van het kenniscentrum stuurde ...").
 */
const PHRASE_LIMIT = 10;
const JOINS = wordSet(', en + & . ! ;');
// Review 30: "Opname: Mohamed Yilmaz, sinds vorige week": when, after a comma, ends the names.
const SINCE = wordSet('sinds vanaf per');
// Words of a meeting or a group before the colon: its names are speakers, attendees or staff; who is on
// duty ("Dienst op de kliniek deze week: Sanne en Bram.", review 30) is staff too.
export const OTHER_WORDS = wordSet(`spreker sprekers agenda agendapunt thema onderwerp aanwezig aanwezigen
  voorzitter notulen team teams collega collega's clienten deelnemers mensen cliënten medewerkers
  contactpersoon contact vacature bedrijf werkgever werkgevers jobcoach jobcoaches klantmanager klant client
  deelnemer trajectbegeleider consulent dienst diensten rooster bezetting bereikbaar bereikbaarheid piket
  achterwacht oproepbaar`);
// "in crisis", "gesloten afdeling": a setting that is care only before a person's name.
const SETTING_PAIRS = new Map([
  ['crisis', wordSet('in')],
  ['afdeling', wordSet('gesloten')],
]);

/** For name-health-gate.ts: "crisis", "afdeling" may make a text's care detail. */
const ADMISSIONS = wordSet('opname heropname crisisopname spoedopname');
// "nu ambulante behandeling: Demi.": a treatment said of the person after the colon.
const TREATMENTS = wordSet('behandeling dagbehandeling deeltijdbehandeling');

export const isSettingWord = keyTest(
  (key) => SETTING_PAIRS.has(key) || TREATMENTS.has(key) || ADMISSIONS.has(key),
);

/** A role, group or meeting word in tokens [from, to): the names there are no client's. */
export function namesRole(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isRoleWord(tokens[k]!.key)) return true;
  return false;
}

const isRoleWord = (key: string) => OTHER_WORDS.has(key) || JOBS.has(key) || CARE_PROFESSIONALS.has(key);

/** Adds the person as a name_health finding. */
export function pushPerson(tokens: readonly Token[], ref: PersonRef, out: Finding[]): void {
  out.push({ kind: 'name_health', start: tokens[ref.first]!.start, end: tokens[ref.last]!.end });
}

export function careBeforeColon(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
  out: Finding[],
): void {
  const ref = refs[0];
  if (ref === undefined || tokenAt(tokens, ref.first - 1)?.text !== ':') return;
  const colon = ref.first - 1;
  if (colon <= sentence.from || colon - sentence.from > PHRASE_LIMIT) return;
  let next = 1;
  for (let k = ref.last + 1; k < sentence.to; k++) {
    const other = refs[next];
    if (other !== undefined && other.first === k) {
      k = other.last;
      next++;
    } else if (tokens[k]!.text === ',' && SINCE.has(tokens[k + 1]?.key ?? '')) break;
    else if (!JOINS.has(tokens[k]!.key)) return;
  }
  let careFound = false;
  const group = isClientGroup(tokens, sentence.from);
  for (let k = sentence.from; k < colon; k++) {
    const key = tokens[k]!.key;
    if (isRoleWord(key) && !(group && k === sentence.from)) return;
    careFound ||=
      care.matchAt(tokens, k, isOrganisation) > 0 ||
      weakKind(key) !== undefined ||
      SETTING_PAIRS.get(key)?.has(tokens[k - 1]?.key ?? '') === true ||
      TREATMENTS.has(key);
  }
  if (!careFound || hasTopicWord(tokens, sentence.from, colon)) return;
  for (let i = 0; i < next; i++) pushPerson(tokens, refs[i]!, out);
}

// Review 30: "Cliënten met psychose: Jan en Sanne.": a group of clients with a care word opening the phrase.
const CLIENT_GROUPS = wordSet('klanten clienten deelnemers kandidaten patienten jongeren');

function isClientGroup(tokens: readonly Token[], from: number): boolean {
  return CLIENT_GROUPS.has(tokens[from]?.key ?? '') && tokens[from + 1]?.key === 'met';
}

/** "Klanten met een depressie:" heading a list: its items' names are those clients (review 30). */
export function isClientCareHeading(
  tokens: readonly Token[],
  from: number,
  to: number,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): boolean {
  if (!isClientGroup(tokens, from) || tokens[to - 1]?.text !== ':' || hasTopicWord(tokens, from, to))
    return false;
  for (let k = from + 2; k < to; k++) {
    if (isRoleWord(tokens[k]!.key)) return false;
    if (care.matchAt(tokens, k, isOrganisation) > 0 || weakKind(tokens[k]!.key) !== undefined) return true;
  }
  return false;
}

// "Opname dhr. Aydın (Kaan) in Bavo per 4 december": an admission heading the note, the person right after.
const AFTER_ADMITTED = wordSet('in per op sinds ( . , - – : bij');
// "Opname podcast met Eva", "Opname Eva voor de video": a recording, not a stay.
const RECORDINGS = wordSet('podcast video film interview webinar studio vlog radio tv audio geluid voor met');

export function admissionHeading(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
  out: Finding[],
): void {
  const read = refs[0];
  if (read === undefined || !ADMISSIONS.has(tokens[sentence.from]!.key)) return;
  // "Opname Joost": read as two capitalised words of one name, the admission word is none of it.
  const ref =
    read.first === sentence.from && read.last > read.first
      ? { first: read.first + 1, last: read.last }
      : read;
  if (ref.first !== sentence.from + 1) return;
  const after = tokens[ref.last + 1];
  if (after !== undefined && ref.last + 1 < sentence.to && !AFTER_ADMITTED.has(after.key)) return;
  for (let k = ref.first; k < sentence.to; k++) if (RECORDINGS.has(tokens[k]!.key)) return;
  pushPerson(tokens, ref, out);
}

// "Annemiek, Dick en Fatima. Alle drie na opname weer thuis": the people listed, taken up as a group.
const GROUP_OPENERS = wordSet('beiden allebei allemaal');
const COUNTS = wordSet('twee drie vier vijf 2 3 4 5');

/** The sentence opens with "Beiden", "Allebei", "Alle drie": it goes on about the people named before. */
export function takesUpGroup(tokens: readonly Token[], sentence: Sentence): boolean {
  const first = tokens[sentence.from]!.key;
  if (GROUP_OPENERS.has(first)) return true;
  return (first === 'alle' || first === 'alledrie') && COUNTS.has(tokens[sentence.from + 1]?.key ?? '');
}

/** A care detail of the group taken up: every person the sentence before named. */
export function groupCare(
  tokens: readonly Token[],
  sentence: Sentence,
  named: readonly PersonRef[],
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
  out: Finding[],
): void {
  const { from, to } = sentence;
  if (named.length < 2 || !takesUpGroup(tokens, sentence) || hasTopicWord(tokens, from, to)) return;
  if (namesRole(tokens, from, to)) return;
  let found = false;
  for (let k = from; k < to && !found; k++)
    found = care.matchAt(tokens, k, isOrganisation) > 0 || weakKind(tokens[k]!.key) !== undefined;
  if (found) for (const ref of named) pushPerson(tokens, ref, out);
}

const NOTE_MARKS = wordSet('- – — :');

/**
 * "Sabajo (M.) – stemmingsstabilisator gewijzigd": a case note headed by a surname with its initial in
 * brackets, a dash or colon, then a care detail (held-out 37, read by det-records).
 */
export function initialledNote(
  tokens: readonly Token[],
  sentence: Sentence,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
  out: Finding[],
): void {
  const f = sentence.from;
  const name = tokens[f]!;
  if (name.type !== 'word' || !name.capitalised || name.allCaps || isOrganisation(f)) return;
  const initial = tokens[f + 2];
  if (tokens[f + 1]?.text !== '(' || initial?.type !== 'word' || initial.text.length !== 1) return;
  if (!initial.capitalised || tokens[f + 3]?.text !== '.' || tokens[f + 4]?.text !== ')') return;
  if (!NOTE_MARKS.has(tokens[f + 5]?.key ?? '')) return;
  if (hasTopicWord(tokens, f + 6, sentence.to)) return;
  for (let k = f + 6; k < sentence.to; k++) {
    const key = tokens[k]!.key;
    if (isRoleWord(key)) return;
    if (care.matchAt(tokens, k, isOrganisation) > 0) {
      out.push({ kind: 'name_health', start: name.start, end: tokens[f + 4]!.end });
      return;
    }
  }
}

// "Betreft: J. Kramer, Wajong. Uit het verslag ... blijkt autisme": a letter's subject line names the person
// the next sentences are about (held-out 37, read by det-records).
const REGARDING = wordSet('betreft inzake');
const QUOTE_MARKS = wordSet('" \' “ ” „ ‘ ’ (');

/** The person a subject line ("Betreft: J. Kramer, Wajong.") names, when nobody else and no role is named. */
export function regardingRef(
  tokens: readonly Token[],
  sentence: Sentence,
  refs: readonly PersonRef[],
): PersonRef | undefined {
  const ref = refs[0];
  if (refs.length !== 1 || ref!.first - 2 < sentence.from || tokens[ref!.first - 1]!.text !== ':') return;
  const from = ref!.first - 2;
  // At the sentence's start or after a quote mark or a colon: "Fwd van UWV: \"Betreft: J. Kramer, ...".
  const opens =
    from === sentence.from || QUOTE_MARKS.has(tokens[from - 1]!.key) || tokens[from - 1]!.text === ':';
  if (!REGARDING.has(tokens[from]!.key) || !opens || namesRole(tokens, ref!.last + 1, sentence.to)) return;
  return ref;
}

/** A care detail in a sentence naming nobody, after a subject line: the subject's, unless a topic. */
export function regardingCare(
  tokens: readonly Token[],
  sentence: Sentence,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
): boolean {
  if (hasTopicWord(tokens, sentence.from, sentence.to)) return false;
  for (let k = sentence.from; k < sentence.to; k++) {
    if (OTHER_WORDS.has(tokens[k]!.key)) return false;
    if (care.matchAt(tokens, k, isOrganisation) > 0) return true;
  }
  return false;
}
