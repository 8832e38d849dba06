import type { DetectionContext } from '../core/detector.js';
import type { Detection } from '../core/finding.js';
import type { Item, Platform } from '../core/item.js';
import type { ProfilePhoto } from '../profile/avatar.js';
import type { ExportSource, Problem } from '../source/types.js';

/** One item whose media should be looked at, with the export its files are in. */
export interface MediaWork {
  item: Item;
  source: ExportSource;
}

/** One network's profile photo, with the export it is in. */
export interface ProfilePhotoWork {
  platform: Platform;
  path: string;
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
  /** Each network's profile photo: a thumbnail for the first view and what the models saw, for the profile rules. */
  profilePhotos?(
    work: readonly ProfilePhotoWork[],
  ): Promise<{ photos: Partial<Record<Platform, ProfilePhoto>>; problems: Problem[] }>;
}
