/**
 * Which photos are worth reading (issue #18): OCR costs ~2 s an image on one core, so a photo-heavy archive reads
 * only the images where text is likely. Pure: works on a small grey thumbnail the caller makes.
 */
export type OcrReason = 'screenshot' | 'text-edges' | 'no-text-likely';

export interface OcrPrecheck {
  read: boolean;
  reason: OcrReason;
  /** Share of thumbnail pixels on a sharp horizontal step (glyph strokes), 0–1. */
  edgeDensity: number;
  /** Share of thumbnail rows with text-like runs of steps. */
  textRows: number;
}

export const PRECHECK = {
  /** Thumbnail width the caller scales to (height keeps the aspect): at 320 px a post's letters are still strokes. */
  width: 320,
  /** A grey step this large between neighbours (0–255) is a stroke edge: glyphs are drawn at high contrast. */
  step: 64,
  /** A row with this many steps (1 in 20 pixels) is a row crossing text. */
  stepsPerRow: 16,
  /**
   * Share of text rows from which an image is read. On eval-data/ocr every text image but one chat had ≥ 0.06 and
   * 9 of 13 photos without text < 0.055 (tuned on that set, so a guide rather than a measured rate).
   */
  minTextRows: 0.055,
  /** Phone screenshots are tall (9:16 to 9:21) and lossless: height / width at least this. */
  screenshotRatio: 1.7,
} as const;

/** Decides from the grey thumbnail (row-major, `width × height` bytes) and the file format. */
export function precheckOcr(grey: Uint8Array, width: number, height: number, format: string): OcrPrecheck {
  let edges = 0;
  let rowsWithText = 0;
  for (let y = 0; y < height; y++) {
    let steps = 0;
    const row = y * width;
    for (let x = 1; x < width; x++) {
      if (Math.abs((grey[row + x] ?? 0) - (grey[row + x - 1] ?? 0)) >= PRECHECK.step) steps++;
    }
    edges += steps;
    if (steps >= PRECHECK.stepsPerRow) rowsWithText++;
  }
  const edgeDensity = width * height ? edges / (width * height) : 0;
  const textRows = height ? rowsWithText / height : 0;
  const facts = { edgeDensity, textRows };
  if (format === 'png' && height / width >= PRECHECK.screenshotRatio)
    return { read: true, reason: 'screenshot', ...facts };
  if (textRows >= PRECHECK.minTextRows) return { read: true, reason: 'text-edges', ...facts };
  return { read: false, reason: 'no-text-likely', ...facts };
}
