/**
 * `npm run eval:coach [FILE…]`: runs the coach on labelled outreach messages and writes the `eval:coach` section
 * of EVALUATION.md. Default: our hand-written dev set (eval-data/coach/dev.jsonl) and, as a second report, the
 * shared set (../shared/eval/outreach-dev.jsonl). For each set:
 * - AUC: how well the score separates good messages from bad ones (the chance a random good one outscores a bad one);
 * - recall: the share of the expected (message, rule) pairs the coach reports at any severity;
 * - precision: the share of the error- and warning-level (message, rule) pairs it reports that were expected
 *   (info-level notes are advice, not labelled);
 * - error-level findings on good messages (the target is at most one).
 * `--verbose` prints every message with its findings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  checkMessage,
  COACH_PLATFORMS,
  MESSAGE_KINDS,
  type CoachOptions,
  type CoachResult,
} from '../../src/coach/index.js';
import { loadSpeller } from '../../src/coach/speller.js';
import { writeMarkdownSection } from '../lib/markdown-section.js';

const exampleSchema = z.object({
  id: z.string(),
  platform: z.enum(COACH_PLATFORMS),
  kind: z.enum(MESSAGE_KINDS),
  text: z.string(),
  label: z.enum(['good', 'needs-work', 'bad']),
  problems: z.array(z.string()),
  history: z
    .array(
      z.object({
        direction: z.enum(['sent', 'received']),
        at: z.string(),
        purpose: z.enum(['networking', 'application']).optional(),
      }),
    )
    .optional(),
  now: z.string().optional(),
  recipientName: z.string().optional(),
});
type Example = z.infer<typeof exampleSchema>;

interface Scored {
  example: Example;
  result: CoachResult;
}

/** Mann-Whitney AUC: P(score(good) > score(bad)), ties count half. */
export function auc(good: readonly number[], bad: readonly number[]): number {
  let wins = 0;
  for (const g of good) for (const b of bad) wins += g > b ? 1 : g === b ? 0.5 : 0;
  return good.length && bad.length ? wins / (good.length * bad.length) : Number.NaN;
}

