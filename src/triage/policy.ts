import type { Platform } from '../core/item.js';
import {
  DEFAULT_RULES,
  DEFAULT_USES,
  RELATIONSHIPS,
  WORK_RELATIONSHIPS,
  triageConfigSchema,
  type Decision,
} from '../config/triage.js';

const NETWORK_ORDER: readonly Platform[] = ['linkedin', 'facebook', 'instagram', 'x'];

/** What `decorum triage init` asks (or takes from flags). */
export interface PolicyAnswers {
  signature?: string;
  profileUrls: Partial<Record<Platform, string>>;
  /** Redirect work contacts who ask on a personal network (default yes); no = review them yourself. */
  redirectWork: boolean;
  /** Leave strangers unanswered on personal networks (default yes); no = review them yourself. */
  ignoreStrangers: boolean;
}

export const DEFAULT_ANSWERS: PolicyAnswers = { profileUrls: {}, redirectWork: true, ignoreStrangers: true };

/**
 * The commented `triage` section `init` writes: every default spelled out so it can be edited, with `"//"` keys
 * as comments (the schema ignores any key starting with `//` and `$comment`).
 */
export function policySection(answers: PolicyAnswers): Record<string, unknown> {
  const networks: Record<string, unknown> = {
    '//': 'use: professional | personal | public | unused. profileUrl: your own profile, where redirect replies point.',
  };
  for (const platform of NETWORK_ORDER) {
    const url = answers.profileUrls[platform];
    networks[platform] = { use: DEFAULT_USES[platform], ...(url ? { profileUrl: url } : {}) };
  }
  const rules: Record<string, unknown> = {
    '//': 'Per relationship class, what to do with a request on each network: accept | redirect | ignore | review. redirect suggests the network where the class is accepted, with a reply draft.',
  };
  for (const relationship of RELATIONSHIPS) {
    const defaults = DEFAULT_RULES[relationship];
    const rule = Object.fromEntries(NETWORK_ORDER.map((p) => [p, defaults[p]])) as Record<Platform, Decision>;
    for (const platform of NETWORK_ORDER) {
      if (!answers.redirectWork && WORK_RELATIONSHIPS.includes(relationship) && rule[platform] === 'redirect')
        rule[platform] = 'review';
      if (!answers.ignoreStrangers && relationship === 'unknown' && rule[platform] === 'ignore')
        rule[platform] = 'review';
    }
    rules[relationship] = rule;
  }
  const section = {
    $comment: 'Request triage policy (decorum triage). Keys starting with "//" are comments. Docs: docs/triage.md',
    networks,
    rules,
    '// signature': 'How your reply drafts are signed.',
    ...(answers.signature ? { signature: answers.signature } : {}),
    '// clientCompanies': 'Companies you work with as a client or vendor: their people count as client-or-vendor.',
    clientCompanies: [],
    '// employers': 'Employers your exports do not show yet (a new job): their people count as coworkers.',
    employers: [],
  };
  triageConfigSchema.parse(section);
  return section;
}

/** Checks one profile link as the config would; returns the message or null when it is fine. */
export function profileUrlProblem(url: string): string | null {
  const result = triageConfigSchema.safeParse({ networks: { linkedin: { profileUrl: url } } });
  return result.success ? null : (result.error.issues[0]?.message ?? 'not a link');
}
