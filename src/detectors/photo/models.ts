import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as nsfwjs from 'nsfwjs';
import { DETECT_SIZE } from './image.js';
import type { DetectedObject, NsfwScores } from './types.js';

const require = createRequire(import.meta.url);

/** The 80 COCO classes in the detector's output order. */
export const COCO_LABELS = [
  'person', 'bicycle', 'car', 'motorcycle', 'airplane', 'bus', 'train', 'truck', 'boat', 'traffic light',
  'fire hydrant', 'stop sign', 'parking meter', 'bench', 'bird', 'cat', 'dog', 'horse', 'sheep', 'cow',
  'elephant', 'bear', 'zebra', 'giraffe', 'backpack', 'umbrella', 'handbag', 'tie', 'suitcase', 'frisbee',
  'skis', 'snowboard', 'sports ball', 'kite', 'baseball bat', 'baseball glove', 'skateboard', 'surfboard',
  'tennis racket', 'bottle', 'wine glass', 'cup', 'fork', 'knife', 'spoon', 'bowl', 'banana', 'apple',
  'sandwich', 'orange', 'broccoli', 'carrot', 'hot dog', 'pizza', 'donut', 'cake', 'chair', 'couch',
  'potted plant', 'bed', 'dining table', 'toilet', 'tv', 'laptop', 'mouse', 'remote', 'keyboard', 'cell phone',
  'microwave', 'oven', 'toaster', 'sink', 'refrigerator', 'book', 'clock', 'vase', 'scissors', 'teddy bear',
  'hair drier', 'toothbrush',
] as const; // prettier-ignore

/** Detections below this score are dropped before anything else sees them. */
const MIN_OBJECT_SCORE = 0.25;
const MAX_OBJECTS = 20;
/** nsfw scores above which the detector is not run (saves ~55 % of the model time on such images). */
const SKIP_DETECTOR_DRAWING = 0.9;
const SKIP_DETECTOR_EXPLICIT = 0.9;

export interface PhotoModels {
  /** Side of the RGB square `run` takes. */
  size: number;
  /** nsfw class probabilities and COCO objects for one DETECT_SIZE² RGB square. */
  run(rgb: Uint8Array): Promise<{ nsfw: NsfwScores; objects: DetectedObject[] }>;
  /** Milliseconds spent per stage since load, for the benchmark. */
  timings: { nsfw: number; detector: number; images: number };
}

let backendReady: Promise<void> | undefined;

/** tfjs on its WebAssembly backend, with the .wasm files read from the installed package (no network). */
function initBackend(): Promise<void> {
  backendReady ??= (async () => {
    setWasmPaths(`${dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`);
    if (!(await tf.setBackend('wasm'))) throw new Error('the tfjs WebAssembly backend did not start');
    await tf.ready();
    tf.enableProdMode();
  })();
  return backendReady;
}

/** nsfwjs's bundled MobileNetV2 (its weights are JavaScript modules inside the package). */
async function loadNsfw(): Promise<nsfwjs.NSFWJS> {
  const info = console.info;
  const log = console.log;
  console.info = () => {};
  console.log = () => {};
  try {
    return await nsfwjs.load('MobileNetV2');
  } finally {
    console.info = info;
    console.log = log;
  }
}

/**
 * The COCO CenterNet (MobileNetV3) that ships in `@vladmandic/human/models`, read from disk with our own IO
 * handler: human's loader fetches `file://` URLs, which Node 20's fetch cannot. The graph is built for 512 px;
 * it is fully convolutional except for a few size constants, which are rescaled so it runs at DETECT_SIZE
 * (2.5× less work than 512 px; on our real test photos the same people and drinks, scores within ~0.1).
 */
