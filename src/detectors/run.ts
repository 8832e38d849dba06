import type { DetectionContext, Detector } from '../core/detector.js';
import type { Detection } from '../core/finding.js';
import type { Item } from '../core/item.js';
import { readsLanguage, type Language } from '../core/text/language.js';
import { textLayerOf } from '../core/text/layer.js';

export interface ItemDetections {
  detections: Detection[];
  language: Language;
  /** False when no detector made for a language could read the item's language (it is counted, not guessed at). */
  assessed: boolean;
}

/**
 * Runs text detectors on one item the way every caller must: the text layer is computed once and handed to each
 * detector, and a detector made for some languages runs only on items in one of them.
 */
export function detectItem(detectors: readonly Detector[], item: Item, context: DetectionContext): ItemDetections {
  const layer = textLayerOf(item);
  const detections: Detection[] = [];
  let assessed = false;
  for (const detector of detectors) {
    if (!readsLanguage(detector.meta.languages, layer.language)) continue;
    if (detector.meta.languages) assessed = true;
    for (const detection of detector.detect(item, context, layer)) detections.push(detection);
  }
  return { detections, language: layer.language, assessed };
}
