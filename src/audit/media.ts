import type { DetectionContext } from '../core/detector.js';
import type { Detection } from '../core/finding.js';
import type { Item } from '../core/item.js';
import type { ExportSource, Problem } from '../source/types.js';

/** One item whose media should be looked at, with the export its files are in. */
export interface MediaWork {
  item: Item;
  source: ExportSource;
}

/**
 * The photo stage: asynchronous (decoding and models run in worker threads), so it sits beside the pure
 * text detectors rather than among them. Returns detections per item.
 */
export interface MediaAnalyzer {
  analyze(
    work: readonly MediaWork[],
    context: DetectionContext,
    onProgress: (done: number, total: number) => void,
  ): Promise<{ detections: { item: Item; detection: Detection }[]; problems: Problem[] }>;
}