async function loadDetector(size: number): Promise<tf.GraphModel> {
  const dir = join(dirname(require.resolve('@vladmandic/human')), '..', 'models');
  const json = JSON.parse(await readFile(join(dir, 'centernet.json'), 'utf8')) as {
    modelTopology: { node: { op: string; attr?: { shape?: { shape?: { dim?: { size: string }[] } } } }[] };
    weightsManifest: { paths: string[]; weights: tf.io.WeightsManifestEntry[] }[];
  };
  const buffers = await Promise.all(
    json.weightsManifest.flatMap((group) => group.paths).map((p) => readFile(join(dir, p))),
  );
  const weights = Buffer.concat(buffers);
  for (const node of json.modelTopology.node) {
    const dims = node.op === 'Placeholder' ? node.attr?.shape?.shape?.dim : undefined;
    if (dims?.length === 4) dims[1]!.size = dims[2]!.size = String(size);
  }
  const model = await tf.loadGraphModel(
    tf.io.fromMemory({
      modelTopology: json.modelTopology,
      weightSpecs: json.weightsManifest.flatMap((group) => group.weights),
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
    }),
  );
  if (size !== 512) {
    const weightMap = (model as unknown as { executor: { weightMap: Record<string, tf.Tensor[]> } }).executor.weightMap;
    const grid = size / 4;
    const replace = (name: string, tensor: tf.Tensor) => {
      if (!weightMap[name]) throw new Error(`detector graph has no ${name}: cannot resize it`);
      weightMap[name]!.forEach((old) => old.dispose());
      weightMap[name] = [tensor];
    };
    for (const name of Object.keys(weightMap)) {
      if (/\/up_sampling2d(?:_\d)?\/mul$/.test(name)) {
        const old = Array.from(weightMap[name]![0]!.dataSync());
        replace(
          name,
          tf.tensor1d(
            old.map((value) => (value * size) / 512),
            'int32',
          ),
        );
      }
    }
    replace('tower_0/BatchGather/concat', tf.tensor1d([grid * grid, 4], 'int32'));
    replace('tower_0/strided_slice_6', tf.scalar(grid, 'int32'));
  }
  return model;
}

const NSFW_KEYS: Record<string, keyof NsfwScores> = {
  Drawing: 'drawing',
  Hentai: 'hentai',
  Neutral: 'neutral',
  Porn: 'porn',
  Sexy: 'sexy',
};

/** Loads both models once (≈1 s); every later `run` reuses them. */
export async function loadPhotoModels(size = DETECT_SIZE): Promise<PhotoModels> {
  await initBackend();
  const [nsfw, detector] = await Promise.all([loadNsfw(), loadDetector(size)]);
  const timings = { nsfw: 0, detector: 0, images: 0 };
  const models: PhotoModels = {
    size,
    timings,
    async run(rgb) {
      const input = tf.tidy(() => tf.tensor4d(rgb, [1, size, size, 3], 'int32').toFloat());
      try {
        let started = performance.now();
        const small = tf.tidy(() => tf.image.resizeBilinear(input.squeeze([0]) as tf.Tensor3D, [224, 224]));
        const predictions = await nsfw.classify(small, 5);
        small.dispose();
        const scores: NsfwScores = { drawing: 0, hentai: 0, neutral: 0, porn: 0, sexy: 0 };
        for (const p of predictions) {
          const key = NSFW_KEYS[p.className];
          if (key) scores[key] = round(p.probability);
        }
        timings.nsfw += performance.now() - started;
        // A drawing, meme or screenshot (or an explicit photo, reported anyway) needs no object detector.
        if (scores.drawing >= SKIP_DETECTOR_DRAWING || scores.porn + scores.hentai >= SKIP_DETECTOR_EXPLICIT) {
          timings.images += 1;
          return { nsfw: scores, objects: [] };
        }
        started = performance.now();
        const output = detector.execute(input, 'tower_0/detections') as tf.Tensor;
        const rows = ((await output.array()) as number[][][])[0] ?? [];
        output.dispose();
        timings.detector += performance.now() - started;
        timings.images += 1;
        const objects: DetectedObject[] = [];
        for (const [x1 = 0, y1 = 0, x2 = 0, y2 = 0, score = 0, cls = -1] of rows) {
          const label = COCO_LABELS[cls];
          if (!label || !(score >= MIN_OBJECT_SCORE)) continue;
          const clamp = (v: number) => Math.max(0, Math.min(1, v / size));
          const box: DetectedObject['box'] = [clamp(x1), clamp(y1), clamp(x2) - clamp(x1), clamp(y2) - clamp(y1)];
          objects.push({ label, score: round(score), box: box.map(round) as DetectedObject['box'] });
        }
        objects.sort((a, b) => b.score - a.score);
        return { nsfw: scores, objects: objects.slice(0, MAX_OBJECTS) };
      } finally {
        input.dispose();
      }
    },
  };
  // The first inference compiles the WebAssembly kernels (~1.5 s): do it now, not on the user's first photo.
  await models.run(new Uint8Array(size * size * 3).fill(128));
  Object.assign(timings, { nsfw: 0, detector: 0, images: 0 });
  return models;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
