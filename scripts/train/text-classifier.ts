/**
 * Trains the shipped text classifier (models/text-classifier.json): `npm run train`.
 *
 * Data: only sets whose licence allows shipping derived weights (EVALUATION.md, "Text engine: data, licences, gaps"):
 * Davidson et al. 2017 (MIT), every row, so its dev rows in `npm run eval` are fit, not held out. OLID (no licence,
 * "internal evaluation only"), HatEval/TweetEval (research only), complaints and drunk tweets (no licence) and ETHOS
 * (GPL-3.0) are never read here, not even to choose a threshold.
 *
 * Heads: `offensive` (Davidson hate-or-offensive) and `hate` (Davidson hate). Each head's threshold is chosen on a
 * validation part (a second hash, 15 %) of Davidson, then the head is refit on all of its rows.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeWeights, type ModelFile } from '../../src/detectors/text/model.js';
import { loadDavidson } from '../eval/data.js';
import { bestThreshold, rowOf, train, type Row, type TrainOptions } from './logreg.js';

const DIM = 1 << 18;
const HEADS = ['offensive', 'hate'] as const;
const BASE: Omit<TrainOptions, 'positiveWeight'> = {
  dim: DIM,
  epochs: 3,
  learningRate: 0.2,
  l2: 1e-6,
  seed: 20261125,
};

/** Validation part of the training data (for thresholds only): a second hash, 15 %. */
function isValidation(text: string): boolean {
  let h = 0x12345678;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 100 < 15;
}

interface Source {
  name: string;
  rows: Row[];
  validation: boolean[];
}

function source(name: string, examples: { text: string; labels: Record<string, number | undefined> }[]): Source {
  return {
    name,
    rows: examples.map((e) => rowOf(e.text, e.labels, HEADS, DIM, 1)),
    validation: examples.map((e) => isValidation(e.text)),
  };
}

function main(): void {
  const started = performance.now();
  const sources = [
    source(
      'davidson',
      loadDavidson().map((e) => ({ text: e.text, labels: { offensive: e.labels.offensive, hate: e.labels.hate } })),
    ),
  ];
  const all = sources.flatMap((s) => s.rows);
  const fit = sources.flatMap((s) => s.rows.filter((_, i) => !s.validation[i]));
  const heads: ModelFile['heads'] = [];
  HEADS.forEach((name, h) => {
    const labelled = all.filter((row) => (row.labels[h] ?? -1) >= 0);
    const positives = labelled.filter((row) => row.labels[h] === 1).length;
    const negatives = labelled.length - positives;
    // balance rare heads part of the way, so a 6 % class is not drowned out
    const options = { ...BASE, positiveWeight: Math.max(1, Math.sqrt(negatives / Math.max(1, positives))) };
    const from = sources[0] as Source;
    const validation = from.rows.filter((_, i) => from.validation[i]);
    const probe = train(fit, h, options);
    const threshold = bestThreshold(probe.weights, probe.bias, validation, h);
    const { weights, bias } = train(all, h, options);
    heads.push({ name, bias, threshold, ...encodeWeights(weights) });
    console.log(
      `${name}: ${positives} positive / ${negatives} negative, positive weight ${options.positiveWeight.toFixed(2)}, threshold ${threshold} (on ${from.name} validation)`,
    );
  });
  const model: ModelFile = {
    format: 'decorum-hashed-logreg',
    version: 1,
    dim: DIM,
    trainedOn: ['Davidson et al. 2017, Hate Speech and Offensive Language (MIT), all rows'],
    heads,
  };
  const dir = join(import.meta.dirname, '..', '..', 'models');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'text-classifier.json');
  writeFileSync(path, `${JSON.stringify(model)}\n`);
  console.log(`wrote ${path} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
