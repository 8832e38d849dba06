/**
 * A first step per person: the channel (always the professional network for a work ask), what to mention, and a
 * short draft with one clearly marked sentence left for the user's own reason — "[Your specific reason]" — so
 * nothing generic goes out: the coach flags the bracket until it is filled (its unfilled-placeholder rule).
 * The bracket has no colon or hint inside: the coach's placeholder pattern is `[your …]` with at most three words
 * after "your"; the hint ("what about Fabrikam made you write") goes in `mention`.
 */
import type { Position } from '../core/item.js';
import { companyDisplayName } from '../people/companies.js';
import type { NetworkPerson } from './people.js';
import type { Role } from './roles.js';
import type { Tie, TieVerdict } from './ties.js';

/** The marked sentence every draft carries until the user writes their own reason. */
export const REASON_PLACEHOLDER = '[Your specific reason]';

export interface Suggestion {
  /** Where to write, in words ("LinkedIn message"). */
  channel: string;
  /** The coach's message kind for this draft (`decorum coach --kind`). */
  kind: 'first_message' | 'connection_note';
  /** What to bring up: the shared employer, the conversation, their role. */
  mention: string[];
  /** A short draft with one `[Your specific reason]` sentence to fill. */
  draft: string;
}

export interface SuggestInput {
  person: NetworkPerson;
  /** The employer's display name. */
  company: string;
  role: Role;
  tie: TieVerdict;
  /** The user's lines of work (`userFields`), for the recruiter question. */
  fields: readonly string[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function monthYear(iso: string | null): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The name to greet with: the first word of a Latin-script name, the whole name otherwise ("李伟"). */
export function greetingName(name: string): string {
  const words = name.trim().split(/\s+/);
  const first = words[0] ?? name;
  return words.length > 1 && /\p{Script=Latin}/u.test(first) ? first : name.trim();
}

function positionName(position: Position): string {
  return companyDisplayName(position.company);
}

const FIELD_ROLES: Readonly<Record<string, string>> = {
  engineering: 'engineering',
  design: 'design',
  product: 'product',
  marketing: 'marketing',
  sales: 'sales',
  finance: 'finance',
  people: 'people',
  operations: 'operations',
  legal: 'legal',
  support: 'support',
};

function opener(tie: Tie, verdict: TieVerdict, person: NetworkPerson, company: string, role: Role): string {
  const connectedAt = person.connections.find((connection) => connection.platform === 'linkedin')?.at ?? null;
  switch (tie) {
    case 'former colleague':
      return `It has been a while since we worked together at ${verdict.sharedPosition ? positionName(verdict.sharedPosition) : company}.`;
    case 'current colleague':
      return 'I hope things are going well on your team.';
    case 'same employer, other years':
      return `We worked at ${company} too, if not at the same time.`;
    case 'recent conversation':
      return `Thanks again for our conversation; it was good that we talked in ${monthYear(person.messages.last) ?? 'the past months'}.`;
    case 'past conversation':
      return `We talked here last in ${monthYear(person.messages.last) ?? 'a while ago'}.`;
    case 'connected recently':
      return `Thanks for connecting here${connectedAt ? ` in ${monthYear(connectedAt)}` : ''}.`;
    case 'invited you':
      return 'Thank you for your invitation to connect.';
    case 'connected':
    case 'connected long ago, no messages':
      if (role === 'recruiter') return `I see you recruit for ${company}.`;
      return connectedAt
        ? `We connected here in ${new Date(connectedAt).getUTCFullYear()} but have not talked yet.`
        : 'We are connected here but have not talked yet.';
    default:
      return role === 'recruiter' ? `I see you recruit for ${company}.` : `I see you work at ${company}.`;
  }
}

function ask(role: Role, company: string, fields: readonly string[], short: boolean): string {
  const field = fields.map((f) => FIELD_ROLES[f]).find(Boolean);
  if (role === 'recruiter')
    return short
      ? `Could I ask you two quick questions about ${company}?`
      : `Could I ask you two quick questions about how ${company} hires for ${field ? `${field} roles` : 'roles like mine'}?`;
  if (short) return `Could I ask you two quick questions about ${company}?`;
  if (role === 'hiring-manager')
    return `Would you have 15 minutes in the next two weeks to tell me how your team at ${company} works?`;
  return `Would you have 15 minutes in the next two weeks to tell me what working at ${company} is like?`;
}

/** The suggested first step towards one person. */
export function suggestFirstStep(input: SuggestInput): Suggestion {
  const { person, company, role, tie, fields } = input;
  const onLinkedIn = person.connections.some((connection) => connection.platform === 'linkedin');
  const invitedUser = person.requests.some(
    (request) => request.platform === 'linkedin' && request.direction === 'incoming' && request.state !== 'rejected',
  );
  const personal = person.platforms.some((platform) => platform === 'facebook' || platform === 'instagram');
  const kind: Suggestion['kind'] = onLinkedIn || invitedUser ? 'first_message' : 'connection_note';
  let channel = onLinkedIn
    ? 'LinkedIn message'
    : invitedUser
      ? 'LinkedIn: accept their invitation, then send a message'
      : 'LinkedIn invitation with a note (200 characters on a free account)';
  if (personal) channel += ' — not Facebook or Instagram: keep the work ask on the professional network';

  const mention: string[] = [];
  if (tie.sharedPosition) {
    const shared = tie.sharedPosition;
    mention.push(
      tie.tie === 'same employer, other years'
        ? `that you both know ${positionName(shared)} from the inside`
        : `your time together at ${positionName(shared)} (${shared.startedOn ?? '?'} – ${shared.finishedOn ?? 'now'})`,
    );
  }
  if (person.messages.count > 0)
    mention.push(`your last conversation (${monthYear(person.messages.last) ?? 'undated'}): pick up where it left off`);
  const invitation = person.requests.find((request) => request.direction === 'incoming' && request.text.trim());
  if (invitation) {
    const note = invitation.text.replace(/\s+/g, ' ').trim();
    mention.push(`their invitation note: "${note.length > 120 ? `${note.slice(0, 119)}…` : note}"`);
  }
  if (person.position) mention.push(`their work as ${person.position} at ${company}`);
  const short = kind === 'connection_note';
  mention.push(
    `in ${REASON_PLACEHOLDER}: what about ${company} or their work made you write — one concrete thing (a post, a project, a talk)${short ? ', in one short sentence: a free invitation note holds 200 characters' : ''}`,
  );
  const placeholder = REASON_PLACEHOLDER;
  const draft = [
    `Hi ${greetingName(person.name)},`,
    `${opener(tie.tie, tie, person, company, role)} ${placeholder} ${ask(role, company, fields, short)} Thank you either way.`,
  ].join(short ? ' ' : '\n\n');
  return { channel, kind, mention, draft };
}

/** Replaces the marked sentence with the user's own words (what the web app and tests do before coaching). */
export function fillReason(draft: string, reason: string): string {
  const start = draft.indexOf(REASON_PLACEHOLDER);
  if (start < 0) return draft;
  return `${draft.slice(0, start)}${reason.trim()}${draft.slice(start + REASON_PLACEHOLDER.length)}`;
}
