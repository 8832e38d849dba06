import { readFileSync } from 'node:fs';
import { findModelFile } from '../model-file.js';
import { MAX_SCAN } from './util.js';

/**
 * The text classifier: logistic regression heads over hashed word uni/bigrams and character 3–5-grams
 * (inside word boundaries). Features are hashed (FNV-1a) into `dim` buckets with a sign bit, so no vocabulary is
 * stored; weights are int8 with one scale per head. Trained by `npm run train`; see docs/detectors/text-classifier.md.
 */
export interface ModelFile {
  format: 'decorum-hashed-logreg';
  version: 1;
  /** Number of hash buckets (a power of two). */
  dim: number;
  trainedOn: string[];
  heads: { name: string; bias: number; threshold: number; scale: number; weights: string }[];
}

export interface Model {
  dim: number;
  heads: { name: string; bias: number; threshold: number; weights: Float32Array }[];
}

const URL_RE = /https?:\/\/\S+|www\.\S+/gi;
const MENTION_RE = /@\w+/g;
const ENTITY_RE = /&#?\w{1,8};/g;

/** Lower-cases and reduces a text to words separated by single spaces: the input of both featurisers. */
export function normalizeForModel(text: string): string {
  const cleaned = text
    .slice(0, MAX_SCAN)
    .replace(URL_RE, ' url ')
    .replace(MENTION_RE, ' user ')
    .replace(ENTITY_RE, ' ');
  let out = ' ';
  let lastSpace = true;
  for (let i = 0; i < cleaned.length; i++) {
    let code = cleaned.charCodeAt(i);
    if (code === 39 || code === 0x2019) continue; // apostrophes: don't → dont
    const isUpper = code >= 65 && code <= 90;
    const isWord = isUpper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
    if (code >= 0xd800 && code <= 0xdfff) {
      // astral characters (emoji): keep as their own token
      if (!lastSpace) out += ' ';
      out += cleaned[i] ?? '';
      if (i + 1 < cleaned.length) out += cleaned[++i] ?? '';
      out += ' ';
      lastSpace = true;
      continue;
    }
    if (isWord) {
      if (isUpper) code += 32;
      out += code > 127 ? (cleaned[i] as string).toLowerCase() : String.fromCharCode(code);
      lastSpace = false;
    } else if (!lastSpace) {
      out += ' ';
      lastSpace = true;
    }
  }
  return lastSpace ? out : `${out} `;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Calls `emit(bucket, sign)` for every feature of a normalised text (from normalizeForModel): word unigrams,
 * word bigrams, and character 3-, 4- and 5-grams of " word " (boundaries included). No strings are allocated.
 */
export function forEachFeature(norm: string, dim: number, emit: (index: number, sign: number) => void): void {
  const mask = dim - 1;
  const n = norm.length;
  let prevWord = 0;
  let wordHash = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const code = norm.charCodeAt(i);
    // character n-grams starting at i, not crossing two word boundaries
    if (!(code === 32 && i + 1 < n && norm.charCodeAt(i + 1) === 32)) {
      let h = 0x9e3779b1;
      for (let k = 0; k < 5 && i + k < n; k++) {
        const c = norm.charCodeAt(i + k);
        h = Math.imul(h ^ c, FNV_PRIME);
        if (k >= 2) {
          const m = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ k;
          emit((m >>> 1) & mask, m & 1 ? 1 : -1);
        }
        if (c === 32 && k > 0) break;
      }
    }
    if (code === 32) {
      if (inWord) {
        const w = Math.imul(wordHash ^ (wordHash >>> 13), 0x5bd1e995);
        emit((w >>> 1) & mask, w & 1 ? 1 : -1);
        if (prevWord !== 0) {
          const b = Math.imul(prevWord ^ Math.imul(wordHash, 0x27d4eb2d), 0x165667b1);
          const bb = b ^ (b >>> 16);
          emit((bb >>> 1) & mask, bb & 1 ? 1 : -1);
        }
        prevWord = wordHash;
        wordHash = FNV_OFFSET;
        inWord = false;
      }
    } else {
      wordHash = Math.imul(wordHash ^ code, FNV_PRIME);
      inWord = true;
    }
  }
}

