import { CARE_PROFESSIONALS, isTreaterCompound } from './care-provider-words.ts';
import type { PersonRef } from './person-names.ts';
import type { Token } from './tokens.ts';
import { isLookalikeKey } from './weak-care-lookalikes.ts';
import { wordSet } from './word-sets.ts';

/**
 * The weak care words of name-health-subject.ts and their kinds: care only when said of the person a
 * sentence is about. Held-out 21 and 22 added a treater named by a compound ("heeft een nieuwe
 * traumatherapeut", "gezinstherapeut", "kinderpsychiater") and the dose of a medicine the subject has
 * ("heeft nu een lagere dosis", "zijn dosering"; not "een flinke dosis humor": see name-health-subject.ts).
 */
export type WeakKind =
  | 'admission'
  | 'clinic'
  | 'treater'
  | 'relapse'
  | 'relapsed'
  | 'crisis'
  | 'depot'
  | 'overload'
  | 'dose';

export function weakKind(key: string): WeakKind | undefined {
  const kind = WEAK_WORDS.get(key);
  if (kind !== undefined) return kind;
  if (isLookalikeKey(key)) return undefined;
  if (key.startsWith('crisis')) return key.length > 6 && !CRISIS_SERVICES.has(key) ? 'crisis' : undefined;
  // Batch 61 (det-61): "het Emergis-crisiscentrum": a care place named by its provider, as "tbs-kliniek" below.
  const hyphen = key.lastIndexOf('-');
  if (hyphen > 1 && WEAK_WORDS.get(key.slice(hyphen + 1)) === 'clinic') return 'clinic';
  if (key.startsWith('depot')) return key.startsWith('depots') ? undefined : 'depot';
  if (key.endsWith('-kliniek')) return 'clinic'; // "komt uit de tbs-kliniek" (batch 49).
  // "heeft een goeie psycholoog", "is bij de psychiater geweest": a care professional.
  return CARE_PROFESSIONALS.has(key) || isTreaterCompound(key) ? 'treater' : undefined;
}

const WEAK_WORDS = new Map<string, WeakKind>([
  ['opname', 'admission'],
  ['opnames', 'admission'],
  ['kliniek', 'clinic'],
  ['terugval', 'relapse'],
  ['teruggevallen', 'relapsed'],
  // "geen shutdowns meer", "had een meltdown": overload as autistic people name it, of the subject.
  ['shutdown', 'overload'],
  ['shutdowns', 'overload'],
  ['meltdown', 'overload'],
  ['meltdowns', 'overload'],
  // Held-out 19: stays in a crisis centre or sheltered housing ("een plek bij de RIBW"; not a call).
  ['crisiscentrum', 'clinic'],
  ['crisisopvang', 'clinic'],
  ['ribw', 'clinic'],
  // Held-out 23: an acute psychiatric ward left or stayed in ("is uit de PAAZ", "weer thuis na de APZ").
  ['paaz', 'clinic'],
  ['apz', 'clinic'],
  ['dosis', 'dose'],
  ['dosering', 'dose'],
]);
// The crisis services are providers ("belt de crisisdienst"), not an appointment the person had.
const CRISIS_SERVICES = wordSet('crisisdienst crisisteam crisiscentrum crisisdiensten crisisteams');
// "Update Sem: opname was kort": a word heading news on the person named after it.
const NOTE_HEADINGS = wordSet('update status betreft situatie casus');

/** "Update Sem: ...": the sentence opens with a heading, the person and a colon; the note is about them. */
export function isHeadedNote(tokens: readonly Token[], from: number, ref: PersonRef): boolean {
  return NOTE_HEADINGS.has(tokens[from]!.key) && ref.first === from + 1 && tokens[ref.last + 1]?.text === ':';
}

const BREAK_OFF_VERBS = wordSet('stopt stopte gestopt stoppen');
const TREATER_FILLERS = wordSet("de het een zijn haar z'n d'r eigen");

/**
 * Held-out 22: care broken off with a treater at k, "wil geen contact meer met de psychiater", "is gestopt
 * met zijn psycholoog" (not "heeft contact met de psychiater": a professional's call as often).
 */
export function isTreaterBrokenOff(tokens: readonly Token[], k: number, from: number): boolean {
  const at = TREATER_FILLERS.has(tokens[k - 1]?.key ?? '') ? k - 2 : k - 1;
  if (at <= from || tokens[at]!.key !== 'met') return false;
  if (BREAK_OFF_VERBS.has(tokens[at - 1]!.key)) return true;
  const contact = tokens[at - 1]!.key === 'meer' ? at - 2 : at - 1;
  return contact > from && tokens[contact]!.key === 'contact' && tokens[contact - 1]!.key === 'geen';
}
