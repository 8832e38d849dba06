import type { CategoryId } from '../../core/categories.js';
import type { Detection } from '../../core/finding.js';
import type { Item, Platform } from '../../core/item.js';
import { PLATFORM_NAMES } from '../../core/item.js';
import { splitHashtag } from '../../core/text/hashtag.js';
import { detectItem } from '../../detectors/run.js';
import { docsOf, type ProfileDetection, type ProfileRule } from '../rule.js';

/** The categories a name can carry: a handle is never a threat or a complaint. */
const NAME_CATEGORIES: ReadonlySet<CategoryId> = new Set(['profanity', 'sexual', 'alcohol', 'drugs', 'insult', 'hate']);

/** A handle's words as a sentence ("beerpong_king420" → "beer pong king 420"), with each word's place in the handle. */
export function handleWords(handle: string): { text: string; starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  for (const word of splitHashtag(handle.replace(/^@/, ''))) {
    const offset = handle.startsWith('@') ? 1 : 0;
    starts.push(word.start + offset);
    ends.push(word.end + offset);
    words.push(handle.slice(word.start + offset, word.end + offset).toLowerCase());
  }
  return { text: words.join(' '), starts, ends };
}

/** The handle's offset of an offset into its sentence form. */
function toHandleOffset(split: ReturnType<typeof handleWords>, at: number, edge: 'start' | 'end'): number {
  let position = 0;
  for (let i = 0; i < split.starts.length; i++) {
    const length = (split.ends[i] as number) - (split.starts[i] as number);
    if (at <= position + length) return (split.starts[i] as number) + Math.min(at - position, length);
    position += length + 1;
    if (edge === 'start' && at < position) return split.starts[i + 1] ?? (split.ends[i] as number);
  }
  return split.ends.at(-1) ?? 0;
}

const probe = (platform: Platform, text: string): Item => ({
  platform,
  kind: 'profile',
  id: 'profile',
  text,
  createdAt: null,
  audience: 'public',
  engagement: {},
  media: [],
  locator: { input: '', file: '' },
  flags: {},
});

/**
 * Profanity, drinking, drug and sexual words inside a handle or display name, found by splitting it like a hashtag
 * and reading the words with the post detectors.
 */
export const handleRule: ProfileRule = {
  meta: {
    id: 'profile/handle',
    description: 'Swearing, drinking, drug or sexual words inside a handle or display name.',
    severity: 'high',
    docs: docsOf('handle'),
  },
  check({ records, detectors, context }) {
    const detections: ProfileDetection[] = [];
    for (const record of records) {
      const seen = new Set<string>();
      for (const [label, value] of [
        ['handle', record.handle],
        ['name', record.name],
      ] as const) {
        if (!value) continue;
        const split = handleWords(value);
        if (!split.text) continue;
        const found = detectItem(detectors, probe(record.platform, split.text), context).detections;
        for (const hit of found) {
          if (!NAME_CATEGORIES.has(hit.category) || seen.has(`${label}/${hit.category}`)) continue;
          seen.add(`${label}/${hit.category}`);
          detections.push({
            platform: record.platform,
            detection: describe(hit, label, value, split, record.platform),
          });
        }
      }
    }
    return detections;
  },
};

function describe(
  hit: Detection,
  label: 'handle' | 'name',
  value: string,
  split: ReturnType<typeof handleWords>,
  platform: Platform,
): Detection {
  const evidence = hit.evidence.map((span) => {
    const start = toHandleOffset(split, span.start, 'start');
    const end = toHandleOffset(split, span.end, 'end');
    return { start, end, text: value.slice(start, end) };
  });
  const words = evidence.map((span) => `"${span.text}"`).join(', ');
  return {
    ruleId: 'profile/handle',
    category: hit.category,
    severity: hit.severity,
    confidence: hit.confidence,
    reason: `Your ${PLATFORM_NAMES[platform]} ${label} "${value}" reads as ${words || split.text} (${hit.category}); it shows next to everything you post`,
    evidence,
    action: 'review',
    details: { field: label, words: split.text, detector: hit.ruleId },
  };
}
