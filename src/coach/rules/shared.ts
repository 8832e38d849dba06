import type { CoachOptions, HistoryEntry, MessageKind, RuleDocs } from '../types.js';

/** Kinds that open a conversation. */
export const FIRST_KINDS: readonly MessageKind[] = ['connection_note', 'first_message', 'email'];
/** Every kind except redirect replies (which decline rather than ask). */
export const OUTREACH_KINDS: readonly MessageKind[] = ['connection_note', 'first_message', 'follow_up', 'email'];

/** A rule's documentation: its generated page, and what `coach --explain`, the web and the page show. */
export const docsFor = (id: string, doc: Omit<RuleDocs, 'url'>): RuleDocs => ({ url: `docs/coach/${id}.md`, ...doc });

/** Contexts the rules' examples are written for. */
export const note: CoachOptions = { platform: 'linkedin', kind: 'connection_note' };
export const dm: CoachOptions = { platform: 'linkedin', kind: 'first_message' };
export const email: CoachOptions = { platform: 'email', kind: 'email' };
export const followUp: CoachOptions = { platform: 'linkedin', kind: 'follow_up' };
export const redirect: CoachOptions = { platform: 'facebook', kind: 'redirect_reply' };

/** A request to the reader: a question to them, a polite imperative, or "I'd love to…". */
export const ASK_RE =
  /\?|\b(?:could|would|can|will|may) (?:you|u|i|we)\b|\bwould love to\b|\bplease\b|\blet me know\b|\blmk\b|\b(?:i'd|i would|i’d) (?:love|like|be glad|be grateful|appreciate|welcome|value)\b|\bwould be (?:glad|happy|grateful)\b|\bhappy to\b|\bmind if\b|\bopen to\b|\bup for\b/i;

export const THANKS_RE = /\b(?:thank(?:s| you)?|thx|ty|appreciate[ds]?|grateful|gratitude|cheers)\b/i;

/** Counts `re` in `text`. */
export function count(re: RegExp, text: string): number {
  return [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))].length;
}

/** The user's messages since the recipient last answered, oldest first. */
export function unanswered(history: readonly HistoryEntry[]): HistoryEntry[] {
  const lastReceived = history.map((h) => h.direction).lastIndexOf('received');
  return history.slice(lastReceived + 1).filter((h) => h.direction === 'sent');
}

/** Business days (Mon–Fri) from `from` to `to`, counting whole days. */
export function businessDaysBetween(from: Date, to: Date): number {
  let days = 0;
  const day = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  const end = Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate());
  while (day.getTime() < end) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * When a polite follow-up is due after an unanswered message: 3 business days after an application, a week after
 * a networking message (outreach-rules.md). Shared by the coach's timing rule and the contact tracker.
 */
export function followUpDueDate(sent: Date, application: boolean): Date {
  if (!application) return new Date(sent.getTime() + 7 * DAY_MS);
  const day = new Date(sent.getTime());
  let added = 0;
  while (added < 3) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) added++;
  }
  return day;
}

export const APPLICATION_RE = /\b(?:applied|application|interview(?:ed|ing)?|candidacy)\b/i;
