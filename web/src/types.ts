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
