import { CARE_PROFESSIONALS } from './care-provider-words.ts';
import { JOBS } from './care-term-roles.ts';
import { namesRole } from './name-health-colon.ts';
import { isKnownFirstName } from './name-lexicon.ts';
import type { PersonRef } from './person-names.ts';
import type { Sentence } from './sentences.ts';
import { type Token, tokenAt } from './tokens.ts';
import { wordSet } from './word-sets.ts';

/** The fields of a record (name-health-record.ts): labels, where a field's colon is, whose field it is. */
const PERSON_LABELS = wordSet(`naam voornaam achternaam roepnaam client cliente klant klantnaam clientnaam
  deelnemer deelnemersnaam deelneemster kandidaat kandidate werkzoekende betreft patient patiente jongere
  casus`);
// A meeting's or agenda's record: its names are speakers and attendees, its care words topics.
export const MEETING_LABELS =
  wordSet(`onderwerp onderwerpen thema spreker sprekers agenda agendapunt presentatie
  aanwezig aanwezigen afwezig voorzitter notulist notulen titel workshop training vacature vacatures`);
// A professional's or an organisation's field: the name there is no client's.
const OTHER_PARTY_LABELS = wordSet(`behandelaar behandelaars contact contactpersoon werkgever bedrijf
  organisatie jobcoach klantmanager consulent trajectbegeleider casemanager verwijzer huisarts psychiater
  psycholoog praktijkondersteuner arbeidsdeskundige ips-er ips'er door auteur opgesteld werkgroep team
  overleg groep netwerk`);
const LIST_MARKERS = wordSet('- * • – — [ ] x > ·');
const LABEL_LIMIT = 4;

// Review 30: "Functie: psychiater", "Rol: verpleegkundige": a professional's record, its care words their work.
const STAFF_LABELS = wordSet('functie functies rol beroep functietitel');

export interface FieldState {
  meeting: boolean;
  otherField: boolean;
}

// det-lists39: a client's own treater ("Behandelaar: psychiater Lentis") tells that the client is treated.
const TREATER_LABELS = wordSet('behandelaar behandelaars regiebehandelaar psychiater psycholoog');
const NO_VALUE = wordSet('geen nvt n.v.t onbekend nog niet - ?');

/** "Behandelaar: psychiater Lentis": a treater's field with a value, in a record of someone else. */
export function isTreaterField(tokens: readonly Token[], start: number, colon: number, to: number): boolean {
  if (colon - start !== 1 || !TREATER_LABELS.has(tokens[start]!.key) || colon + 1 >= to) return false;
  return !NO_VALUE.has(tokens[colon + 1]!.key) && tokens[colon + 1]!.type === 'word';
}

/** A field's label [start, colon) and its value up to `to`: a meeting's, another party's, or a person's (returned). */
export function readLabel(
  tokens: readonly Token[],
  start: number,
  colon: number,
  to: number,
  state: FieldState,
): boolean {
  let person = false;
  state.otherField = false;
  for (let k = start; k < colon; k++) {
    const key = tokens[k]!.key;
    if (MEETING_LABELS.has(key)) state.meeting = true;
    if (OTHER_PARTY_LABELS.has(key) || JOBS.has(key) || CARE_PROFESSIONALS.has(key)) state.otherField = true;
    if (PERSON_LABELS.has(key)) person = true;
    if (STAFF_LABELS.has(key) && namesRole(tokens, colon, to)) state.meeting = true;
  }
  return person;
}

/** The first token of the line's content when the sentence opens a line (after a list marker), else -1. */
export function lineStart(tokens: readonly Token[], from: number): number {
  const first = tokens[from]!;
  // "1. Fenna – ...": the number and its full stop were a sentence of their own.
  const numbered =
    (tokenAt(tokens, from - 1)?.text === '.' || tokenAt(tokens, from - 1)?.text === ')') &&
    tokenAt(tokens, from - 2)?.type === 'number' &&
    (from === 2 || tokenAt(tokens, from - 2)!.lineBefore);
  if (from !== 0 && !first.lineBefore && !numbered) return -1;
  let k = from;
  while (k < from + 3 && LIST_MARKERS.has(tokens[k]?.key ?? '')) k++;
  if (tokens[k]?.type === 'number' && (tokens[k + 1]?.text === '.' || tokens[k + 1]?.text === ')')) k += 2;
  return k;
}

/** "Naam:", "Geb.datum:", "Naam deelnemer:": a label of at most four tokens and its colon. */
export function fieldColon(tokens: readonly Token[], start: number, to: number): number {
  for (let k = start; k < to && k <= start + LABEL_LIMIT; k++) {
    const token = tokens[k]!;
    if (token.text === ':') return k > start && k < to - 1 ? k : -1;
    if (token.type !== 'word' && token.text !== '.' && token.text !== '-') return -1;
  }
  return -1;
}

/** "klantnaam: Bouwmeester, M.": a capitalised word right after a person field's colon is the name. */
export function labelledName(
  tokens: readonly Token[],
  k: number,
  isOrganisation: (k: number) => boolean,
): PersonRef | undefined {
  const token = tokens[k];
  if (token?.type !== 'word' || token.allCaps || isOrganisation(k)) return undefined;
  // det-lists39: "voornaam: tim" pasted in lower case, a known first name filling the line's value.
  const fills = tokens[k + 1] === undefined || tokens[k + 1]!.lineBefore;
  if (!token.capitalised && !(fills && isKnownFirstName(token.key))) return undefined;
  return { first: k, last: k };
}

export function isMeetingLine(tokens: readonly Token[], sentence: Sentence): boolean {
  for (let k = sentence.from; k < sentence.to; k++) if (MEETING_LABELS.has(tokens[k]!.key)) return true;
  return false;
}

/** The end of the field whose value starts after `colon`: a bar with another field after it ("| Klant: ..."). */
export function fieldEnd(tokens: readonly Token[], colon: number, to: number): number {
  for (let k = colon + 1; k < to; k++)
    if (tokens[k]!.text === '|' && fieldColon(tokens, k + 1, to) > 0) return k;
  return to;
}
