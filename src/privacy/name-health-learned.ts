import type { CareLexicon } from './care-terms.ts';
import type { Finding } from './findings.ts';
import { inSentenceOf } from './name-health-processing.ts';
import { CLIENT_NOUN, FIRST_NAME, TITLE, tokenFlags } from './name-word-flags.ts';
import type { PersonRef } from './person-names.ts';
import type { Token } from './tokens.ts';

/**
 * A learned second signal for names with a health detail (README "A learned second signal"), on unless
 * the guard is given `nameHealthModel: null` (the committed model: name-health-linear.ts). Where the rules
 * flagged no name_health in a text, each person the name rules found is scored by a linear model over
 * hashed features of the words around it; the best person at or above the threshold is flagged. The rules
 * veto a person: a care term within WINDOW tokens that the owner walk gave to someone else or to nobody
 * (name-health-owned.ts) raises the bar for it to `vetoedThreshold` (since det-train42; without one the model
 * stays silent for it). The features: the words and word pairs within WINDOW tokens (the person itself as "<p>",
 * other persons as "<q>", numbers as "<n>"), the words right beside it, the sort of reference (title,
 * known first name, client noun, initials, case), care terms found and how far from the person,
 * client nouns and organisations in the window. Cost per person: one pass over its window.
 */
export interface NameHealthModel {
  /** The model's score for one person's features (bucket indices, see featureBuckets). */
  score(features: readonly number[], vetoed?: boolean): number;
  /** Scores at or above it flag the person. */
  readonly threshold: number;
  /** Scores at or above it flag a person the rules vetoed; without it a vetoed person is never flagged. */
  readonly vetoedThreshold?: number;
  /** Asked about every person, also where the rules found a name_health or vetoed the person (told by
   * `vetoed`): the training script records them all. */
  readonly everyText?: boolean;
}

/** What the learned signal reads: the people the rules found, and the care terms they gave to others. */
export interface LearnedInput {
  readonly persons: PersonRef[];
  /** Token indices of care terms the owner walk gave to nobody or someone else (a relative, a topic, a saying). */
  readonly othersCare: number[];
  /** Token indices of "behandeling" said of an office processing a request (name-health-processing.ts). */
  readonly processing: number[];
}

export const FEATURE_BITS = 16;
const MASK = (1 << FEATURE_BITS) - 1;
const WINDOW = 25;
const NEAR = 3;
// A text naming more people than this is scored on its first ones only (bounded cost per text).
const MAX_PERSONS = 64;

/** Adds a name_health finding for the best-scoring person, unless the rules found one already. */
export function addLearnedNameHealth(
  tokens: readonly Token[],
  { persons, othersCare, processing }: LearnedInput,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
  model: NameHealthModel,
  out: Finding[],
  vetoesNear: (window: number) => void,
): void {
  if (persons.length === 0) return;
  if (!model.everyText && out.some((f) => f.kind === 'name_health')) return;
  vetoesNear(WINDOW); // the care terms of sentences naming nobody, read only now (name-health.ts)
  const vetoedThreshold = model.vetoedThreshold ?? Number.POSITIVE_INFINITY;
  let best: PersonRef | undefined;
  // How far the best person's score is above its bar (the threshold, or vetoedThreshold if vetoed).
  let bestMargin = Number.NEGATIVE_INFINITY;
  const features: number[] = [];
  const count = Math.min(persons.length, MAX_PERSONS);
  for (let i = 0; i < count; i++) {
    const ref = persons[i]!;
    // The rules' veto: a care term in reach that the owner walk gave to someone else or to nobody.
    const near = (k: number) => k >= ref.first - WINDOW && k <= ref.last + WINDOW;
    const vetoed =
      othersCare.some(near) ||
      processing.some((k) => near(k) && inSentenceOf(tokens, ref.first, ref.last, k));
    if (vetoed && vetoedThreshold === Number.POSITIVE_INFINITY && !model.everyText) continue;
    features.length = 0;
    featureBuckets(tokens, persons, i, care, isOrganisation, features);
    const margin = model.score(features, vetoed) - (vetoed ? vetoedThreshold : model.threshold);
    if (margin > bestMargin) [best, bestMargin] = [ref, margin];
  }
  if (best !== undefined && bestMargin >= 0)
    out.push({ kind: 'name_health', start: tokens[best.first]!.start, end: tokens[best.last]!.end });
}

