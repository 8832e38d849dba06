/**
 * The outreach coach's public API: `checkMessage(text, options)`. Pure and synchronous, no Node imports, so the
 * CLI, the web app (in the browser), triage and the network map all call the same function.
 */
import { buildContext } from './context.js';
import { RULES } from './rules/index.js';
import { explainScore } from './score.js';
import type { CoachFinding, CoachOptions, CoachResult, Rule, RuleContext, RuleReport, Skipped } from './types.js';

export * from './types.js';
export { RULES, RULES_BY_ID } from './rules/index.js';
export { scoreOf, explainScore } from './score.js';
export { characterLimit } from './rules/platform-limit-exceeded.js';
export { applyFixes, type FixResult } from './fix.js';

/** Longer text is checked up to here (a 1 MB paste is not a message); every channel's limit is far below. */
export const MAX_CHECKED_CHARS = 20_000;
/** Findings kept per rule: past this the reader learns nothing new (the rest are counted in `skipped`). */
export const MAX_FINDINGS_PER_RULE = 25;

/** Why a rule cannot run on this context, or null when it can. */
function skipReason(rule: Rule, context: RuleContext, english: boolean): string | null {
  for (const need of rule.meta.requires ?? []) {
    if (need === 'platform' && !context.platform) return 'no platform given (--platform)';
    if (need === 'recipientName' && !context.recipientName)
      return "no recipient name given (--to): can't compare the greeting";
    if (need === 'speller' && !context.speller) return 'no spelling dictionary loaded';
    if (need === 'history' && context.history.length === 0) return 'no contact history for this person';
  }
  if (!english && !rule.meta.languageNeutral) return 'the text is not English; the wording checks are for English';
  return null;
}

function applies(rule: Rule, context: RuleContext): boolean {
  if (rule.meta.kinds && !rule.meta.kinds.includes(context.kind)) return false;
  if (rule.meta.platforms && context.platform && !rule.meta.platforms.includes(context.platform)) return false;
  return true;
}

/** True when the input is not text: NUL bytes, or many control or replacement characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  if (sample.includes('\u0000')) return true;
  const odd = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && odd / sample.length > 0.05;
}

/**
 * Checks a draft message. Every option is optional: without a platform, recipient or history the coach still
 * runs what it can and lists the rest in `skipped`.
 */
export function checkMessage(text: string, options: CoachOptions = {}): CoachResult {
  const input = typeof text === 'string' ? text : '';
  const skipped: Skipped[] = [];
  if (looksBinary(input)) {
    const { context } = buildContext('', options);
    return {
      score: 0,
      findings: [],
      skipped: [{ ruleId: '*', reason: 'the input is binary, not text' }],
      explanation: ['Nothing to check: the input is binary, not text.'],
      topFixes: [],
      assumed: { kind: context.kind, platform: context.platform, language: 'binary' },
    };
  }
  const checked = input.length > MAX_CHECKED_CHARS ? input.slice(0, MAX_CHECKED_CHARS) : input;
  if (checked !== input)
    skipped.push({
      ruleId: '*',
      reason: `the text is ${input.length} characters: only the first ${MAX_CHECKED_CHARS} were checked`,
    });
  const { context, language } = buildContext(checked, options);
  if (language === 'empty') {
    return {
      score: 0,
      findings: [],
      skipped: [{ ruleId: '*', reason: 'the message is empty' }],
      explanation: ['Nothing to check: the message is empty.'],
      topFixes: [],
      assumed: { kind: context.kind, platform: context.platform, language },
    };
  }
  const findings: CoachFinding[] = [];
  for (const rule of RULES) {
    if (!applies(rule, context)) continue;
    const reason = skipReason(rule, context, language === 'en');
    if (reason) {
      skipped.push({ ruleId: rule.meta.id, reason });
      continue;
    }
    let reports: RuleReport[];
    try {
      reports = rule.check(context);
    } catch (error) {
      skipped.push({
        ruleId: rule.meta.id,
        reason: `the check failed: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    if (reports.length > MAX_FINDINGS_PER_RULE) {
      skipped.push({
        ruleId: rule.meta.id,
        reason: `${reports.length} findings: only the first ${MAX_FINDINGS_PER_RULE} are listed`,
      });
      reports = reports.slice(0, MAX_FINDINGS_PER_RULE);
    }
    for (const report of reports) {
      const finding: CoachFinding = {
        ruleId: rule.meta.id,
        severity: report.severity ?? rule.meta.severity,
        message: report.message,
        start: report.start,
        end: report.end,
      };
      if (report.suggestion !== undefined) finding.suggestion = report.suggestion;
      if (report.replaces && report.suggestion !== undefined) finding.replaces = true;
      if (report.advice !== undefined) finding.advice = report.advice;
      findings.push(finding);
    }
  }
  if (language === 'en' && !context.speller && applies(RULES_TYPOS, context))
    skipped.push({
      ruleId: 'typos-sloppy',
      reason: 'no spelling dictionary loaded: only repeated words and capitals were checked',
    });
  if (context.kind === 'follow_up' && context.history.length === 0)
    for (const ruleId of ['followup-too-soon', 'followup-too-many'])
      skipped.push({ ruleId, reason: 'no contact history (--to a tracked contact): judged from the wording only' });
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const { score, explanation, topFixes } = explainScore(findings);
  return {
    score,
    findings,
    skipped,
    explanation,
    topFixes,
    assumed: { kind: context.kind, platform: context.platform, language },
  };
}

const RULES_TYPOS = RULES.find((r) => r.meta.id === 'typos-sloppy')!;
