/**
 * What the app shows for every id the API sends (category, severity, action, platform, kind, audience, decision,
 * relationship, role, follow-up state): people read words, not ids. Tables kept in src/ are reused as they are.
 */
import { RELATIONSHIP_LABEL, type Decision, type Relationship } from '../../src/config/triage.js';
import { TAXONOMY, type Action, type CategoryId, type Severity } from '../../src/core/categories.js';
import type { Audience, ItemKind } from '../../src/core/item.js';
import { ROLE_LABEL, type Role } from '../../src/network/roles.js';
import { platformLabel } from '../../src/report/labels.js';
import type { FOLLOW_UP_STATES } from '../../src/api/people.js';
import type { Channel, Purpose } from '../../src/tracker/vocabulary.js';

export { platformLabel };

export const categoryLabel = (id: string): string => TAXONOMY[id as CategoryId]?.label ?? id;

const SEVERITY_LABEL: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low' };
export const severityLabel = (severity: string): string => SEVERITY_LABEL[severity as Severity] ?? severity;

const ACTION_LABEL: Record<Action, string> = {
  delete: 'delete it',
  'restrict-audience': 'narrow who can see it',
  untag: 'remove the tag',
  review: 'read it again and decide',
  keep: 'keep it',
};
export const actionLabel = (action: string): string => ACTION_LABEL[action as Action] ?? action;

const KIND_LABEL: Record<ItemKind, string> = {
  post: 'post',
  reply: 'reply',
  repost: 'repost',
  quote: 'quote post',
  like: 'like',
  comment: 'comment',
  message: 'private message',
  photo: 'photo',
  profile: 'profile',
  connection: 'connection',
  request: 'request',
};
export const kindLabel = (kind: string): string => KIND_LABEL[kind as ItemKind] ?? kind;

const AUDIENCE_LABEL: Record<Audience, string> = {
  public: 'Public',
  connections: 'Connections',
  friends: 'Friends',
  private: 'Private',
  unknown: 'Audience unknown',
};
export const audienceLabel = (audience: string): string => AUDIENCE_LABEL[audience as Audience] ?? audience;

export const DECISION_LABEL: Record<Decision, string> = {
  redirect: 'Redirect',
  review: 'Review',
  accept: 'Accept',
  ignore: 'Ignore',
};

export const relationshipLabel = (relationship: string): string =>
  RELATIONSHIP_LABEL[relationship as Relationship] ?? relationship;

export const roleLabel = (role: string): string => ROLE_LABEL[role as Role] ?? role;

export const FOLLOW_UP_LABEL: Record<(typeof FOLLOW_UP_STATES)[number], string> = {
  due: 'follow-up due',
  'not-yet': 'wait',
  stop: 'stop chasing',
  'reply-owed': 'you owe a reply',
  none: '—',
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  email: 'E-mail',
  phone: 'Phone',
  'in-person': 'In person',
  other: 'Other',
};
export const channelLabel = (channel: string): string => CHANNEL_LABEL[channel as Channel] ?? channel;

export const PURPOSE_LABEL: Record<Purpose, string> = {
  networking: 'Networking (follow up once, after a week)',
  application: 'Job application (follow up after 3 business days)',
};
