/**
 * NB-weighted logistic regression (Wang & Manning 2012, "NBSVM") over the hashed features of
 * src/detectors/text/model.ts: each bucket's value is scaled by its naive-Bayes log-count ratio, then a logistic
 * regression is fit with Adagrad, L2, a fixed number of epochs and a seeded shuffle, so the same rows give the same
 * weights byte for byte. The ratio is folded into the weights afterwards (w·(r⊙x) = (w⊙r)·x), so the shipped
 * model keeps the plain linear format. On OLID the ratio scaling adds about two points of macro-F1 over plain
 * logistic regression (EVALUATION.md).
 */
import { featurize, sigmoid } from '../../src/detectors/text/model.js';
import { seededRandom } from '../../test/fixtures/samples/file-map.js';

export interface Row {
  index: Int32Array;
  value: Float32Array;
  /** label per head, or -1 when this example says nothing about that head */
  labels: Int8Array;
  weight: number;
}

export interface TrainOptions {
  dim: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** Extra weight of a positive example (class balance). */
  positiveWeight: number;
}

/** One row per text: its features and, per head name, 1 / 0 or -1 (not labelled for that head). */
export function rowOf(
  text: string,
  labels: Readonly<Record<string, number | undefined>>,
  heads: readonly string[],
  dim: number,
  weight: number,
): Row {
  const { index, value } = featurize(text, dim);
  const out = new Int8Array(heads.length).fill(-1);
  heads.forEach((head, h) => {
    const label = labels[head];
    if (label === 0 || label === 1) out[h] = label;
  });
  return { index, value, labels: out, weight };
}

/** Naive-Bayes log-count ratio per bucket for one head: log(P(bucket | positive) / P(bucket | negative)), smoothed. */
function logCountRatio(rows: readonly Row[], head: number, dim: number): Float32Array {
  const positive = new Float64Array(dim).fill(1);
  const negative = new Float64Array(dim).fill(1);
  for (const row of rows) {
    const y = row.labels[head] ?? -1;
    if (y < 0) continue;
    const counts = y === 1 ? positive : negative;
    for (let k = 0; k < row.index.length; k++)
      counts[row.index[k] as number] = (counts[row.index[k] as number] as number) + 1;
  }
  const total = (counts: Float64Array) => counts.reduce((sum, c) => sum + c, 0);
  const p = total(positive);
  const q = total(negative);
  const ratio = new Float32Array(dim);
  for (let i = 0; i < dim; i++) ratio[i] = Math.log((positive[i] as number) / p / ((negative[i] as number) / q));
  return ratio;
}

export function train(
  rows: readonly Row[],
  head: number,
  options: TrainOptions,
): { weights: Float32Array; bias: number } {
  const ratio = logCountRatio(rows, head, options.dim);
  const scaled = rows.map((row) => {
    const value = new Float32Array(row.value.length);
    for (let k = 0; k < value.length; k++)
      value[k] = (row.value[k] as number) * (ratio[row.index[k] as number] as number);
    return { ...row, value };
  });
  const fitted = fitLogistic(scaled, head, options);
  for (let i = 0; i < options.dim; i++) fitted.weights[i] = (fitted.weights[i] as number) * (ratio[i] as number);
  return fitted;
}

function fitLogistic(
  rows: readonly Row[],
  head: number,
  options: TrainOptions,
): { weights: Float32Array; bias: number } {
  const weights = new Float32Array(options.dim);
  const g2 = new Float32Array(options.dim).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = seededRandom(options.seed + head);
  const order = rows.map((_, i) => i).filter((i) => (rows[i]?.labels[head] ?? -1) >= 0);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const row = rows[r] as Row;
      const y = row.labels[head] as number;
      const w = row.weight * (y === 1 ? options.positiveWeight : 1);
      const g = (sigmoid(scoreLogit(weights, bias, row)) - y) * w;
      for (let k = 0; k < row.index.length; k++) {
        const i = row.index[k] as number;
        const grad = g * (row.value[k] as number) + options.l2 * (weights[i] as number);
        g2[i] = (g2[i] as number) + grad * grad;
        weights[i] = (weights[i] as number) - (options.learningRate * grad) / Math.sqrt(g2[i] as number);
      }
      biasG2 += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasG2);
    }
  }
  return { weights, bias };
}

function scoreLogit(weights: Float32Array, bias: number, row: Row): number {
  let z = bias;
  for (let k = 0; k < row.index.length; k++)
    z += (weights[row.index[k] as number] as number) * (row.value[k] as number);
  return z;
}

export function score(weights: Float32Array, bias: number, row: Row): number {
  return sigmoid(scoreLogit(weights, bias, row));
}

/**
 * The threshold that maximises macro-F1 (the mean F1 of both classes) on the given rows, 0.5 when they have no
 * positive: positive-class F1 alone favours low thresholds, which on real timelines means false alarms.
 */
export function bestThreshold(weights: Float32Array, bias: number, rows: readonly Row[], head: number): number {
  const scored = rows
    .filter((row) => (row.labels[head] ?? -1) >= 0)
    .map((row) => ({ p: score(weights, bias, row), y: row.labels[head] as number }));
  if (!scored.some((s) => s.y === 1)) return 0.5;
  let best = { f1: -1, t: 0.5 };
  for (let t = 0.2; t <= 0.9; t += 0.025) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (const s of scored) {
      if (s.p >= t && s.y === 1) tp++;
      else if (s.p >= t) fp++;
      else if (s.y === 1) fn++;
      else tn++;
    }
    const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn) + (2 * tn) / Math.max(1, 2 * tn + fn + fp);
    if (f1 > best.f1 + 1e-9) best = { f1, t: Math.round(t * 1000) / 1000 };
  }
  return best.t;
}
