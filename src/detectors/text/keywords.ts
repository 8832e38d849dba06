import { TAXONOMY, type CategoryId } from '../../core/categories.js';
import type { DetectionContext, Detector } from '../../core/detector.js';
import type { Detection, Span } from '../../core/finding.js';
import type { Item } from '../../core/item.js';
import { textLayerOf, type TextLayer } from '../../core/text/layer.js';
import { asWrittenDetails, escapeRegExp, originalSpan, ownedSeverity, reasonFor } from './util.js';

export const KEYWORDS_RULE_ID = 'text/keywords';

/**
 * A detector for the user's own words per category (`audit.keywords` in decorum.config.json): whole-word,
 * case-insensitive matches; the category's default severity. Returns null when the config lists no keywords.
 */
export function keywordDetector(keywords: Partial<Record<CategoryId, readonly string[]>>): Detector | null {
  const rules: { category: CategoryId; re: RegExp }[] = [];
  for (const [category, words] of Object.entries(keywords) as [CategoryId, readonly string[]][]) {
    const cleaned = [...new Set((words ?? []).map((w) => w.trim()).filter(Boolean))];
    if (!cleaned.length) continue;
    rules.push({
      category,
      re: new RegExp(
        `(?<![\\p{L}\\p{N}_])(?:${cleaned
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|')})(?![\\p{L}\\p{N}_])`,
        'giu',
      ),
    });
  }
  if (!rules.length) return null;
  return {
    meta: {
      id: KEYWORDS_RULE_ID,
      categories: rules.map((rule) => rule.category),
      description: 'Your own keywords per category, from audit.keywords in decorum.config.json.',
      docs: 'docs/config.md#auditkeywords',
    },
    detect(item: Item, _context?: DetectionContext, layer: TextLayer = textLayerOf(item)): Detection[] {
      const text = layer.reading.text;
      if (!text) return [];
      const out: Detection[] = [];
      for (const rule of rules) {
        const evidence: Span[] = [];
        rule.re.lastIndex = 0;
        for (let m = rule.re.exec(text); m && evidence.length < 12; m = rule.re.exec(text))
          evidence.push(originalSpan(layer, m.index, m.index + m[0].length));
        rule.re.lastIndex = 0;
        if (!evidence.length) continue;
        const words = [...new Set(evidence.map((e) => `“${e.text}”`))].slice(0, 3).join(', ');
        const asWritten = asWrittenDetails(item, TAXONOMY[rule.category].defaultSeverity);
        out.push({
          ruleId: KEYWORDS_RULE_ID,
          category: rule.category,
          severity: ownedSeverity(item, TAXONOMY[rule.category].defaultSeverity),
          confidence: 0.9,
          reason: reasonFor(
            item,
            `contains words you asked to flag as ${TAXONOMY[rule.category].label.toLowerCase()} (${words})`,
          ),
          evidence,
          ...(asWritten.severityAsWritten ? { details: asWritten } : {}),
        });
      }
      return out;
    },
  };
}
