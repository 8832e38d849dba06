import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import * as nsfwjs from 'nsfwjs';
import { EMBEDDING_SIZE } from './drinks.js';
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

export interface ModelOutput {
  nsfw: NsfwScores;
  objects: DetectedObject[];
  /**
   * MobileNetV2's pooled image features (EMBEDDING_SIZE numbers, the layer under nsfwjs's own classifier layers):
   * what the drinks head reads. Computed in the same pass as the nsfw scores, so it costs nothing extra.
   */
  embedding: Float32Array;
}

export interface PhotoModels {
  /** Side of the RGB square `run` takes. */
  size: number;
  /** nsfw class probabilities, COCO objects and image features for one DETECT_SIZE² RGB square. */
  run(rgb: Uint8Array): Promise<ModelOutput>;
  /** Milliseconds spent per stage since load, for the benchmark. */
  timings: { nsfw: number; detector: number; images: number };
}

/**
 * The MobileNetV2 layer whose output is the embedding: the last convolution's 7×7 map averaged (what nsfwjs's own
 * classifier layers read). Adding the map's spatial max as well separated drinks worse in cross-validation
 * (recall at 5 % false flags 0.78 against 0.81), so it is not used.
 */
const EMBEDDING_LAYER = 'flatten_1';

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

/**
 * nsfwjs's bundled MobileNetV2 (its weights are JavaScript modules inside the package), rewired to give both its
 * class probabilities and the embedding from one forward pass.
 */
async function loadNsfw(): Promise<tf.LayersModel> {
  const info = console.info;
  const log = console.log;
  console.info = () => {};
  console.log = () => {};
  let loaded: nsfwjs.NSFWJS;
  try {
    loaded = await nsfwjs.load('MobileNetV2');
  } finally {
    console.info = info;
    console.log = log;
  }
  const model = loaded.model as tf.LayersModel;
  const embedding = model.getLayer(EMBEDDING_LAYER).output as tf.SymbolicTensor;
  if (embedding.shape[1] !== EMBEDDING_SIZE)
    throw new Error(
      `nsfwjs MobileNetV2 ${EMBEDDING_LAYER} has ${embedding.shape[1]} features, the drinks head expects ${EMBEDDING_SIZE}`,
    );
  return tf.model({ inputs: model.inputs, outputs: [embedding, model.outputs[0]!] });
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

/** nsfwjs's output order (its NSFW_CLASSES: Drawing, Hentai, Neutral, Porn, Sexy). */
const NSFW_KEYS: readonly (keyof NsfwScores)[] = ['drawing', 'hentai', 'neutral', 'porn', 'sexy'];

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
        // The same preprocessing as nsfwjs's classify: 224 px, values 0–1.
        const [features, probabilities] = tf.tidy(() => {
          const small = tf.image.resizeBilinear(input.squeeze([0]) as tf.Tensor3D, [224, 224]);
          return nsfw.predict(small.div(255).expandDims(0)) as tf.Tensor[];
        }) as [tf.Tensor, tf.Tensor];
        const [embedding, classes] = await Promise.all([features.data(), probabilities.data()]);
        features.dispose();
        probabilities.dispose();
        const scores: NsfwScores = { drawing: 0, hentai: 0, neutral: 0, porn: 0, sexy: 0 };
        NSFW_KEYS.forEach((key, i) => (scores[key] = round(classes[i] ?? 0)));
        timings.nsfw += performance.now() - started;
        const output = { nsfw: scores, embedding: Float32Array.from(embedding) };
        // A drawing, meme or screenshot (or an explicit photo, reported anyway) needs no object detector.
        if (scores.drawing >= SKIP_DETECTOR_DRAWING || scores.porn + scores.hentai >= SKIP_DETECTOR_EXPLICIT) {
          timings.images += 1;
          return { ...output, objects: [] };
        }
        started = performance.now();
        const detections = detector.execute(input, 'tower_0/detections') as tf.Tensor;
        const rows = ((await detections.array()) as number[][][])[0] ?? [];
        detections.dispose();
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
        return { ...output, objects: objects.slice(0, MAX_OBJECTS) };
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