/** Collects features as a sparse vector (index → summed value), L2-normalised. */
export function featurize(text: string, dim: number): { index: Int32Array; value: Float32Array } {
  const counts = new Map<number, number>();
  forEachFeature(normalizeForModel(text), dim, (index, sign) => counts.set(index, (counts.get(index) ?? 0) + sign));
  const index = new Int32Array(counts.size);
  const value = new Float32Array(counts.size);
  let norm = 0;
  let j = 0;
  for (const [i, v] of counts) {
    index[j] = i;
    value[j] = v;
    norm += v * v;
    j++;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (let k = 0; k < value.length; k++) value[k] = (value[k] as number) * scale;
  return { index, value };
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

let scratch: Float32Array | null = null;
let seen: Uint8Array | null = null;
let touched = new Int32Array(4096);

/**
 * Scores every head without allocating per text: counts go into a dense scratch array (reset through the list of
 * touched buckets), then each head's dot product is divided by the L2 norm of the counts. Returns logits.
 */
export function logits(model: Model, text: string): Float64Array {
  if (!scratch || scratch.length !== model.dim) {
    scratch = new Float32Array(model.dim);
    seen = new Uint8Array(model.dim);
  }
  const counts = scratch;
  const marks = seen as Uint8Array;
  let n = 0;
  forEachFeature(normalizeForModel(text), model.dim, (index, sign) => {
    if (!marks[index]) {
      marks[index] = 1;
      if (n === touched.length) {
        const grown = new Int32Array(touched.length * 2);
        grown.set(touched);
        touched = grown;
      }
      touched[n++] = index;
    }
    counts[index] = (counts[index] as number) + sign;
  });
  let norm = 0;
  for (let k = 0; k < n; k++) {
    const v = counts[touched[k] as number] as number;
    norm += v * v;
  }
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  const out = new Float64Array(model.heads.length);
  model.heads.forEach((head, h) => {
    const w = head.weights;
    let z = 0;
    for (let k = 0; k < n; k++) {
      const i = touched[k] as number;
      z += (w[i] as number) * (counts[i] as number);
    }
    out[h] = head.bias + z * scale;
  });
  for (let k = 0; k < n; k++) {
    const i = touched[k] as number;
    counts[i] = 0;
    marks[i] = 0;
  }
  return out;
}

/** Scores every head: probability per head name. */
export function predict(model: Model, text: string): Record<string, number> {
  const z = logits(model, text);
  const scores: Record<string, number> = {};
  model.heads.forEach((head, h) => (scores[head.name] = sigmoid(z[h] as number)));
  return scores;
}

export function encodeWeights(weights: Float32Array): { scale: number; weights: string } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round((weights[i] as number) / scale);
  return { scale, weights: Buffer.from(bytes.buffer).toString('base64') };
}

export function decodeModel(file: ModelFile): Model {
  return {
    dim: file.dim,
    heads: file.heads.map((head) => {
      const bytes = new Int8Array(Buffer.from(head.weights, 'base64').buffer.slice(0));
      const weights = new Float32Array(file.dim);
      for (let i = 0; i < file.dim; i++) weights[i] = (bytes[i] ?? 0) * head.scale;
      return { name: head.name, bias: head.bias, threshold: head.threshold, weights };
    }),
  };
}

export const MODEL_FILE_NAME = 'text-classifier.json';

/** The committed model file (models/text-classifier.json), or null when the package has none. */
export function modelPath(): string | null {
  return findModelFile(MODEL_FILE_NAME);
}

let cached: Model | null | undefined;

/** Loads the shipped model once (no network); null when the package has no model file. */
export function loadModel(): Model | null {
  if (cached !== undefined) return cached;
  const path = modelPath();
  cached = path ? decodeModel(JSON.parse(readFileSync(path, 'utf8')) as ModelFile) : null;
  return cached;
}
