// Trains the learned second signal for names with a health detail (src/privacy/name-health-learned.ts)
// on the tuning files and the training-only held-out sets (TRAINED_HELD_OUT_FILES, their lines weighted
// SETTINGS.independentWeight times), and writes src/privacy/name-health-model.ts. Deterministic: the same files
// give the same model. `npm run train:guard` writes it; `-- --check` fails when the committed file
// differs; `-- --cv` prints the leave-one-file-out figures used to choose the settings (the tuning files and the
// independent sets apart), `-- --stability` how many training lines the model decides otherwise with another seed.
import { readFileSync, writeFileSync } from 'node:fs';
import { createGuard } from '../src/privacy/guard.ts';
import { FEATURE_BITS } from '../src/privacy/name-health-learned.ts';
import { CORPUS_NOW, readCorpus } from '../test/privacy/corpus-file.ts';
import { TRAINED_HELD_OUT_FILES } from '../test/privacy/corpus-heldout-trained.ts';
import { TUNING_FILES } from '../test/privacy/corpus-tuning-files.ts';

/** One corpus line: its label, whether the rules flagged a name_health, and each person's features. */
export interface Example {
  readonly file: number;
  /** From a training-only held-out set: written by an outside writer, weighted SETTINGS.independentWeight. */
  readonly independent: boolean;
  readonly positive: boolean;
  readonly clean: boolean;
  readonly rulesFound: boolean;
  readonly rulesFlagged: boolean;
  readonly persons: readonly (readonly number[])[];
  /** Per person: the rules gave a care term in its reach to someone else (never flagged by the model). */
  readonly vetoed: readonly boolean[];
}

export const SETTINGS = {
  epochs: 40,
  averaged: 20,
  rate: 0.02,
  l2: 1e-5,
  threshold: 2.75,
  /** The bar for a person the rules vetoed (det-train42; before, such a person was never flagged). */
  vetoedThreshold: 7,
  seed: 20261206,
  independentWeight: 16,
};
const MODEL_FILE = new URL('../src/privacy/name-health-model.ts', import.meta.url);

/** Every training line's features, from the guard itself: its person references and rules' findings. */
export function examples(
  files: readonly string[] = TUNING_FILES,
  independentFiles: readonly string[] = TRAINED_HELD_OUT_FILES,
): Example[] {
  let persons: number[][] = [];
  let vetoed: boolean[] = [];
  const guard = createGuard({
    now: () => CORPUS_NOW,
    nameHealthModel: { threshold: Number.POSITIVE_INFINITY, everyText: true, score: record },
  });
  function record(features: readonly number[], veto = false): number {
    persons.push([...features]);
    vetoed.push(veto);
    return 0;
  }
  const out: Example[] = [];
  [...files, ...independentFiles].forEach((file, index) => {
    for (const line of readCorpus(file)) {
      persons = [];
      vetoed = [];
      const found = guard.scan(line.text);
      out.push({
        file: index,
        independent: index >= files.length,
        positive: line.kinds.has('name_health'),
        clean: line.kinds.size === 0,
        rulesFound: found.some((f) => f.kind === 'name_health'),
        rulesFlagged: found.length > 0,
        persons,
        vetoed,
      });
    }
  });
  return out;
}

/**
 * Weights (bias last) by averaged stochastic gradient descent on the logistic loss, in a seeded order, at a
 * constant rate: the weights returned are the mean of the weights after every step of the last
 * `averaged` epochs (Polyak averaging, kept sparse: u sums each step's change times the steps averaged
 * before it, and the mean is w - u / steps). The mean hardly depends on the order of the steps, so a new
 * seed or a tuning file more or less moves few of the model's decisions (README "A learned second signal").
 */
export function train(data: readonly Example[], settings = SETTINGS): Float64Array {
  const size = 1 << FEATURE_BITS;
  const w = new Float64Array(size + 1);
  const u = new Float64Array(size + 1);
  const items: { features: readonly number[]; y: number; weight: number }[] = [];
  // Every person, the vetoed too: they are most of what the model learns "clean" from.
  for (const e of data) {
    const weight = e.independent ? settings.independentWeight : 1;
    for (const p of e.persons) items.push({ features: p, y: e.positive ? 1 : 0, weight });
  }
  const random = mulberry32(settings.seed);
  const rate = settings.rate;
  let steps = 0;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    const averaging = epoch >= settings.epochs - settings.averaged;
    for (const { features, y, weight } of items) {
      let z = w[size]!;
      for (const f of features) z += w[f]!;
      const g = (1 / (1 + Math.exp(-z)) - y) * weight;
      for (const f of features) {
        const change = -rate * (g + settings.l2 * w[f]!);
        w[f] = w[f]! + change;
        if (averaging) u[f] = u[f]! + steps * change;
      }
      w[size] = w[size]! - rate * g;
      if (!averaging) continue;
      u[size] = u[size]! - steps * rate * g;
      steps++;
    }
  }
  for (let i = 0; i <= size && steps > 0; i++) w[i] = w[i]! - u[i]! / steps;
  return w;
}

