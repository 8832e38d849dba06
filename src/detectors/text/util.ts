import type { CategoryId, Severity } from '../../core/categories.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { MAX_TEXT, textLayer, textLayerOf, type TextLayer } from '../../core/text/layer.js';
import { allInside, quotedPassages } from '../../core/text/quotes.js';
import type { TextSpan } from '../../core/text/tokens.js';

/** Texts longer than this are looked at only in their first part: detectors stay bounded on 1 MB posts. */
export const MAX_SCAN = MAX_TEXT;

/** The part of a text a detector scans (bounded, so time stays linear and small). */
export function scanText(text: string): string {
  return text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
}

export function span(text: string, start: number, end: number): Span {
  return { start, end, text: text.slice(start, end) };
}

/** All matches of a global regex as spans (the regex must have the `g` flag). */
export function matchSpans(re: RegExp, text: string, limit = 20): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && spans.length < limit; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    spans.push(span(text, m.index, m.index + m[0].length));
  }
  re.lastIndex = 0;
  return spans;
}

const LOWER: Readonly<Record<Severity, Severity>> = { high: 'medium', medium: 'low', low: 'low' };

/** Likes, reposts and messages the user received carry someone else's words: one severity step lower. */
export function isSecondHand(item: Item): boolean {
  return item.kind === 'like' || item.kind === 'repost' || (item.kind === 'message' && item.direction === 'incoming');
}

export function ownedSeverity(item: Item, severity: Severity): Severity {
  return isSecondHand(item) ? LOWER[severity] : severity;
}

/**
 * The severity someone else's words carry as written, when it was lowered for the user: a liked post's strong swear
 * ends up low, and the lone-weak-cue rule (core/corroboration) must still tell it from a liked mild one.
 */
export function asWrittenDetails(item: Item, severity: Severity): { severityAsWritten?: Severity } {
  return isSecondHand(item) && severity !== 'low' ? { severityAsWritten: severity } : {};
}

/**
 * Turns a clause about the content ("mentions being hungover") into a reason a person understands, taking
 * who wrote the words into account: "Mentions being hungover" / "Liked a post that mentions being hungover".
 */
export function reasonFor(item: Item, clause: string): string {
  if (item.kind === 'like') return `Liked a post that ${clause}`;
  if (item.kind === 'repost') return `Reposted a post that ${clause}`;
  if (item.kind === 'message' && item.direction === 'incoming') return `Received a message that ${clause}`;
  return clause.charAt(0).toUpperCase() + clause.slice(1);
}

export interface Hit {
  category: CategoryId;
  severity: Severity;
  confidence: number;
  /** Lower-case clause without a subject, e.g. "mentions being hungover on a work day". */
  clause: string;
  evidence: Span[];
  details?: Record<string, unknown>;
}

/** Builds the detection for a hit on the item's own text, adjusting severity and wording for likes and reposts. */
export function toDetection(ruleId: string, item: Item, hit: Hit): Detection {
  // a quotation lowered before keeps the severity its words had as written
  const details = { ...asWrittenDetails(item, hit.severity), ...hit.details };
  return {
    ruleId,
    category: hit.category,
    severity: ownedSeverity(item, hit.severity),
    confidence: Math.max(0, Math.min(1, hit.confidence)),
    reason: reasonFor(item, hit.clause),
    evidence: hit.evidence,
    ...(Object.keys(details).length ? { details } : {}),
  };
}

