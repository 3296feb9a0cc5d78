import { Buffer } from 'node:buffer';
import type { NameHealthModel } from './name-health-learned.ts';
import { NAME_HEALTH_MODEL } from './name-health-model.ts';

/** A trained model as committed (name-health-model.ts, written by scripts/train-name-health-model.ts). */
export interface LinearModelData {
  /** One signed byte per feature bucket, base64. */
  readonly weights: string;
  /** A weight is its byte times the scale. */
  readonly scale: number;
  readonly bias: number;
  readonly threshold: number;
  /** The bar for a person the rules vetoed (name-health-learned.ts). */
  readonly vetoedThreshold: number;
}

/** The model's score: the bias plus the weights of the features' buckets (a bucket counts each time). */
export function linearModel(data: LinearModelData): NameHealthModel {
  const bytes = Buffer.from(data.weights, 'base64');
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  return {
    threshold: data.threshold,
    vetoedThreshold: data.vetoedThreshold,
    score(features) {
      let sum = 0;
      for (const f of features) sum += weights[f] ?? 0;
      return data.bias + sum * data.scale;
    },
  };
}

let committed: NameHealthModel | undefined;

/** The committed model, decoded once. */
export function committedNameHealthModel(): NameHealthModel {
  committed ??= linearModel(NAME_HEALTH_MODEL);
  return committed;
}
