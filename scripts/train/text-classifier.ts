/**
 * Trains the shipped text classifier (models/text-classifier.json): `npm run train`.
 *
 * Data: ONLY sets whose licence allows shipping derived weights — Davidson et al. 2017 (MIT), its seeded train
 * part (scripts/eval/data.ts `splitOf`, 70 %).
 * OLID (no licence, "cite the paper"), TweetEval/HatEval (research only), complaints and drunk tweets (no licence)
 * and ETHOS (GPL-3.0) are for evaluation only and are never read here.
 *
 * Model: logistic regression per head over hashed features (src/detectors/text/model.ts), trained with Adagrad,
 * L2, a fixed number of epochs and a seeded shuffle, so the same data gives the same file byte for byte.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeWeights, featurize, sigmoid, type ModelFile } from '../../src/detectors/text/model.js';
import { loadDavidson, loadOlid, trainOf, type Example } from '../eval/data.js';

const DIM = 1 << 18;
const EPOCHS = 6;
const LEARNING_RATE = 0.5;
const L2 = 1e-6;
const HEADS = ['offensive', 'hate'] as const;
type Head = (typeof HEADS)[number];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Row {
  index: Int32Array;
  value: Float32Array;
  /** label per head, or -1 when this example says nothing about that head */
  labels: Int8Array;
  weight: number;
}

/** Validation part of the training data (for thresholds only): a second hash, 15 %. */
function isValidation(text: string): boolean {
  let h = 0x12345678;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 100 < 15;
}

function toRows(examples: readonly Example[], weight: number): Row[] {
  return examples.map((example) => {
    const { index, value } = featurize(example.text, DIM);
    const labels = new Int8Array(HEADS.length).fill(-1);
    HEADS.forEach((head, h) => {
      const label = example.labels[head];
      if (label === 0 || label === 1) labels[h] = label;
    });
    return { index, value, labels, weight };
  });
}

function train(rows: readonly Row[], head: number, positiveWeight: number): { weights: Float32Array; bias: number } {
  const weights = new Float32Array(DIM);
  const g2 = new Float32Array(DIM).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const random = mulberry32(20261125 + head);
  const order = rows.map((_, i) => i).filter((i) => (rows[i]?.labels[head] ?? -1) >= 0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const row = rows[r] as Row;
      const y = row.labels[head] as number;
      let z = bias;
      for (let k = 0; k < row.index.length; k++)
        z += (weights[row.index[k] as number] as number) * (row.value[k] as number);
      const w = row.weight * (y === 1 ? positiveWeight : 1);
      const g = (sigmoid(z) - y) * w;
      for (let k = 0; k < row.index.length; k++) {
        const i = row.index[k] as number;
        const grad = g * (row.value[k] as number) + L2 * (weights[i] as number);
        g2[i] = (g2[i] as number) + grad * grad;
        weights[i] = (weights[i] as number) - (LEARNING_RATE * grad) / Math.sqrt(g2[i] as number);
      }
      biasG2 += g * g;
      bias -= (LEARNING_RATE * g) / Math.sqrt(biasG2);
    }
  }
  return { weights, bias };
}

function score(weights: Float32Array, bias: number, row: Row): number {
  let z = bias;
  for (let k = 0; k < row.index.length; k++)
    z += (weights[row.index[k] as number] as number) * (row.value[k] as number);
  return sigmoid(z);
}

/** The threshold that maximises F1 on the validation rows (0.5 when there are none). */
function bestThreshold(weights: Float32Array, bias: number, rows: readonly Row[], head: number): number {
  const scored = rows
    .filter((row) => (row.labels[head] ?? -1) >= 0)
    .map((row) => ({ p: score(weights, bias, row), y: row.labels[head] as number }));
  if (!scored.some((s) => s.y === 1)) return 0.5;
  let best = { f1: -1, t: 0.5 };
  for (let t = 0.2; t <= 0.9; t += 0.025) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of scored) {
      if (s.p >= t && s.y === 1) tp++;
      else if (s.p >= t) fp++;
      else if (s.y === 1) fn++;
    }
    const f1 = (2 * tp) / Math.max(1, 2 * tp + fp + fn);
    if (f1 > best.f1 + 1e-9) best = { f1, t: Math.round(t * 1000) / 1000 };
  }
  return best.t;
}

/**
 * `--experiment-olid <out.json>`: ALSO trains on the OLID train part (level A as the offensive label) and writes the
 * model elsewhere. OLID has no licence that allows shipping derived weights, so this is only an experiment to
 * measure what in-domain data would buy (EVALUATION.md); the shipped models/text-classifier.json never uses it.
 */
const experimentAt = process.argv.indexOf('--experiment-olid');
const experimentOut = experimentAt >= 0 ? process.argv[experimentAt + 1] : undefined;

function main(): void {
  const started = performance.now();
  const olid = experimentOut
    ? trainOf(loadOlid()).map((e) => ({ text: e.text, labels: { offensive: e.labels.off ?? 0 } }))
    : [];
  const davidson = [...trainOf(loadDavidson()), ...olid];
  const fit = [
    ...toRows(
      davidson.filter((e) => !isValidation(e.text)),
      1,
    ),
  ];
  const validation = toRows(
    davidson.filter((e) => isValidation(e.text)),
    1,
  );
  const heads: ModelFile['heads'] = [];
  HEADS.forEach((name: Head, h) => {
    const labelled = fit.filter((row) => (row.labels[h] ?? -1) >= 0);
    const positives = labelled.filter((row) => row.labels[h] === 1).length;
    const negatives = labelled.length - positives;
    // balance rare heads part of the way, so a 6 % class is not drowned out
    const positiveWeight = Math.max(1, Math.sqrt(negatives / Math.max(1, positives)));
    const { weights, bias } = train(fit, h, positiveWeight);
    const threshold = bestThreshold(weights, bias, validation, h);
    heads.push({ name, bias, threshold, ...encodeWeights(weights) });
    console.log(
      `${name}: ${positives} positive / ${negatives} negative, positive weight ${positiveWeight.toFixed(2)}, threshold ${threshold}`,
    );
  });
  const model: ModelFile = {
    format: 'decorum-hashed-logreg',
    version: 1,
    dim: DIM,
    trainedOn: ['Davidson et al. 2017, Hate Speech and Offensive Language (MIT), seeded 70 % train part'],
    heads,
  };
  const dir = join(import.meta.dirname, '..', '..', 'models');
  mkdirSync(dir, { recursive: true });
  const path = experimentOut ?? join(dir, 'text-classifier.json');
  if (experimentOut) model.trainedOn.push('EXPERIMENT ONLY: OLID v1.0 train part (not licensed for shipping)');
  writeFileSync(path, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
