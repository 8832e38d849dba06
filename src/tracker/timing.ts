/**
 * Follow-up timing from the catalogue (outreach-rules.md): wait a week after an unanswered networking message,
 * 3 business days after an application; follow up once for networking (two messages in all), at most three
 * messages for an application; then stop. Pure.
 */
import type { HistoryEntry } from '../coach/types.js';
import { businessDaysBetween, followUpDueDate, unanswered } from '../coach/rules/shared.js';

import type { Purpose } from './vocabulary.js';

export type { Purpose };
export type FollowUpState = 'due' | 'not-yet' | 'stop' | 'reply-owed' | 'none';

export interface FollowUpStatus {
  state: FollowUpState;
  /** Unanswered messages since they last replied. */
  unanswered: number;
  lastSentAt: string | null;
  /** When a follow-up becomes polite (for `due` and `not-yet`). */
  dueAt: string | null;
  reason: string;
}

const DAY_MS = 24 * 3600 * 1000;
/** Messages in a row without an answer after which to stop: networking 2 (one follow-up), application 3. */
export const STOP_AFTER: Readonly<Record<Purpose, number>> = { networking: 2, application: 3 };

export function followUpStatus(history: readonly HistoryEntry[], purpose: Purpose, now: Date): FollowUpStatus {
  if (history.length === 0)
    return { state: 'none', unanswered: 0, lastSentAt: null, dueAt: null, reason: 'no messages logged yet' };
  const pending = unanswered(history);
  const last = history[history.length - 1]!;
  if (pending.length === 0)
    return last.direction === 'received'
      ? {
          state: 'reply-owed',
          unanswered: 0,
          lastSentAt: null,
          dueAt: null,
          reason: `they wrote last (${last.at.slice(0, 10)}): your turn`,
        }
      : { state: 'none', unanswered: 0, lastSentAt: null, dueAt: null, reason: 'nothing pending' };
  const lastSent = pending[pending.length - 1]!;
  const sentAt = new Date(lastSent.at);
  if (pending.length >= STOP_AFTER[purpose])
    return {
      state: 'stop',
      unanswered: pending.length,
      lastSentAt: lastSent.at,
      dueAt: null,
      reason: `${pending.length} messages without an answer: stop chasing; silence is an answer`,
    };
  const due = followUpDueDate(sentAt, purpose === 'application');
  const waited =
    purpose === 'application'
      ? `${businessDaysBetween(sentAt, now)} business day(s)`
      : `${Math.floor((now.getTime() - sentAt.getTime()) / DAY_MS)} day(s)`;
  if (now.getTime() >= due.getTime())
    return {
      state: 'due',
      unanswered: pending.length,
      lastSentAt: lastSent.at,
      dueAt: due.toISOString(),
      reason: `no answer for ${waited}: one polite follow-up with something new`,
    };
  return {
    state: 'not-yet',
    unanswered: pending.length,
    lastSentAt: lastSent.at,
    dueAt: due.toISOString(),
    reason: `sent ${waited} ago: wait until ${due.toISOString().slice(0, 10)}`,
  };
}
