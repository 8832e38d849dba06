/**
 * Types of the outreach coach. Pure: nothing here (nor in `rules/`, `context.ts`, `score.ts`, `index.ts`) imports
 * Node modules, so the web app runs the same checks in the browser.
 */

export const COACH_PLATFORMS = ['linkedin', 'x', 'facebook', 'instagram', 'email'] as const;
export type CoachPlatform = (typeof COACH_PLATFORMS)[number];

export const MESSAGE_KINDS = ['connection_note', 'first_message', 'follow_up', 'email', 'redirect_reply'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const ACCOUNT_TYPES = ['free', 'premium'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const COACH_SEVERITIES = ['error', 'warning', 'info'] as const;
export type CoachSeverity = (typeof COACH_SEVERITIES)[number];

/** One earlier message between the user and the recipient, oldest first (from the contact tracker). */
export interface HistoryEntry {
  direction: 'sent' | 'received';
  /** ISO 8601. */
  at: string;
  channel?: string;
  /** What the earlier contact was about: `networking` (default) or `application`. */
  purpose?: 'networking' | 'application';
}

/** Spelling, injected so the rules stay pure (the Node loader is `src/coach/speller.ts`). */
export interface Speller {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

/** What the caller may say about a draft. Every field is optional: the coach says what it could not check. */
export interface CoachOptions {
  platform?: CoachPlatform;
  kind?: MessageKind;
  account?: AccountType;
  /** The recipient's name, as it appears on their profile. */
  recipientName?: string;
  /** A pasted bit of their profile, post or job posting. */
  about?: string;
  /** Earlier messages with this person, oldest first. */
  history?: readonly HistoryEntry[];
  /** When the draft would be sent (for follow-up timing). Defaults to now. */
  now?: Date;
  speller?: Speller;
}

/** A finding on the draft; `start`/`end` are UTF-16 offsets into the text as given. Part of `coach --json`. */
export interface CoachFinding {
  ruleId: string;
  severity: CoachSeverity;
  message: string;
  start: number;
  end: number;
  /** A concrete better wording, where there is one. */
  suggestion?: string;
  /** True when `suggestion` is a drop-in replacement for the text at `start`–`end` (an editor may apply it). */
  replaces?: boolean;
  /** Why the replacement helps, or what to do beyond it, when the suggestion is a drop-in rewrite. */
  advice?: string;
}

/** A check the coach could not make, and why. */
export interface Skipped {
  ruleId: string;
  reason: string;
}

export interface ScoredFix {
  ruleId: string;
  message: string;
  /** Points the score would gain if this rule's findings were fixed. */
  gain: number;
}

export interface CoachResult {
  score: number;
  findings: CoachFinding[];
  skipped: Skipped[];
  /** Plain sentences saying how the score came about. */
  explanation: string[];
  /** The fixes worth the most points, best first. */
  topFixes: ScoredFix[];
  /** The kind and platform the checks assumed (given, or inferred from the text). */
  assumed: { kind: MessageKind; platform: CoachPlatform | null; language: 'en' | 'other' | 'empty' | 'binary' };
}

export interface RuleMeta {
  /** The catalogue id. */
  id: string;
  severity: CoachSeverity;
  description: string;
  /** Message kinds the rule applies to; absent = all. */
  kinds?: readonly MessageKind[];
  /** Platforms the rule applies to; absent = all. */
  platforms?: readonly CoachPlatform[];
  /** What the rule cannot run without. */
  requires?: readonly ('platform' | 'recipientName' | 'speller' | 'history')[];
  /** True for rules that do not depend on English wording (they still run on text in other languages). */
  languageNeutral?: boolean;
  docs: RuleDocs;
}

/** A draft with the context it is checked in. */
export interface DocExample {
  text: string;
  options?: CoachOptions;
}

/**
 * What a rule's documentation says, in one place: `coach --explain RULE`, the web app and the generated page
 * `docs/coach/<id>.md` all show this.
 */
export interface RuleDocs {
  /** The generated page. */
  url: string;
  /** Why it matters: the etiquette and the evidence behind the rule. */
  why: string;
  /** A draft the rule flags… */
  before: DocExample;
  /** …and the same draft (or one like it) written well. */
  after: DocExample;
}

/** What a rule reports: a span and a message; the coach adds the rule id and the default severity. */
export interface RuleReport {
  start: number;
  end: number;
  message: string;
  suggestion?: string;
  /** True when `suggestion` replaces the span word for word (not advice); '' deletes it. */
  replaces?: boolean;
  advice?: string;
  /** Overrides the rule's default severity (e.g. info for an already-applied candidate). */
  severity?: CoachSeverity;
}

export interface Span {
  text: string;
  start: number;
  end: number;
}

/** Everything a rule may read: the text, its parts, and the context. Built once per check. */
export interface RuleContext {
  text: string;
  platform: CoachPlatform | null;
  kind: MessageKind;
  account: AccountType | null;
  recipientName: string | null;
  about: string | null;
  history: readonly HistoryEntry[];
  now: Date;
  speller: Speller | null;
  /** The `Subject:` line's value, when the text starts with one. */
  subject: Span | null;
  /** The text after the subject line (or the whole text). */
  body: Span;
  /** Sentences of the body (line breaks also end a sentence). */
  sentences: Span[];
  /** Paragraphs of the body (separated by blank lines). */
  paragraphs: Span[];
  /** Words of the whole text (letters, apostrophes, inner hyphens). */
  words: Span[];
  /** Words of the body only. */
  bodyWords: Span[];
  /** The salutation, e.g. `Hi Dana,`, with the name in it when there is one. */
  greeting: { span: Span; name: Span | null } | null;
  /** First contact: a connection note, first message or e-mail with no earlier exchange in the history. */
  firstContact: boolean;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): RuleReport[];
}
