import type { Span } from '../../core/finding.js';
import { highlightSegments } from '../../core/highlight.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attribute values alike. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] as string);

/** The item's text around its evidence, with the evidence marked; long texts are cut around the first span. */
export function highlight(text: string, evidence: readonly Span[]): string {
  const { segments, cutBefore, cutAfter } = highlightSegments(text, evidence);
  const body = segments
    .map((segment) => (segment.marked ? `<mark>${escapeHtml(segment.text)}</mark>` : escapeHtml(segment.text)))
    .join('');
  return `${cutBefore ? '…' : ''}${body}${cutAfter ? '…' : ''}`;
}
