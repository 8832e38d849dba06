import type { GeoPoint } from '../../core/item.js';

/** nsfwjs MobileNetV2 class probabilities (they sum to 1). */
export interface NsfwScores {
  drawing: number;
  hentai: number;
  neutral: number;
  porn: number;
  sexy: number;
}

/** One COCO object the detector found, box in 0–1 image coordinates `[x, y, width, height]`. */
export interface DetectedObject {
  label: string;
  score: number;
  box: [number, number, number, number];
}

/**
 * What the models and the file say about one photo. This is what the cache stores (keyed by content hash),
 * so it holds no item facts: the same bytes give the same analysis whichever post they belong to.
 */
export interface PhotoAnalysis {
  width: number;
  height: number;
  format: string;
  /** Absent when the models did not run (e.g. an image format we can read EXIF from but not decode). */
  nsfw?: NsfwScores;
  objects?: DetectedObject[];
  /** Mean luma of the image, 0–1 (scene.ts): dim photos are bars, clubs and nights out more often than lunches. */
  brightness?: number;
  /** The drinks head's probability (drinks.ts) that the photo shows drinks, people drinking or a party. */
  drinks?: number;
  /** GPS coordinates embedded in the file's EXIF. */
  gps?: GeoPoint;
  takenAt?: string;
  /** Why the pixels were not looked at (HEIC, for example), while the EXIF still was. */
  note?: string;
}

/** The result of analysing one file: an analysis or a reason it was skipped. */
export type AnalysisOutcome = { ok: true; analysis: PhotoAnalysis } | { ok: false; message: string };

/** Bumped whenever models, sizes or preprocessing change, so cached results of older versions are not reused. */
export const ANALYSIS_VERSION = 2;
