import type { ExportSource } from '../../source/types.js';

/** A path pattern that says "this looks like platform X", and how strongly. */
export interface Marker {
  pattern: RegExp;
  score: number;
}

/**
 * Scores a source against a table of markers: the best marker's score, nudged up a little for every other kind of
 * marker found (a real export has many), never above 1. Reads only the list of paths.
 */
export function scoreByMarkers(source: ExportSource, markers: readonly Marker[]): number {
  const hit = new Set<Marker>();
  for (const path of source.paths) {
    for (const marker of markers) if (!hit.has(marker) && marker.pattern.test(path)) hit.add(marker);
    if (hit.size === markers.length) break;
  }
  if (hit.size === 0) return 0;
  const best = Math.max(...[...hit].map((marker) => marker.score));
  return Math.min(1, best + 0.02 * (hit.size - 1));
}

/** True when the export holds HTML pages of the kind Meta's HTML format writes and no JSON data files. */
export function isHtmlOnly(source: ExportSource, htmlMarkers: readonly RegExp[]): boolean {
  let html = false;
  for (const path of source.paths) {
    if (/\.json$/i.test(path)) return false;
    if (!html && htmlMarkers.some((pattern) => pattern.test(path))) html = true;
  }
  return html;
}
