/**
 * `npm run bench coach`: time per message of `checkMessage` (every rule, spelling on) on one core, side by side
 * with write-good on the same messages. The messages are every rule's before/after examples (`meta.docs`) up to
 * 2,000 characters, plus e-mail-sized messages made of five examples each.
 */
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { checkMessage, RULES } from '../../src/coach/index.js';
import { loadSpeller } from '../../src/coach/speller.js';
import type { Bench } from './registry.js';

const require = createRequire(import.meta.url);
const writeGood = require('write-good') as (text: string) => { index: number; offset: number; reason: string }[];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

interface Samples {
  wall: number[];
  cpu: number[];
}

/** Per call: wall-clock time, and CPU time of this process (which excludes waiting for a busy core). */
function time(texts: readonly string[], rounds: number, run: (text: string) => unknown): Samples {
  for (const text of texts) run(text); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const text of texts) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      run(text);
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
  return { wall: wall.sort((a, b) => a - b), cpu: cpu.sort((a, b) => a - b) };
}

export const coachBench: Bench = {
  name: 'coach',
  async run() {
    const examples = RULES.flatMap((rule) => [rule.meta.docs.before, rule.meta.docs.after]);
    const messages = examples.filter((e) => e.text.length <= 2000);
    const short = messages.map((e) => e.text);
    // Longer, e-mail-sized messages: five examples in a row as paragraphs.
    const long = Array.from({ length: Math.floor(short.length / 5) }, (_, i) =>
      short.slice(i * 5, i * 5 + 5).join('\n\n'),
    );
    const texts = [...short, ...long];
    const speller = await loadSpeller();
    const rounds = 40;
    const rows: [string, Samples][] = [
      [
        `decorum coach (${RULES.length} rules + nspell spelling)`,
        time(texts, rounds, (t) => checkMessage(t, { speller })),
      ],
      [`decorum coach (${RULES.length} rules, no speller)`, time(texts, rounds, (t) => checkMessage(t))],
      ['write-good 1.0.8 (its 9 default checks)', time(texts, rounds, (t) => writeGood(t))],
    ];
    const chars = texts.reduce((sum, t) => sum + t.length, 0);
    const mean = (xs: readonly number[]) => xs.reduce((sum, x) => sum + x, 0) / xs.length;
    const table = rows
      .map(
        ([name, { wall, cpu }]) =>
          `| ${name} | ${mean(cpu).toFixed(3)} | ${percentile(cpu, 50).toFixed(3)} | **${percentile(cpu, 99).toFixed(3)}** | ${mean(wall).toFixed(3)} | ${percentile(wall, 99).toFixed(3)} |`,
      )
      .join('\n');
    return `## Outreach coach (\`checkMessage\`)

${texts.length} messages (mean ${Math.round(chars / texts.length)} characters, longest ${Math.max(...texts.map((t) => t.length))}),
${rounds} rounds after a warm-up, one call at a time on one core. Budget: p99 ≤ 5 ms per message.
Load average while measuring: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (other work on the machine inflates wall-clock
tails; CPU time per call is the one-core cost the budget is about).
Loading the English dictionary (once per process, not in the table) is a separate cost (about a quarter second on an idle core).

| checker | CPU mean ms | CPU p50 ms | CPU p99 ms | wall mean ms | wall p99 ms |
|---|---|---|---|---|---|
${table}

write-good checks style only (passive voice, weasel words, clichés); the coach runs the 40 outreach rules,
readability (syllable + flesch-kincaid) and spelling. Corrections are one-edit candidates checked against the
dictionary (nspell's own \`suggest\` takes milliseconds per word), at most two per message.`;
  },
};
