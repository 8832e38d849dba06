import { mkdtempSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { characterAccuracy } from './accuracy.js';
import { readOcrLabels } from './labels.js';

/**
 * `npx tsx scripts/ocr/compare-engines.ts [NODE_MODULES]`: reads every text image of eval-data/ocr with tesseract.js
 * (eng+deu+spa+fra, LSTM best_int) and with PaddleOCR PP-OCRv4 (@gutenye/ocr-node on onnxruntime-node), one image
 * at a time on one core each, and prints character accuracy and seconds per image by kind. The PaddleOCR packages
 * are not dependencies: install them next to this repo (`npm i --no-save @gutenye/ocr-node`) or pass a folder whose
 * node_modules holds both engines.
 */
const ROOT = fileURLToPath(new URL('../../eval-data/ocr/', import.meta.url));
const from = process.argv[2] ? join(process.argv[2], 'package.json') : import.meta.url;
const require = createRequire(from);
const TESS_LANGS = ['eng', 'deu', 'spa', 'fra'];

interface Engine {
  name: string;
  read(path: string): Promise<string>;
  close(): Promise<void>;
}

async function tesseract(): Promise<Engine> {
  // Not a dependency, so typed here by what this script uses.
  const { createWorker } = (await import(require.resolve('tesseract.js'))) as {
    createWorker(
      langs: string,
      oem: number,
      options: { langPath: string; cacheMethod: string },
    ): Promise<{ recognize(path: string): Promise<{ data: { text: string } }>; terminate(): Promise<void> }>;
  };
  const LSTM_ONLY = 1;
  // tesseract.js reads every language from one folder: link each package's best_int model into one.
  const langPath = mkdtempSync(join(tmpdir(), 'tess-'));
  for (const code of TESS_LANGS) {
    const dir = dirname(require.resolve(`@tesseract.js-data/${code}/package.json`));
    symlinkSync(join(dir, '4.0.0_best_int', `${code}.traineddata.gz`), join(langPath, `${code}.traineddata.gz`));
  }
  const worker = await createWorker(TESS_LANGS.join('+'), LSTM_ONLY, { langPath, cacheMethod: 'none' });
  return {
    name: 'tesseract.js 7 (eng+deu+spa+fra best_int)',
    read: async (path) => (await worker.recognize(path)).data.text,
    close: () => worker.terminate(),
  };
}

async function paddle(): Promise<Engine> {
  const module = (await import(require.resolve('@gutenye/ocr-node'))) as {
    default: { create(): Promise<{ detect(path: string): Promise<{ text: string }[]> }> };
  };
  const ocr = await module.default.create();
  return {
    name: 'PaddleOCR PP-OCRv4 (@gutenye/ocr-node)',
    read: async (path) => (await ocr.detect(path)).map((line) => line.text).join('\n'),
    close: async () => {},
  };
}

const labels = (await readOcrLabels(ROOT)).filter((label) => label.text);
for (const make of [tesseract, paddle]) {
  const started = performance.now();
  const engine = await make();
  const loaded = performance.now() - started;
  const byKind = new Map<string, { accuracy: number; seconds: number; n: number }>();
  for (const label of labels) {
    const t0 = performance.now();
    const text = await engine.read(join(ROOT, label.file));
    const seconds = (performance.now() - t0) / 1000;
    const accuracy = characterAccuracy(text, label.text);
    for (const key of [label.kind, 'all']) {
      const row = byKind.get(key) ?? { accuracy: 0, seconds: 0, n: 0 };
      byKind.set(key, { accuracy: row.accuracy + accuracy, seconds: row.seconds + seconds, n: row.n + 1 });
    }
    if (process.env.VERBOSE) console.log(label.file, accuracy.toFixed(2), JSON.stringify(text.slice(0, 120)));
  }
  await engine.close();
  console.log(`\n${engine.name}: loaded in ${(loaded / 1000).toFixed(1)} s`);
  console.log('| kind | images | character accuracy | s/image |\n|---|---|---|---|');
  for (const [kind, row] of byKind) {
    console.log(`| ${kind} | ${row.n} | ${(row.accuracy / row.n).toFixed(3)} | ${(row.seconds / row.n).toFixed(2)} |`);
  }
}
