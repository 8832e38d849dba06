/**
 * `npm run eval:coach [FILE]`: runs the coach on the labelled outreach messages (default
 * ../shared/eval/outreach-dev.jsonl) and writes the `eval:coach` section of EVALUATION.md:
 * - AUC: how well the score separates good messages from bad ones (the chance a random good one outscores a bad one);
 * - recall of each bad message's expected rule ids;
 * - error-level findings on good messages (the target is none).
 * `--verbose` prints every message with its findings.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { checkMessage, COACH_PLATFORMS, MESSAGE_KINDS, type CoachResult } from '../../src/coach/index.js';
import { loadSpeller } from '../../src/coach/speller.js';
import { writeMarkdownSection } from '../lib/markdown-section.js';

const exampleSchema = z.object({
  id: z.string(),
  platform: z.enum(COACH_PLATFORMS),
  kind: z.enum(MESSAGE_KINDS),
  text: z.string(),
  label: z.enum(['good', 'bad']),
  problems: z.array(z.string()),
});
type Example = z.infer<typeof exampleSchema>;

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const file = args.find((a) => !a.startsWith('--')) ?? '../shared/eval/outreach-dev.jsonl';
const examples: Example[] = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => exampleSchema.parse(JSON.parse(line)));

const speller = await loadSpeller();
const results = examples.map((example) => ({
  example,
  result: checkMessage(example.text, { platform: example.platform, kind: example.kind, speller }) as CoachResult,
}));

/** Mann-Whitney AUC: P(score(good) > score(bad)), ties count half. */
export function auc(good: readonly number[], bad: readonly number[]): number {
  let wins = 0;
  for (const g of good) for (const b of bad) wins += g > b ? 1 : g === b ? 0.5 : 0;
  return good.length && bad.length ? wins / (good.length * bad.length) : Number.NaN;
}

const good = results.filter((r) => r.example.label === 'good');
const bad = results.filter((r) => r.example.label === 'bad');
const areaUnderCurve = auc(
  good.map((r) => r.result.score),
  bad.map((r) => r.result.score),
);
let expected = 0;
let found = 0;
const missedByRule = new Map<string, number>();
const expectedByRule = new Map<string, number>();
for (const { example, result } of results) {
  const ids = new Set(result.findings.map((f) => f.ruleId));
  for (const id of example.problems) {
    expected++;
    expectedByRule.set(id, (expectedByRule.get(id) ?? 0) + 1);
    if (ids.has(id)) found++;
    else missedByRule.set(id, (missedByRule.get(id) ?? 0) + 1);
  }
}
const recall = expected ? found / expected : Number.NaN;
const goodErrors = good.flatMap((r) =>
  r.result.findings.filter((f) => f.severity === 'error').map((f) => `${r.example.id}: ${f.ruleId}`),
);

if (verbose)
  for (const { example, result } of results) {
    console.log(`\n${example.id} [${example.label}] score ${result.score} expected: ${example.problems.join(', ')}`);
    for (const f of result.findings)
      console.log(
        `  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(26)} ${JSON.stringify(example.text.slice(f.start, f.end)).slice(0, 60)}`,
      );
  }

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const missed = [...missedByRule.entries()].sort((a, b) => b[1] - a[1]);
const markdown = `## Outreach coach (\`npm run eval:coach\`)

Dev set: ${examples.length} labelled messages (${good.length} good, ${bad.length} bad) from \`${file}\`, checked with
their platform and kind, the English dictionary loaded, no recipient name or history (the set has none).

| measure | value | target |
|---|---|---|
| AUC (score separates good from bad) | ${areaUnderCurve.toFixed(3)} | ≥ 0.95 |
| recall of expected rule ids | ${recall.toFixed(3)} (${found}/${expected}) | ≥ 0.8 |
| error-level findings on good messages | ${goodErrors.length} | 0 |
| mean score, good / bad | ${mean(good.map((r) => r.result.score)).toFixed(1)} / ${mean(bad.map((r) => r.result.score)).toFixed(1)} | |

${missed.length ? `Expected rule ids missed: ${missed.map(([id, n]) => `\`${id}\` ${n}/${expectedByRule.get(id)}`).join(', ')}.` : 'No expected rule id was missed.'}
${goodErrors.length ? `\nErrors on good messages: ${goodErrors.join('; ')}.` : ''}
The rules were written from the catalogue's meaning (\`../shared/outreach-rules.md\`); this set is small and was
seen during development, so these numbers are an upper bound until a held-out set is scored.`;

writeMarkdownSection(
  'EVALUATION.md',
  'eval:coach',
  markdown,
  '# Evaluation\n\nEvery figure here is reproduced by the command in its heading.',
);
console.log(markdown);