/** The weights as committed: one signed byte per bucket and a scale. */
export function quantize(w: Float64Array, threshold: number, vetoedThreshold = SETTINGS.vetoedThreshold) {
  const size = w.length - 1;
  let max = 0;
  for (let i = 0; i < size; i++) max = Math.max(max, Math.abs(w[i]!));
  const scale = max === 0 ? 1 : max / 127;
  const bytes = new Int8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = Math.round(w[i]! / scale);
  const round = (x: number) => Number(x.toPrecision(8));
  return {
    scale: round(scale),
    bias: round(w[size]!),
    threshold,
    vetoedThreshold,
    weights: Buffer.from(bytes.buffer).toString('base64'),
  };
}

/** The model file's text, formatted as biome formats it. */
export function modelSource(model: ReturnType<typeof quantize>): string {
  return `// Written by scripts/train-name-health-model.ts (npm run train:guard); do not edit by hand.
export const NAME_HEALTH_MODEL = {
  scale: ${model.scale},
  bias: ${model.bias},
  threshold: ${model.threshold},
  vetoedThreshold: ${model.vetoedThreshold},
  weights:
    '${model.weights}',
};
`;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Leave-one-file-out: each line's best score from a model trained on the other files, of the persons the rules left
 * (`scores`) and of those they vetoed (`vetoedScores`); -Infinity: no such person.
 */
export function crossValidated(data: readonly Example[], settings = SETTINGS) {
  const scores = new Float64Array(data.length).fill(Number.NEGATIVE_INFINITY);
  const vetoedScores = new Float64Array(data.length).fill(Number.NEGATIVE_INFINITY);
  const files = new Set(data.filter((e) => e.persons.length > 0).map((e) => e.file));
  for (const file of files) {
    const w = train(
      data.filter((e) => e.file !== file),
      settings,
    );
    data.forEach((e, i) => {
      if (e.file !== file) return;
      e.persons.forEach((p, person) => {
        const into = e.vetoed[person] ? vetoedScores : scores;
        into[i] = Math.max(
          into[i]!,
          p.reduce((z, f) => z + w[f]!, w[w.length - 1]!),
        );
      });
    });
  }
  return { scores, vetoedScores };
}

function printCrossValidation(data: readonly Example[]): void {
  const { scores, vetoedScores } = crossValidated(data);
  for (const independent of [false, true]) {
    process.stdout.write(independent ? 'training-only held-out sets, each left out:\n' : 'tuning files:\n');
    const part = (e: Example) => e.independent === independent;
    const positives = data.filter((e) => part(e) && e.positive).length;
    const clean = data.filter((e) => part(e) && e.clean).length;
    const print = (bars: string, fires: (i: number) => boolean) => {
      const gained = data.filter((e, i) => part(e) && !e.rulesFound && e.positive && fires(i)).length;
      const flagged = data.filter((e, i) => part(e) && e.clean && !e.rulesFlagged && fires(i)).length;
      process.stdout.write(
        `${bars}: name_health +${gained} of ${positives}, clean lines +${flagged} of ${clean}\n`,
      );
    };
    for (const threshold of [1, 1.5, 2, 2.5, 2.75, 3, 3.25, 3.5, 3.75, 4, 4.5, 5])
      print(`threshold ${threshold}, vetoed never`, (i) => scores[i]! >= threshold);
    const { threshold } = SETTINGS;
    for (const bar of [4, 5, 5.5, 6, 6.5, 7, 7.5, 8])
      print(
        `threshold ${threshold}, vetoed ${bar}`,
        (i) => scores[i]! >= threshold || vetoedScores[i]! >= bar,
      );
  }
}

/** How many training lines' decisions (the rules found no name_health, the model flags) change with the seed. */
function printStability(data: readonly Example[]): void {
  const decisions = (w: Float64Array) => {
    const model = quantize(w, SETTINGS.threshold);
    const bytes = Buffer.from(model.weights, 'base64');
    const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const score = (p: readonly number[]) => model.bias + model.scale * p.reduce((s, f) => s + weights[f]!, 0);
    return data.map(
      (e) =>
        !e.rulesFound &&
        e.persons.some((p, i) => score(p) >= (e.vetoed[i] ? model.vetoedThreshold : model.threshold)),
    );
  };
  const committed = decisions(train(data));
  for (const k of [1, 2, 3, 4]) {
    const other = decisions(train(data, { ...SETTINGS, seed: SETTINGS.seed + 1000 * k }));
    const flips = other.filter((d, i) => d !== committed[i]).length;
    process.stdout.write(`seed +${1000 * k}: ${flips} training lines decided otherwise\n`);
  }
}

if (import.meta.main) {
  const data = examples();
  if (process.argv.includes('--cv')) {
    printCrossValidation(data);
    process.exit(0);
  }
  if (process.argv.includes('--stability')) {
    printStability(data);
    process.exit(0);
  }
  const source = modelSource(quantize(train(data), SETTINGS.threshold));
  if (process.argv.includes('--check')) {
    if (readFileSync(MODEL_FILE, 'utf8') !== source) {
      process.stderr.write(
        'src/privacy/name-health-model.ts is not what the training gives: npm run train:guard\n',
      );
      process.exit(1);
    }
  } else writeFileSync(MODEL_FILE, source);
}