function load(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = exampleSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

function optionsOf(example: Example, speller: CoachOptions['speller']): CoachOptions {
  const options: CoachOptions = { platform: example.platform, kind: example.kind, speller };
  if (example.history) options.history = example.history;
  if (example.now) options.now = new Date(example.now);
  if (example.recipientName) options.recipientName = example.recipientName;
  return options;
}

interface RuleCounts {
  expected: number;
  found: number;
  reported: number;
  correct: number;
}

function measure(scored: readonly Scored[]) {
  const good = scored.filter((r) => r.example.label === 'good');
  const bad = scored.filter((r) => r.example.label === 'bad');
  const byRule = new Map<string, RuleCounts>();
  const counts = (id: string) => {
    let c = byRule.get(id);
    if (!c) byRule.set(id, (c = { expected: 0, found: 0, reported: 0, correct: 0 }));
    return c;
  };
  for (const { example, result } of scored) {
    const any = new Set(result.findings.map((f) => f.ruleId));
    const serious = new Set(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId));
    for (const id of new Set(example.problems)) {
      counts(id).expected++;
      if (any.has(id)) counts(id).found++;
    }
    for (const id of serious) {
      counts(id).reported++;
      if (example.problems.includes(id)) counts(id).correct++;
    }
  }
  const sum = (key: keyof RuleCounts) => [...byRule.values()].reduce((s, c) => s + c[key], 0);
  const goodErrors = good.flatMap((r) =>
    r.result.findings.filter((f) => f.severity === 'error').map((f) => `${r.example.id}: ${f.ruleId}`),
  );
  const silentBad = bad.filter((r) => !r.result.findings.some((f) => f.severity !== 'info')).map((r) => r.example.id);
  const mean = (xs: readonly Scored[]) =>
    xs.length ? xs.reduce((s, r) => s + r.result.score, 0) / xs.length : Number.NaN;
  return {
    n: scored.length,
    good: good.length,
    needsWork: scored.length - good.length - bad.length,
    bad: bad.length,
    auc: auc(
      good.map((r) => r.result.score),
      bad.map((r) => r.result.score),
    ),
    recall: { found: sum('found'), expected: sum('expected') },
    precision: { correct: sum('correct'), reported: sum('reported') },
    goodErrors,
    silentBad,
    meanGood: mean(good),
    meanBad: mean(bad),
    byRule,
  };
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
const check = (ok: boolean) => (ok ? '✅' : '❌');

function report(file: string, m: ReturnType<typeof measure>, withTargets: boolean): string {
  const recall = m.recall.expected ? m.recall.found / m.recall.expected : Number.NaN;
  const rows = [...m.byRule.entries()]
    .filter(([, c]) => c.expected > 0 || c.reported > c.correct)
    .sort((a, b) => b[1].expected - a[1].expected || a[0].localeCompare(b[0]))
    .map(
      ([id, c]) =>
        `| \`${id}\` | ${c.expected} | ${c.found} | ${ratio(c.found, c.expected)} | ${c.reported} | ${ratio(c.correct, c.reported)} |`,
    );
  const label = file.replace(/^(?:\.\.\/)+shared\//, '../shared/');
  return `### \`${label}\`: ${m.n} messages (${m.good} good, ${m.needsWork} needs work, ${m.bad} bad)

| measure | value | target |
|---|---|---|
| AUC (score separates good from bad) | ${m.auc.toFixed(3)} | ${withTargets ? `≥ 0.98 ${check(m.auc >= 0.98)}` : ''} |
| rule recall (expected rule ids found, any severity) | ${recall.toFixed(3)} (${m.recall.found}/${m.recall.expected}) | ${withTargets ? `≥ 0.85 ${check(recall >= 0.85)}` : ''} |
| rule precision (error/warning findings that were expected) | ${ratio(m.precision.correct, m.precision.reported)} (${m.precision.correct}/${m.precision.reported}) | |
| error-level findings on all good messages | ${m.goodErrors.length} | ${withTargets ? `≤ 1 ${check(m.goodErrors.length <= 1)}` : ''} |
| bad messages with no error or warning | ${m.silentBad.length} | |
| mean score, good / bad | ${m.meanGood.toFixed(1)} / ${m.meanBad.toFixed(1)} | |
${m.goodErrors.length ? `\nErrors on good messages: ${m.goodErrors.join('; ')}.\n` : ''}${m.silentBad.length ? `\nBad messages with no error or warning: ${m.silentBad.join(', ')}.\n` : ''}
<details><summary>Per rule</summary>

| rule | expected | found | recall | reported (error/warning) | precision |
|---|---|---|---|---|---|
${rows.join('\n')}

</details>`;
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const named = args.filter((a) => !a.startsWith('--'));
/** The shared set sits beside the checkout (../shared), or two levels up from a worktree (/work/wt/NAME). */
const shared = ['../shared/eval/outreach-dev.jsonl', '../../shared/eval/outreach-dev.jsonl'].find((f) => existsSync(f));
const files = named.length
  ? named
  : ['eval-data/coach/dev.jsonl', 'eval-data/coach/holdout.jsonl', ...(shared ? [shared] : [])];

const speller = await loadSpeller();
const sections: string[] = [];
for (const [index, file] of files.entries()) {
  const scored: Scored[] = load(file).map((example) => ({
    example,
    result: checkMessage(example.text, optionsOf(example, speller)),
  }));
  if (verbose)
    for (const { example, result } of scored) {
      console.log(`\n${example.id} [${example.label}] score ${result.score} expected: ${example.problems.join(', ')}`);
      for (const f of result.findings)
        console.log(
          `  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(26)} ${JSON.stringify(example.text.slice(f.start, f.end)).slice(0, 60)}`,
        );
    }
  sections.push(report(file, measure(scored), index === 0));
}

const markdown = `## Outreach coach (\`npm run eval:coach\`)

Each message is checked with its platform and kind (and, where the set gives them, the contact history and the date
it would be sent), with the English dictionary loaded. AUC compares good with bad messages (needs-work ones are left
out); recall counts a labelled rule found at any severity; precision counts error and warning findings only.

The first set, \`eval-data/coach/dev.jsonl\`, was written by hand for this work before the pressure-and-tone rules
were tuned: cold notes, follow-ups, thank-yous and referral asks on LinkedIn, e-mail, X, Facebook and Instagram, in
the voice of anxious job seekers, labelled with the rules a careful reader would name. The rules were then tuned on
it, so its numbers measure fit; the rules were written as general wordings, not one pattern per message. Before
this work the same set scored AUC 0.896, rule recall 0.598 (134/224), 2 errors on good messages and 6 bad messages
with no warning at all.

The second set, \`eval-data/coach/holdout.jsonl\` (45 messages), was written after that tuning, in other words and
situations, and scored before any rule changed for it: **AUC 0.965, rule recall 0.804 (41/51), precision 0.656,
1 error on a good message** — the honest figure for messages the rules had not seen. Its misses were then fixed as
families of wording (hardship beyond rent, "a place for someone with my skills", "taking on juniors", "your carousel
on…" as a personal detail), so the figures below for it are fit too. The third set is the shared one, scored as it
comes.

${sections.join('\n\n')}`;

writeMarkdownSection(
  'EVALUATION.md',
  'eval:coach',
  markdown,
  '# Evaluation\n\nEvery figure here is reproduced by the command in its heading.',
);
console.log(markdown);
