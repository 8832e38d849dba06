import { highlightSegments } from '../../../src/core/highlight.js';
import type { Span } from '../../../src/core/finding.js';

/** The item's text with its evidence marked, cut around the evidence when long. */
export function Highlighted({ text, evidence }: { text: string; evidence: Span[] }) {
  const { segments, cutBefore, cutAfter } = highlightSegments(text, evidence);
  return (
    <p className="item-text">
      {cutBefore && '…'}
      {segments.map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
      {cutAfter && '…'}
    </p>
  );
}
