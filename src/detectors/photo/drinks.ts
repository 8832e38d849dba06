import { readFileSync } from 'node:fs';
import { findModelFile } from '../model-file.js';
import type { DetectedObject } from './types.js';

/**
 * The drinks head: a logistic regression over MobileNetV2's pooled features (the embedding `models.ts` returns)
 * plus a few detector and scene cues, trained by `npm run train:photos` on the photo dev set (eval-data/photos) and
 * shipped as models/photo-drinks.json. It answers one question, "does this photo show drinks, people drinking
 * or a party?", as a probability; `decide.ts` turns it into a finding with the objects as the reason.
 */
export interface DrinksHeadFile {
  format: 'decorum-photo-drinks';
  version: 1;
  /** Names of the inputs in weight order: `embedding` (its size), then each cue of `cueInputs`. */
  inputs: { embedding: number; cues: readonly string[] };
  /** Standardisation folded in: score = sigmoid(bias + Σ weights[i] · input[i]). */
  weights: number[];
  bias: number;
  /** Probability from which a photo counts as drinks (chosen on the training part, see the training script). */
  threshold: number;
  trainedOn: string;
}

export interface DrinksHead {
  weights: Float32Array;
  bias: number;
  threshold: number;
}

/** Length of the embedding `models.ts` returns: MobileNetV2's last convolution, 1280 channels, average-pooled. */
export const EMBEDDING_SIZE = 1280;

/** The cues the head reads besides the embedding, in weight order. */
export const CUE_NAMES = ['bottle', 'wine glass', 'cup', 'dining table', 'people', 'brightness'] as const;
const MAX_PEOPLE = 6;

/** Pure: the detector and scene cues as numbers (best score per object class, people count scaled to 0–1). */
export function cueInputs(objects: readonly DetectedObject[], brightness: number): number[] {
  const best = (label: string) => Math.max(0, ...objects.filter((o) => o.label === label).map((o) => o.score));
  const people = objects.filter((o) => o.label === 'person' && o.score >= 0.3).length;
  return [
    best('bottle'),
    best('wine glass'),
    best('cup'),
    best('dining table'),
    Math.min(people, MAX_PEOPLE) / MAX_PEOPLE,
    brightness,
  ];
}

/** Pure: the head's probability for one photo. */
export function drinksScore(
  head: DrinksHead,
  embedding: ArrayLike<number>,
  objects: readonly DetectedObject[],
  brightness: number,
): number {
  let z = head.bias;
  for (let i = 0; i < embedding.length; i++) z += (head.weights[i] as number) * (embedding[i] as number);
  const cues = cueInputs(objects, brightness);
  for (let i = 0; i < cues.length; i++) z += (head.weights[embedding.length + i] as number) * (cues[i] as number);
  return 1 / (1 + Math.exp(-z));
}

export const DRINKS_HEAD_FILE = 'photo-drinks.json';

export function decodeDrinksHead(file: DrinksHeadFile): DrinksHead {
  if (file.format !== 'decorum-photo-drinks' || file.version !== 1)
    throw new Error(`${DRINKS_HEAD_FILE}: unknown format ${file.format} v${file.version}`);
  if (file.weights.length !== file.inputs.embedding + CUE_NAMES.length)
    throw new Error(
      `${DRINKS_HEAD_FILE}: ${file.weights.length} weights for ${file.inputs.embedding} + ${CUE_NAMES.length} inputs`,
    );
  return { weights: Float32Array.from(file.weights), bias: file.bias, threshold: file.threshold };
}

let cached: DrinksHead | null | undefined;

/** The shipped head, read once from disk (no network); null when the package has none. */
export function loadDrinksHead(): DrinksHead | null {
  if (cached !== undefined) return cached;
  const path = findModelFile(DRINKS_HEAD_FILE);
  cached = path ? decodeDrinksHead(JSON.parse(readFileSync(path, 'utf8')) as DrinksHeadFile) : null;
  return cached;
}
