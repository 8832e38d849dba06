/**
 * How warm a tie is, and why: a former colleague (same employer as one of the user's positions, connected while
 * the user worked there) is the warmest; then a recent conversation, an older one, a recent connection, and last
 * a connection made long ago that never turned into a message.
 */
import type { Position } from '../core/item.js';
import type { CompanyResolver } from '../people/companies.js';
import { PLATFORM_NAMES } from '../core/item.js';
import type { NetworkPerson } from './people.js';

export const TIES = [
  'former colleague',
  'current colleague',
  'recent conversation',
  'past conversation',
  'same employer, other years',
  'connected recently',
  'invited you',
  'connected',
  'connected long ago, no messages',
  'you invited them',
  'not on LinkedIn',
] as const;
export type Tie = (typeof TIES)[number];

/** 0–100: how warm a first message would land. Orders people and ranks companies. */
export const TIE_WARMTH: Readonly<Record<Tie, number>> = {
  'former colleague': 100,
  'current colleague': 80,
  'recent conversation': 70,
  'past conversation': 45,
  'same employer, other years': 40,
  'connected recently': 30,
  'invited you': 25,
  connected: 22,
  'connected long ago, no messages': 12,
  'you invited them': 10,
  'not on LinkedIn': 8,
};

const DAY = 24 * 3600 * 1000;
/** A conversation or connection within this many days counts as recent. */
export const RECENT_DAYS = 365;
/** A connection older than this with no messages is "long ago". */
export const LONG_AGO_DAYS = 3 * 365;
/** People often connect right after leaving a job: connections this long after the end still count. */
const GRACE_DAYS = 183;

export interface TieVerdict {
  tie: Tie;
  /** `TIE_WARMTH` of the tie, plus a little for a deep or very recent conversation. */
  warmth: number;
  /** Why, in plain words, strongest first. */
  evidence: string[];
  /** The user's position shared with this person, for the draft ("our Fabrikam days"). */
  sharedPosition?: Position;
}

/** `YYYY-MM` or `YYYY-MM-DD` → start of that period (ms), or undefined. */
function startOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const [year, month = '01', day = '01'] = date.split('-');
  const ms = Date.parse(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}T00:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

/** `YYYY-MM` → end of that month; `YYYY-MM-DD` → end of that day. */
function endOf(date: string | undefined): number | undefined {
  const start = startOf(date);
  if (start === undefined || !date) return undefined;
  const parts = date.split('-');
  if (parts.length >= 3) return start + DAY - 1;
  if (parts.length === 2) {
    const next = new Date(start);
    next.setUTCMonth(next.getUTCMonth() + 1);
    return next.getTime() - 1;
  }
  return Date.parse(`${parts[0]}-12-31T23:59:59Z`);
}

/** "a LinkedIn invitation", "an Instagram invitation". */
function invitation(platform: string): string {
  return `${/^[AEIOU]/.test(platform) ? 'an' : 'a'} ${platform} invitation`;
}

function quote(text: string): string {
  const note = text.replace(/\s+/g, ' ').trim();
  if (!note) return '';
  return `: "${note.length > 120 ? `${note.slice(0, 119)}…` : note}"`;
}

export function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : 'an unknown date';
}

function span(position: Position): string {
  return `${position.startedOn ?? '?'} – ${position.finishedOn ?? 'now'}`;
}

/** The user's own positions at the person's employer, with whether the connection falls in one of them. */
function colleagueVerdict(
  person: NetworkPerson,
  positions: readonly Position[],
  resolver: CompanyResolver,
  now: Date,
): { tie: Tie; line: string; position: Position } | undefined {
  if (!person.company) return undefined;
  const there = positions.filter((position) => resolver.same(position.company, person.company!));
  if (there.length === 0) return undefined;
  const linkedin = person.connections.find((connection) => connection.platform === 'linkedin' && connection.at);
  const connected = linkedin?.at ? Date.parse(linkedin.at) : undefined;
  for (const position of there) {
    const start = startOf(position.startedOn);
    const end = position.finishedOn ? endOf(position.finishedOn) : now.getTime();
    if (connected === undefined || start === undefined || end === undefined) continue;
    if (connected >= start && connected <= end + GRACE_DAYS * DAY) {
      const current = !position.finishedOn;
      return {
        tie: current ? 'current colleague' : 'former colleague',
        line: `${current ? 'works with you' : 'worked with you'} at ${position.company} (you: ${span(position)}${position.title ? `, ${position.title}` : ''}); connected ${day(linkedin!.at)}, while you were there`,
        position,
      };
    }
  }
  const position = there[0]!;
  return {
    tie: 'same employer, other years',
    line:
      connected === undefined
        ? `works at ${position.company}, where you ${position.finishedOn ? 'worked' : 'work'} (${span(position)}); no connection date to tell whether you overlapped`
        : `works at ${position.company}, where you ${position.finishedOn ? 'worked' : 'work'} (${span(position)}); connected ${day(linkedin!.at)}, outside that time`,
    position,
  };
}

