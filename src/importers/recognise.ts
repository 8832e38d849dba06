import type { ExportSource } from '../source/types.js';
import type { Importer } from './types.js';

/** The lowest score at which an importer may claim an input. */
const MIN_DETECT_SCORE = 0.5;

export interface Recognition {
  /** The importer that reads the input, or null when none is sure enough. */
  importer: Importer | null;
  score: number;
  /** Why the input cannot be read although it looks like an export (e.g. Meta's HTML format), or null. */
  unsupported: string | null;
}

async function ranked(
  importers: readonly Importer[],
  score: (importer: Importer) => number | Promise<number>,
): Promise<{ importer: Importer; score: number }[]> {
  const scored = await Promise.all(importers.map(async (importer) => ({ importer, score: await score(importer) })));
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * Which importer reads `source`: the one most sure from the file names; when none is, the one most sure from the
 * files' contents (loose files without the platform's folders). The unsupported-format reason comes from the
 * winner alone, so a Grailbird X archive with its `index.html` viewer is not told it is Facebook's HTML export;
 * only when nobody wins may any importer explain what the input looks like.
 */
export async function recogniseExport(source: ExportSource, importers: readonly Importer[]): Promise<Recognition> {
  let [best] = await ranked(importers, (importer) => importer.detect(source));
  if (!best || best.score < MIN_DETECT_SCORE) {
    const [byContent] = await ranked(importers, (importer) => importer.detectByContent?.(source) ?? 0);
    if (byContent && byContent.score >= MIN_DETECT_SCORE) best = byContent;
  }
  if (best && best.score >= MIN_DETECT_SCORE) {
    return {
      importer: best.importer,
      score: best.score,
      unsupported: best.importer.unsupportedReason?.(source) ?? null,
    };
  }
  const unsupported = importers.map((importer) => importer.unsupportedReason?.(source) ?? null).find(Boolean);
  return { importer: null, score: best?.score ?? 0, unsupported: unsupported ?? null };
}
