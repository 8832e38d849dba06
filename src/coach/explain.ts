/**
 * A rule's documentation as data, from its `meta.docs`: what `coach --explain RULE` prints, the web app shows and
 * `docs/coach/<id>.md` is generated from. Pure, so the browser can call it too.
 */
import { checkMessage } from './index.js';
import type { CoachFinding, CoachOptions, DocExample, Rule } from './types.js';

export interface ExplainedExample {
  text: string;
  /** The context it is checked in, as CLI flags ("--platform linkedin --kind first_message"). */
  context: string;
  /** This rule's findings on it. */
  findings: CoachFinding[];
}

export interface RuleExplanation {
  id: string;
  severity: Rule['meta']['severity'];
  description: string;
  appliesTo: string;
  needs: readonly string[];
  languageNeutral: boolean;
  why: string;
  before: ExplainedExample;
  after: ExplainedExample;
  url: string;
}

/** The context of an example as the flags that would give it. */
export function describeOptions(options: CoachOptions | undefined): string {
  if (!options) return 'no context';
  const parts: string[] = [];
  if (options.platform) parts.push(`--platform ${options.platform}`);
  if (options.kind) parts.push(`--kind ${options.kind}`);
  if (options.account) parts.push(`--account ${options.account}`);
  if (options.recipientName) parts.push(`--to "${options.recipientName}"`);
  if (options.about) parts.push(`--about (“${options.about}”)`);
  if (options.history?.length)
    parts.push(`history: ${options.history.map((h) => `${h.direction} ${h.at.slice(0, 10)}`).join(', ')}`);
  if (options.now) parts.push(`--as-of ${options.now.toISOString().slice(0, 10)}`);
  return parts.join(' ') || 'no context';
}

function explainExample(rule: Rule, example: DocExample): ExplainedExample {
  return {
    text: example.text,
    context: describeOptions(example.options),
    findings: checkMessage(example.text, example.options).findings.filter((f) => f.ruleId === rule.meta.id),
  };
}

export function explainRule(rule: Rule): RuleExplanation {
  const { meta } = rule;
  return {
    id: meta.id,
    severity: meta.severity,
    description: meta.description,
    appliesTo: `${meta.kinds ? meta.kinds.join(', ') : 'every kind'}${meta.platforms ? ` on ${meta.platforms.join(', ')}` : ''}`,
    needs: meta.requires ?? [],
    languageNeutral: Boolean(meta.languageNeutral),
    why: meta.docs.why,
    before: explainExample(rule, meta.docs.before),
    after: explainExample(rule, meta.docs.after),
    url: meta.docs.url,
  };
}