/** The hashed features of persons[i] and the words around it, pushed onto `out`. */
export function featureBuckets(
  tokens: readonly Token[],
  persons: readonly PersonRef[],
  i: number,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
  out: number[],
): void {
  const ref = persons[i]!;
  const from = Math.max(0, ref.first - WINDOW);
  const to = Math.min(tokens.length, ref.last + 1 + WINDOW);
  out.push(BIAS);
  describeRef(tokens, ref, out);
  let other = i > 0 ? i - 1 : 0;
  while (other > 0 && persons[other]!.last >= from) other--;
  let previous = '^';
  let pair = BIGRAM_START;
  let cares = 0;
  let clients = 0;
  let organisations = 0;
  for (let k = from; k < to; k++) {
    while (other < persons.length && persons[other]!.last < k) other++;
    const inRef = k >= ref.first && k <= ref.last;
    const person = !inRef && other < persons.length && persons[other]!.first <= k;
    if ((inRef && k > ref.first) || (person && k > persons[other]!.first)) continue;
    const token = tokens[k]!;
    const word = inRef ? '<p>' : person ? '<q>' : token.type === 'number' ? '<n>' : token.key;
    // hash(`u ${word}`), hash(`b ${previous} ${word}`), hashed on from their prefixes in one pass over the
    // word, with the next pair's "b ${word} ": no string made.
    let unigram = UNIGRAM;
    let bigram = pair;
    let next = BIGRAM;
    for (let c = 0; c < word.length; c++) {
      const code = word.charCodeAt(c);
      unigram = Math.imul(unigram ^ code, FNV_PRIME);
      bigram = Math.imul(bigram ^ code, FNV_PRIME);
      next = Math.imul(next ^ code, FNV_PRIME);
    }
    out.push(fold(unigram), fold(bigram));
    pair = Math.imul(next ^ SPACE, FNV_PRIME);
    previous = word;
    if (inRef || person) continue;
    const left = k < ref.first;
    const distance = left ? ref.first - k : k - ref.last;
    if (distance <= NEAR) out.push(fold(fnv(NEAR_PREFIXES[left ? 0 : 1]![distance]!, word))); // `l1 ${word}`
    if (token.type !== 'word') continue;
    if (isOrganisation(k)) organisations++;
    else if ((tokenFlags(token) & CLIENT_NOUN) !== 0) clients++;
    const length = care.matchAt(tokens, k, isOrganisation);
    if (length > 0) {
      cares++;
      out.push(CARE_NEAR[left ? 0 : 1]![bucket(distance)]!); // `care l2`
      k += length - 1;
    }
  }
  out.push(fold(fnv(fnv(UNIGRAM, previous), ' $')), CARES[Math.min(cares, 3)]!); // `u ${previous} $`
  if (clients > 0) out.push(CLIENT_NOUN_FEATURE);
  if (organisations > 0) out.push(ORGANISATION_FEATURE);
  out.push(PERSONS[Math.min(persons.length, 4)]!);
}

function describeRef(tokens: readonly Token[], ref: PersonRef, out: number[]): void {
  const first = tokens[ref.first]!;
  const flags = first.type === 'word' ? tokenFlags(first) : 0;
  const sort =
    (flags & TITLE) !== 0
      ? REF.title
      : (flags & CLIENT_NOUN) !== 0
        ? REF.client
        : (flags & FIRST_NAME) !== 0
          ? REF.firstName
          : first.text.length === 1
            ? REF.initial
            : REF.other;
  const shape = first.allCaps ? REF.caps : first.capitalised ? REF.capitalised : REF.lower;
  out.push(sort, shape, REF_LENGTHS[Math.min(ref.last - ref.first, 3)]!); // `ref ${sort}`, `ref ${shape}`
  const before = tokens[ref.first - 1];
  if (before === undefined || before.lineBefore || first.lineBefore || '.!?:'.includes(before.text))
    out.push(REF.opens);
}

function bucket(distance: number): number {
  return distance <= 2 ? 2 : distance <= 5 ? 5 : distance <= 10 ? 10 : 25;
}

/** FNV-1a of the feature's text, folded to FEATURE_BITS bits. */
export function hash(feature: string): number {
  return fold(fnv(FNV_OFFSET, feature));
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/** FNV-1a's state `h` hashed on over `text`: fnv(fnv(FNV_OFFSET, a), b) is the state of a + b. */
function fnv(h: number, text: string): number {
  let state = h;
  for (let c = 0; c < text.length; c++) state = Math.imul(state ^ text.charCodeAt(c), FNV_PRIME);
  return state;
}

function fold(h: number): number {
  return (h ^ (h >>> FEATURE_BITS)) & MASK;
}

// The features' prefixes hashed once: "u ", "b ", "b ^ ", and "l1 " ... "r3 " by side and distance.
const UNIGRAM = fnv(FNV_OFFSET, 'u ');
const BIGRAM = fnv(FNV_OFFSET, 'b ');
const BIGRAM_START = fnv(FNV_OFFSET, 'b ^ ');
// The features that name no word, hashed once.
const BIAS = hash('bias');
const CLIENT_NOUN_FEATURE = hash('client noun');
const ORGANISATION_FEATURE = hash('organisation');
const REF = {
  title: hash('ref title'),
  client: hash('ref client'),
  firstName: hash('ref first name'),
  initial: hash('ref initial'),
  other: hash('ref other'),
  caps: hash('ref caps'),
  capitalised: hash('ref capitalised'),
  lower: hash('ref lower'),
  opens: hash('ref opens'),
};
const counted = (prefix: string, most: number) =>
  Array.from({ length: most + 1 }, (_, n) => hash(`${prefix}${n}`));
const REF_LENGTHS = counted('ref length ', 3);
const CARES = counted('cares ', 3);
const PERSONS = counted('persons ', 4);
const CARE_NEAR = ['l', 'r'].map((side) => {
  const byBucket: number[] = [];
  for (const b of [2, 5, 10, 25]) byBucket[b] = hash(`care ${side}${b}`);
  return byBucket;
});
const NEAR_PREFIXES = ['l', 'r'].map((side) =>
  Array.from({ length: NEAR + 1 }, (_, distance) => fnv(FNV_OFFSET, `${side}${distance} `)),
);
