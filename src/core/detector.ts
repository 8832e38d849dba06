import type { CategoryId } from './categories.js';
import type { Detection } from './finding.js';
import type { Item } from './item.js';
import type { TextLayer } from './text/layer.js';

export interface DetectorMeta {
  /** Stable id, `text/<name>` or `photo/<name>`; appears as `ruleId` in findings. */
  id: string;
  /** The categories this detector can report. */
  categories: readonly CategoryId[];
  description: string;
  /** Link to the detector's doc page. */
  docs: string;
  /**
   * The languages (ISO 639-1) whose texts the detector can judge; absent when it does not depend on language
   * (phone numbers, e-mails). English detectors also read texts too short to tell (see `readsLanguage`).
   */
  languages?: readonly string[];
  /**
   * Bumped when what the detector finds changes without its code changing (data it loads from elsewhere): a
   * re-audit then reads every item again instead of reusing stored detections. Absent means 0.
   */
  version?: number;
}

/** What a detector may know besides the item itself. Built once per run; detectors never do I/O. */
export interface DetectionContext {
  /** The user's own employers (LinkedIn positions, profile, config), for employer-criticism. */
  employers: readonly string[];
  /** Phrases the user has allowed: a span fully inside one of them is not reported. */
  allowlist: readonly string[];
}

/**
 * A text detector: pure, synchronous, linear in the text length.
 * Shaped like an ESLint rule: `meta` says what it is, `detect` says what it found.
 */
export interface Detector {
  meta: DetectorMeta;
  /** `layer` is the item's text layer (`textLayerOf(item)`), computed once per item by the caller. */
  detect(item: Item, context: DetectionContext, layer?: TextLayer): Detection[];
}

export const EMPTY_CONTEXT: DetectionContext = { employers: [], allowlist: [] };
