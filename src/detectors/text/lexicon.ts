import type { CategoryId, Severity } from '../../core/categories.js';
import type { DetectionContext, Detector, DetectorMeta } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { ENGLISH } from '../../core/text/language.js';
import type { TextLayer } from '../../core/text/layer.js';
import { detectWithContext, negatedBefore, span, type Hit } from './util.js';

/** One pattern of a lexicon detector. The pattern must be global (`g`) and should be case-insensitive. */
export interface LexiconRule {
  pattern: RegExp;
  severity: Severity;
  /** Clause without a subject: "mentions using cocaine". */
  clause: string;
  confidence: number;
  /** When true (default), a negation just before the match ("never", "don't") drops it. */
  negatable?: boolean;
}

export interface LexiconSpec {
  meta: DetectorMeta;
  category: CategoryId;
  rules: readonly LexiconRule[];
  /** Hard negatives: a match overlapping one of these is dropped. Global. */
  not?: RegExp;
  /** When it matches, the finding is about the past: severity goes to low and the clause says so. */
  past?: RegExp;
  pastClause?: string;
  /** A quick test that must pass before any rule runs (cheap prefilter); defaults to none. */
  prefilter?: RegExp;
}

const RANK: Readonly<Record<Severity, number>> = { high: 3, medium: 2, low: 1 };

function overlaps(s: Span, blocked: readonly Span[]): boolean {
  return blocked.some((b) => s.start < b.end && s.end > b.start);
}

/** Finds the hits of a lexicon spec in one text: one hit per detector (the strongest rule names the clause). */
export function lexiconHits(spec: LexiconSpec, text: string): Hit[] {
  if (!text || (spec.prefilter && !spec.prefilter.test(text))) return [];
  const blocked: Span[] = [];
  if (spec.not) {
    spec.not.lastIndex = 0;
    for (let m = spec.not.exec(text); m; m = spec.not.exec(text)) {
      if (!m[0]) {
        spec.not.lastIndex++;
        continue;
      }
      blocked.push(span(text, m.index, m.index + m[0].length));
    }
    spec.not.lastIndex = 0;
  }
  let best: LexiconRule | null = null;
  const evidence: Span[] = [];
  for (const rule of spec.rules) {
    const re = rule.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(text); m && evidence.length < 12; m = re.exec(text)) {
      if (!m[0]) {
        re.lastIndex++;
        continue;
      }
      const found = span(text, m.index, m.index + m[0].length);
      if (overlaps(found, blocked) || overlaps(found, evidence)) continue;
      if (rule.negatable !== false && negatedBefore(text, m.index)) continue;
      evidence.push(found);
      if (
        !best ||
        RANK[rule.severity] > RANK[best.severity] ||
        (rule.severity === best.severity && rule.confidence > best.confidence)
      )
        best = rule;
    }
    re.lastIndex = 0;
  }
  if (!best) return [];
  evidence.sort((a, b) => a.start - b.start);
  const past = spec.past?.test(text) ?? false;
  return [
    {
      category: spec.category,
      severity: past ? 'low' : best.severity,
      confidence: best.confidence,
      clause: past ? (spec.pastClause ?? `${best.clause} (in the past)`) : best.clause,
      evidence,
      ...(past ? { details: { past: true } } : {}),
    },
  ];
}

/** A detector from a lexicon spec: reply/quote context and likes handled as for every text detector. */
export function lexiconDetector(spec: LexiconSpec): Detector & { find(text: string): Hit[] } {
  const find = (text: string): Hit[] => lexiconHits(spec, text);
  return {
    // the lexicons are English word lists
    meta: { languages: ENGLISH, ...spec.meta },
    find,
    detect(item: Item, _context?: DetectionContext, layer?: TextLayer): Detection[] {
      return detectWithContext(spec.meta.id, item, find, layer);
    },
  };
}
