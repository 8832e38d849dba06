import type { PlanEntry } from '../plan/build.js';
import { toCsv } from './csv.js';
import { escapeX, xDate, ytd } from './x-archive.js';

/** What an archive-driven deletion tool should act on: X items planned for removal that are not gone or skipped. */
function open(entries: readonly PlanEntry[]): PlanEntry[] {
  return entries.filter((entry) => entry.platform === 'x' && (entry.status === 'left' || entry.status === 'done'));
}

const TWEET_ACTIONS: ReadonlySet<string> = new Set(['delete', 'undo-repost']);
const TWEET_KINDS: ReadonlySet<string> = new Set(['post', 'reply', 'quote', 'repost']);

/** The posts, replies, quotes and reposts to delete, as `tweets.js` in the X archive's format. */
export function tweetsJs(entries: readonly PlanEntry[]): { text: string; ids: string[] } {
  const chosen = open(entries).filter((entry) => TWEET_ACTIONS.has(entry.planAction) && TWEET_KINDS.has(entry.kind));
  const records = chosen.map((entry) => ({
    tweet: {
      id: entry.itemId,
      id_str: entry.itemId,
      full_text: escapeX(entry.text),
      ...(entry.createdAt ? { created_at: xDate(entry.createdAt) } : {}),
      favorite_count: '0',
      retweet_count: '0',
      retweeted: false,
      favorited: false,
      entities: { hashtags: [], symbols: [], user_mentions: [], urls: [] },
    },
  }));
  return { text: ytd('tweets', 0, records), ids: chosen.map((entry) => entry.itemId) };
}

/** The likes to undo, as `like.js` in the X archive's format. */
export function likeJs(entries: readonly PlanEntry[]): { text: string; ids: string[] } {
  const chosen = open(entries).filter((entry) => entry.planAction === 'unlike' && entry.kind === 'like');
  const records = chosen.map((entry) => ({
    like: {
      tweetId: entry.itemId,
      ...(entry.text ? { fullText: escapeX(entry.text) } : {}),
      ...(entry.url ? { expandedUrl: entry.url } : {}),
    },
  }));
  return { text: ytd('like', 0, records), ids: chosen.map((entry) => entry.itemId) };
}

const CSV_HEADER = [
  'ref',
  'platform',
  'kind',
  'item_id',
  'status',
  'action',
  'plan_action',
  'priority',
  'severity',
  'categories',
  'date',
  'url',
  'find_url',
  'steps',
  'note',
] as const;

/** Every entry of the plan as CSV (through the formula-safe writer: export text never runs in a spreadsheet). */
export function planCsv(entries: readonly PlanEntry[]): string {
  return toCsv(
    CSV_HEADER,
    entries.map((entry) => [
      entry.ref,
      entry.platform,
      entry.kind,
      entry.itemId,
      entry.status,
      entry.action,
      entry.planAction,
      entry.priority,
      entry.severity,
      entry.categories.join(' '),
      entry.createdAt?.slice(0, 10) ?? '',
      entry.url,
      entry.findUrl,
      entry.steps.join(' / '),
      entry.note,
    ]),
  );
}
