import type { Span } from './finding.js';

export interface HighlightSegment {
  text: string;
  marked: boolean;
}

export interface Highlighted {
  segments: HighlightSegment[];
  /** Text was cut before the first segment / after the last one. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * Splits `text` into plain and marked segments by its evidence spans, keeping `context` characters around them
 * so a long post shows the part that matters. Shared by the HTML report and the web app.
 */
export function highlightSegments(text: string, evidence: readonly Span[], context = 240): Highlighted {
  const spans = [...evidence]
    .filter((span) => span.end > span.start && span.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const from = Math.max(0, (spans[0]?.start ?? 0) - context);
  const to = Math.min(text.length, Math.max(from + 2 * context, spans[spans.length - 1]?.end ?? 0) + context);
  const segments: HighlightSegment[] = [];
  let at = from;
  for (const span of spans) {
    if (span.start < at || span.end > to) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), marked: false });
    segments.push({ text: text.slice(span.start, span.end), marked: true });
    at = span.end;
  }
  if (to > at) segments.push({ text: text.slice(at, to), marked: false });
  return { segments, cutBefore: from > 0, cutAfter: to < text.length };
}