/** Short replies and quotes that only endorse what they answer: "so true", "this!", "agreed 👏", "100%". */
const ENDORSEMENT =
  /^\s*(?:@\w+\s+)*(?:this(?: right here)?|so true|facts|agreed?|exactly|yes+|yep|truth|preach|same|100\s?%|\+1|real talk|well said|couldn'?t agree more|true that|this is (?:so )?true|ha(?:ha)+|lol+|lmf?ao+|👏+|💯+|🙌+|👍+)[\s!.😂🤣👏💯🙌👍🔥]*$/iu;

export function isEndorsement(text: string): boolean {
  return text.length <= 80 && ENDORSEMENT.test(text);
}

/** The text a reply answers or a quote quotes, when the export has it. */
export function contextTextOf(item: Item): { where: 'inReplyTo' | 'quoted'; text: string } | null {
  if (item.kind === 'quote' && item.quoted?.text) return { where: 'quoted', text: item.quoted.text };
  if (item.inReplyTo?.text) return { where: 'inReplyTo', text: item.inReplyTo.text };
  if (item.quoted?.text) return { where: 'quoted', text: item.quoted.text };
  return null;
}

/** A span of a layer's reading text, moved back onto the original text. */
export function originalSpan(layer: TextLayer, start: number, end: number): Span {
  const original = layer.reading.toOriginal(start, end);
  return span(layer.text, original.start, original.end);
}

/** A hit found in a layer's reading text, with its evidence moved back onto the original text. */
function onOriginal(hit: Hit, layer: TextLayer): Hit {
  return { ...hit, evidence: hit.evidence.map((found) => originalSpan(layer, found.start, found.end)) };
}

/** Runs a hit finder on the reading text of a layer (the author's words only) and maps its evidence back. */
export function findInLayer(layer: TextLayer, find: (text: string) => Hit[]): Hit[] {
  const hits = find(layer.reading.text);
  return layer.reading.text === layer.text ? hits : hits.map((hit) => onOriginal(hit, layer));
}

/**
 * A hit whose every word lies in a quotation (a line of lyrics, a headline, a mishearing, a song title after
 * #NowPlaying) repeats someone else's words: one severity step lower, as for a repost, and the reason says so.
 */
export function withQuotesLowered(hits: readonly Hit[], text: string): Hit[] {
  let passages: TextSpan[] | undefined;
  return hits.map((hit) => {
    passages ??= quotedPassages(text);
    if (!allInside(hit.evidence, passages)) return hit;
    return {
      ...hit,
      severity: LOWER[hit.severity],
      clause: `quotes a line that ${hit.clause}`,
      details: { ...hit.details, quoted: true, ...(hit.severity !== 'low' ? { severityAsWritten: hit.severity } : {}) },
    };
  });
}

/**
 * Runs a hit finder on the item's words (its text layer: no links, handles or markup; hashtags as words); when
 * nothing is found and the item only endorses what it answers or quotes ("so true"), runs it on that text and
 * reports the endorsement, one severity step lower.
 */
export function detectWithContext(
  ruleId: string,
  item: Item,
  find: (text: string) => Hit[],
  layer: TextLayer = textLayerOf(item),
): Detection[] {
  const hits = findInLayer(layer, find);
  if (hits.length) return withQuotesLowered(hits, layer.text).map((hit) => toDetection(ruleId, item, hit));
  const context = contextTextOf(item);
  const text = layer.text;
  if (!context || !isEndorsement(layer.reading.text)) return [];
  const contextHits = findInLayer(textLayer(context.text), find);
  const verb = context.where === 'quoted' ? 'Quotes with approval a post that' : 'Agrees with a post that';
  return contextHits.map((hit) => ({
    ruleId,
    category: hit.category,
    severity: LOWER[hit.severity],
    confidence: hit.confidence * 0.8,
    reason: `${verb} ${hit.clause}`,
    evidence: text.trim() ? [span(text, text.length - text.trimStart().length, text.trimEnd().length)] : [],
    details: { ...hit.details, context: context.where, contextEvidence: hit.evidence.map((s) => s.text) },
  }));
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Negation cues that, shortly before a term, turn "drink" into "I don't drink". */
export const NEGATION_BEFORE =
  /\b(?:not|never|no|don'?t|doesn'?t|didn'?t|won'?t|can'?t|cannot|isn'?t|aren'?t|wasn'?t|quit|stopped|gave up|giving up|without|zero|non|sober|anti|against)\b[^.!?\n]{0,20}$/i;

/** True when a negation cue sits in the few words before `start`. */
export function negatedBefore(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 28), start);
  return NEGATION_BEFORE.test(window);
}
