import type { CareLexicon } from './care-terms.ts';
import type { Finding } from './findings.ts';
import { CLIENT_NOUN, FIRST_NAME, TITLE, tokenFlags } from './name-word-flags.ts';
import type { PersonRef } from './person-names.ts';
import type { Token } from './tokens.ts';

/**
 * A learned second signal for names with a health detail (README "A learned second signal"), on unless
 * the guard is given `nameHealthModel: null` (the committed model: name-health-linear.ts). Where the rules
 * flagged no name_health in a text, each person the name rules found is scored by a linear model over
 * hashed features of the words around it; the best person at or above the threshold is flagged. The rules
 * veto a person: a care term within WINDOW tokens that the owner walk gave to someone else or to nobody
 * (name-health-owned.ts) keeps the model silent for it. The features: the words and word pairs within WINDOW tokens (the person itself as "<p>",
 * other persons as "<q>", numbers as "<n>"), the words right beside it, the sort of reference (title,
 * known first name, client noun, initials, case), care terms found and how far from the person,
 * client nouns and organisations in the window. Cost per person: one pass over its window.
 */
export interface NameHealthModel {
  /** The model's score for one person's features (bucket indices, see featureBuckets). */
  score(features: readonly number[], vetoed?: boolean): number;
  /** Scores at or above it flag the person. */
  readonly threshold: number;
  /** Asked about every person, also where the rules found a name_health or vetoed the person (told by
   * `vetoed`): the training script records them all. */
  readonly everyText?: boolean;
}

/** What the learned signal reads: the people the rules found, and the care terms they gave to others. */
export interface LearnedInput {
  readonly persons: PersonRef[];
  /** Token indices of care terms the owner walk gave to nobody or someone else (a relative, a topic, a saying). */
  readonly othersCare: number[];
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
  { persons, othersCare }: LearnedInput,
  care: CareLexicon,
  isOrganisation: (k: number) => boolean,
  model: NameHealthModel,
  out: Finding[],
): void {
  if (persons.length === 0) return;
  if (!model.everyText && out.some((f) => f.kind === 'name_health')) return;
  let best: PersonRef | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  const features: number[] = [];
  const count = Math.min(persons.length, MAX_PERSONS);
  for (let i = 0; i < count; i++) {
    const ref = persons[i]!;
    // The rules' veto: a care term in reach that the owner walk gave to someone else or to nobody.
    const vetoed = othersCare.some((k) => k >= ref.first - WINDOW && k <= ref.last + WINDOW);
    if (vetoed && !model.everyText) continue;
    features.length = 0;
    featureBuckets(tokens, persons, i, care, isOrganisation, features);
    const score = model.score(features, vetoed);
    if (!vetoed && score > bestScore) [best, bestScore] = [ref, score];
  }
  if (best !== undefined && bestScore >= model.threshold)
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
  out.push(hash('bias'));
  describeRef(tokens, ref, out);
  let other = i > 0 ? i - 1 : 0;
  while (other > 0 && persons[other]!.last >= from) other--;
  let previous = '^';
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
    out.push(hash(`u ${word}`), hash(`b ${previous} ${word}`));
    previous = word;
    if (inRef || person) continue;
    const side = k < ref.first ? 'l' : 'r';
    const distance = k < ref.first ? ref.first - k : k - ref.last;
    if (distance <= NEAR) out.push(hash(`${side}${distance} ${word}`));
    if (token.type !== 'word') continue;
    if (isOrganisation(k)) organisations++;
    else if ((tokenFlags(token) & CLIENT_NOUN) !== 0) clients++;
    const length = care.matchAt(tokens, k, isOrganisation);
    if (length > 0) {
      cares++;
      out.push(hash(`care ${side}${bucket(distance)}`));
      k += length - 1;
    }
  }
  out.push(hash(`u ${previous} $`), hash(`cares ${Math.min(cares, 3)}`));
  if (clients > 0) out.push(hash('client noun'));
  if (organisations > 0) out.push(hash('organisation'));
  out.push(hash(`persons ${Math.min(persons.length, 4)}`));
}

function describeRef(tokens: readonly Token[], ref: PersonRef, out: number[]): void {
  const first = tokens[ref.first]!;
  const flags = first.type === 'word' ? tokenFlags(first) : 0;
  const sort =
    (flags & TITLE) !== 0
      ? 'title'
      : (flags & CLIENT_NOUN) !== 0
        ? 'client'
        : (flags & FIRST_NAME) !== 0
          ? 'first name'
          : first.text.length === 1
            ? 'initial'
            : 'other';
  const shape = first.allCaps ? 'caps' : first.capitalised ? 'capitalised' : 'lower';
  out.push(
    hash(`ref ${sort}`),
    hash(`ref ${shape}`),
    hash(`ref length ${Math.min(ref.last - ref.first, 3)}`),
  );
  const before = tokens[ref.first - 1];
  if (before === undefined || before.lineBefore || first.lineBefore || '.!?:'.includes(before.text))
    out.push(hash('ref opens'));
}

function bucket(distance: number): number {
  return distance <= 2 ? 2 : distance <= 5 ? 5 : distance <= 10 ? 10 : 25;
}

/** FNV-1a of the feature's text, folded to FEATURE_BITS bits. */
export function hash(feature: string): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < feature.length; c++) h = Math.imul(h ^ feature.charCodeAt(c), 0x01000193);
  return (h ^ (h >>> FEATURE_BITS)) & MASK;
}
