/** Shapes the API returns (kept in step with src/core/finding.ts and the server routes). */
export type Severity = 'high' | 'medium' | 'low';
export type Mark = 'deleted' | 'restricted' | 'kept';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  key: string;
  ruleId: string;
  platform: string;
  itemId: string;
  kind: string;
  createdAt: string | null;
  audience: string;
  category: string;
  severity: Severity;
  confidence: number;
  priority: number;
  reason: string;
  evidence: Span[];
  action: string;
  url: string | null;
  text: string;
  file: string;
  mediaPath: string | null;
  details?: Record<string, unknown>;
  mark: Mark | null;
}

export interface Summary {
  lastRun: {
    startedAt: string;
    inputs: string[];
    itemsRead: number;
    problems: { file: string; message: string }[];
  } | null;
  databaseRecreated: boolean;
  findings: number;
  done: number;
  byCategory: Record<string, number>;
  bySeverity: Record<string, number>;
  byPlatform: Record<string, number>;
  byAudience: Record<string, number>;
  byMonth: Record<string, number>;
  running: string | null;
}

export type Decision = 'accept' | 'redirect' | 'ignore' | 'review';

export interface TriageRequest {
  key: string;
  platform: string;
  name: string;
  receivedAt: string | null;
  relationship: string;
  evidence: string[];
  decision: Decision;
  reason: string;
  reply: string | null;
  done: boolean;
}

export interface TriageView {
  policy: unknown;
  configPath: string;
  configExists: boolean;
  databaseRecreated: boolean;
  requests: TriageRequest[];
}

export interface FollowUpStatus {
  state: 'due' | 'not-yet' | 'stop' | 'reply-owed' | 'none';
  unanswered: number;
  lastSentAt: string | null;
  dueAt: string | null;
  reason: string;
}

export interface Contact {
  id: number;
  name: string;
  platform: string | null;
  company: string | null;
  position: string | null;
  purpose: string;
  messages: number;
  lastAt: string | null;
  followUp: FollowUpStatus;
}

export interface FollowUps {
  due: Contact[];
  notYet: Contact[];
  stop: Contact[];
  replyOwed: Contact[];
}

export interface NetworkPerson {
  name: string;
  platforms: string[];
  position: string | null;
  role: string;
  tie: string;
  evidence: string[];
  suggestion: { channel: string; kind: 'first_message' | 'connection_note'; mention: string[]; draft: string };
}

export interface NetworkCompany {
  name: string;
  variants: string[];
  people: NetworkPerson[];
  target: boolean;
  current: boolean;
}

export interface NetworkView {
  companies: NetworkCompany[];
  notes: string[];
  empty: boolean;
}
