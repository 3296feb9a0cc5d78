import { hasMedicalShape } from './care-term-endings.ts';
import {
  COMPOUND_HEADS,
  EXACT,
  HEALTH_PARTS,
  PROBLEM_HEADS,
  SERVICE_HEADS,
  STEMS,
} from './care-term-words.ts';

// Whether a word has a care stem: starts with one, holds a compound head after two letters, or joins a
// body or mind part to a problem head; not when the rest names a service. mayStartStem rules out most
// words before any lookup.

/** The stems by their first letter: a word is compared with a dozen stems, not two hundred. */
const STEMS_BY_FIRST = new Map<number, string[]>();
for (const stem of STEMS) {
  const list = STEMS_BY_FIRST.get(stem.charCodeAt(0)) ?? [];
  list.push(stem);
  STEMS_BY_FIRST.set(stem.charCodeAt(0), list);
}
const HEALTH_PARTS_BY_FIRST = new Map<number, string[]>();
for (const part of HEALTH_PARTS) {
  const list = HEALTH_PARTS_BY_FIRST.get(part.charCodeAt(0)) ?? [];
  list.push(part);
  HEALTH_PARTS_BY_FIRST.set(part.charCodeAt(0), list);
}

export function hasCareStem(key: string): boolean {
  // "in de Korsakovstraat", "Parkinsonlaan": a street named after an eponym is no diagnosis (batch 46).
  if (STREET_ENDINGS.test(key)) return false;
  // "reumatoloog", "reumatologie", "traumatologie": a specialist or a field is no one's condition (det-vocab66).
  if (SPECIALIST_ENDINGS.test(key)) return false;
  for (const stem of STEMS_BY_FIRST.get(key.charCodeAt(0)) ?? NO_WORDS) {
    if (key.startsWith(stem)) return !isServiceRest(key.slice(stem.length));
  }
  // "coöperatie" (folded "cooperatie") holds "operatie" but is a company form, also at the end of a
  // compound: "huisartsencoöperatie", "zorgcoöperatie" (heldout15-classes).
  if (key.length < 8 || key.startsWith('cooperat')) return false;
  for (const head of COMPOUND_HEADS) {
    const at = key.indexOf(head, 2);
    if (at !== -1) return !isServiceRest(key.slice(at + head.length)) && !isCooperative(key, at, head);
  }
  for (const part of HEALTH_PARTS_BY_FIRST.get(key.charCodeAt(0)) ?? NO_WORDS) {
    if (key.startsWith(part) && PROBLEM_HEADS.some((head) => key.endsWith(head))) {
      return key.length >= part.length + 5;
    }
  }
  return hasMedicalShape(key) || isTreatmentOfCondition(key) || isAddictionDetox(key);
}

// Held-out 32: a detox named by the addiction it treats, "gamedetox", "gok-detox", "alcoholdetox"; not a
// detox of a habit or a diet ("telefoondetox", "sapdetox", "suikerdetox").
const ADDICTIONS = new Set(
  'game gamen gaming gok alcohol drank drugs coke cocaine heroine wiet cannabis opiaat opioiden'.split(' '),
);

function isAddictionDetox(key: string): boolean {
  if (!key.endsWith('detox')) return false;
  const start = key.slice(0, -5).replace(/-$/, '');
  return ADDICTIONS.has(start);
}

// Held-out 21: a treatment named after a condition before a hyphen, "tbc-behandeling", "hepatitis-kuur"
// (not a service: "autisme-training" has no such tail).
const TREATMENT_TAILS = new Set(['behandeling', 'behandelingen', 'kuur', 'medicatie', 'revalidatie']);

function isTreatmentOfCondition(key: string): boolean {
  const hyphen = key.lastIndexOf('-');
  if (hyphen < 2 || !TREATMENT_TAILS.has(key.slice(hyphen + 1))) return false;
  const condition = key.slice(0, hyphen);
  return EXACT.has(condition) || hasCareStem(condition);
}

const NO_WORDS: readonly string[] = [];
const STREET_ENDINGS = /.(straat|laan|weg|plein|singel|kade|gracht|dreef|steeg)$/;
const SPECIALIST_ENDINGS = /.(oloog|ologen|ologe|ologie)$/;

function isCooperative(key: string, at: number, head: string): boolean {
  return head === 'operatie' && key.startsWith('co', at - 2);
}

// The first three letters of every stem (folded to 32 values each): a word that starts otherwise starts
// no stem. Two letters let most words through ("de", "van", "het", "een" start like a stem), three
// few. Every stem has at least three letters.
// Kept per start: the length of the shortest stem that starts so (0: none), so that "nee", "acht" or
// "delen" (shorter than "neerslachtig", "achterdocht", "delier") need no lookup either.
const STEM_STARTS = new Uint8Array(32 * 32 * 32);
for (const stem of STEMS) {
  if (stem.length < 3) throw new Error(`care stem shorter than three letters: ${stem}`);
  const start = startOf(stem);
  const shortest = STEM_STARTS[start]!;
  STEM_STARTS[start] = shortest === 0 ? Math.min(stem.length, 255) : Math.min(shortest, stem.length);
}

function startOf(word: string): number {
  return ((word.charCodeAt(0) & 31) << 10) | ((word.charCodeAt(1) & 31) << 5) | (word.charCodeAt(2) & 31);
}

/** False when no stem can be a prefix of `key`. */
export function mayStartStem(key: string): boolean {
  if (key.length < 3) return false;
  const shortest = STEM_STARTS[startOf(key)]!;
  return shortest !== 0 && key.length >= shortest;
}

function isServiceRest(rest: string): boolean {
  return rest !== '' && SERVICE_HEADS.some((head) => rest.endsWith(head) && rest.length >= head.length);
}