/** The tie between the user and one person, with the evidence for it. */
export function tieOf(
  person: NetworkPerson,
  positions: readonly Position[],
  resolver: CompanyResolver,
  now: Date,
): TieVerdict {
  const candidates: { tie: Tie; line: string }[] = [];
  const colleague = colleagueVerdict(person, positions, resolver, now);
  if (colleague) candidates.push(colleague);

  const { messages } = person;
  const age = (iso: string | null): number => (iso ? (now.getTime() - Date.parse(iso)) / DAY : Infinity);
  if (messages.count > 0) {
    const where = messages.platforms.map((platform) => PLATFORM_NAMES[platform]).join(', ');
    const line = `${messages.count} message${messages.count === 1 ? '' : 's'} on ${where} (${messages.incoming} from them, ${messages.outgoing} from you), last ${day(messages.last)}`;
    candidates.push({ tie: age(messages.last) <= RECENT_DAYS ? 'recent conversation' : 'past conversation', line });
  }
  const linkedin = person.connections.filter((connection) => connection.platform === 'linkedin');
  if (linkedin.length > 0) {
    const at = linkedin.find((connection) => connection.at)?.at ?? null;
    const days = age(at);
    const tie: Tie =
      days <= RECENT_DAYS
        ? 'connected recently'
        : days > LONG_AGO_DAYS && messages.count === 0 && at
          ? 'connected long ago, no messages'
          : 'connected';
    candidates.push({ tie, line: at ? `LinkedIn connection since ${day(at)}` : 'LinkedIn connection (no date)' });
  }
  for (const request of person.requests) {
    if (linkedin.length > 0 && request.platform === 'linkedin') continue;
    const platform = PLATFORM_NAMES[request.platform];
    const state =
      request.state && request.state !== 'received' && request.state !== 'sent' ? ` (${request.state})` : '';
    if (request.direction === 'incoming')
      candidates.push({
        tie: request.platform === 'linkedin' ? 'invited you' : 'not on LinkedIn',
        line: `sent you ${invitation(platform)} on ${day(request.at)}${state}${quote(request.text)}`,
      });
    else
      candidates.push({
        tie: request.platform === 'linkedin' ? 'you invited them' : 'not on LinkedIn',
        line: `you sent them ${invitation(platform)} on ${day(request.at)}${state}`,
      });
  }
  const elsewhere = person.connections.filter((connection) => connection.platform !== 'linkedin');
  for (const connection of elsewhere) {
    const what =
      connection.platform === 'instagram'
        ? connection.direction === 'incoming'
          ? 'follows you on Instagram'
          : 'you follow them on Instagram'
        : `${PLATFORM_NAMES[connection.platform]} friend${connection.at ? ` since ${day(connection.at)}` : ''}`;
    candidates.push({ tie: 'not on LinkedIn', line: what });
  }
  if (messages.count === 0 && (linkedin.length > 0 || colleague))
    candidates.push({ tie: 'not on LinkedIn', line: 'no messages with them in the exports' });

  const ranked = [...candidates].sort((a, b) => TIE_WARMTH[b.tie] - TIE_WARMTH[a.tie]);
  const best = ranked[0]?.tie ?? 'not on LinkedIn';
  // A LinkedIn connection is "on LinkedIn" even when the only other facts are from elsewhere.
  const tie: Tie = best === 'not on LinkedIn' && linkedin.length > 0 ? 'connected' : best;
  const depth = Math.min(10, messages.count);
  const fresh = age(messages.last) <= 90 ? 5 : 0;
  return {
    tie,
    warmth: TIE_WARMTH[tie] + depth + fresh,
    evidence: ranked.map((candidate) => candidate.line),
    ...(colleague ? { sharedPosition: colleague.position } : {}),
  };
}
