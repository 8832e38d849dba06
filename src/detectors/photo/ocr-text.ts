import type { DetectionContext, Detector } from '../../core/detector.js';
import type { Detection } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { detectItem } from '../run.js';
import type { OcrLine } from './ocr.js';

export const OCR_RULE = {
  id: 'photo/text',
  description:
    'Words inside a picture (meme, screenshot, sign) read by OCR and judged by the same text detectors as posts; the finding carries the boxes of the words.',
  docs: 'docs/photos.md',
} as const;

/**
 * Runs the text detectors on what was read in one image, the way a post's text is judged (language, tokens,
 * meaning), and turns each detection into a `photo/text` finding on the image: its evidence spans become the boxes
 * of the lines they fall in, so a report can draw them on the thumbnail.
 */
export function detectImageText(
  lines: readonly OcrLine[],
  item: Item,
  mediaPath: string,
  detectors: readonly Detector[],
  context: DetectionContext,
): Detection[] {
  if (!lines.length) return [];
  const text = lines.map((line) => line.text).join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.text.length + 1;
  }
  const lineAt = (position: number) => {
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= position) index++;
    return index;
  };
  // The image's words stand alone: no entities, language tag or reply context of the post they came with.
  const read: Item = { ...item, text, entities: undefined, lang: undefined, inReplyTo: undefined };
  const { detections } = detectItem(detectors, read, context);
  return detections.map((detection) => {
    const hit = [...new Set(detection.evidence.map((span) => lineAt(span.start)))].sort((a, b) => a - b);
    return {
      ...detection,
      ruleId: OCR_RULE.id,
      reason: `Text in the picture: ${detection.reason}`,
      // Spans index the read text, not the post's, so they travel in details with their boxes.
      evidence: [],
      mediaPath,
      details: {
        ...detection.details,
        textRule: detection.ruleId,
        words: detection.evidence.map((span) => span.text),
        boxes: hit.map((index) => lines[index]?.box),
      },
    };
  });
}
