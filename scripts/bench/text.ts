import { loadavg } from 'node:os';
import type { DetectionContext, Detector } from '../../src/core/detector.js';
import type { Item } from '../../src/core/item.js';
import { TEXT_DETECTORS } from '../../src/detectors/index.js';
import { detectItem } from '../../src/detectors/run.js';
import { loadModel } from '../../src/detectors/text/model.js';
import type { Bench } from './registry.js';

/**
 * The text engine's throughput on one core: every built-in text detector over a synthetic, seeded corpus of short
 * posts (tweet-length, 1 in 6 with something to find), the way the audit pipeline calls them.
 */
const CLEAN = [
  'Had a great time at the beach with the family this weekend',
  'Excited to share that I started a new position as a product designer',
  'Anyone have recommendations for a good sci-fi book?',
  'Morning run done, 10k in the rain, feeling good',
  'Our team shipped the new onboarding flow today, proud of everyone',
  'Coffee first, then emails. Happy Monday everyone',
  'Congrats to @jamie on the promotion, well deserved!',
  'The sunset over the lake tonight was unreal 🌅',
  'Trying a new pasta recipe tonight, wish me luck',
  'Thread: five things I learned about hiring this year 🧵',
  'Just finished the quarterly planning, long but productive day',
  'Watching the game with friends, what a comeback',
];
const RISKY = [
  'So hungover at work right now, never again',
  'my boss is a clueless idiot and this job sucks',
  'called in sick and went to the beach lol',
  'text me at 415-555-0132 for the party details',
  'what the f*ck is wrong with this airline, worst service ever',
  "don't tell anyone but we're getting acquired next month",
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpus(size: number): Item[] {
  const random = mulberry32(42);
  const pick = (list: readonly string[]) => list[Math.floor(random() * list.length)] as string;
  return Array.from({ length: size }, (_, i) => ({
    platform: 'x',
    kind: i % 10 === 0 ? 'like' : 'post',
    id: String(i),
    text: `${random() < 1 / 6 ? pick(RISKY) : pick(CLEAN)} #${i % 97}`,
    createdAt: null,
    audience: 'public',
    engagement: {},
    media: [],
    locator: { input: 'bench', file: 'bench' },
    flags: {},
  }));
}

function run(detectors: readonly Detector[], items: readonly Item[], context: DetectionContext): number {
  let found = 0;
  for (const item of items) found += detectItem(detectors, item, context).detections.length;
  return found;
}

/**
 * Posts per second of CPU time (user + system of this process, which runs the detectors on one thread): the one-core
 * cost, which other work on a shared machine does not inflate. Wall-clock throughput is reported beside it.
 */
function measure(
  detectors: readonly Detector[],
  items: readonly Item[],
  context: DetectionContext,
): { cpu: number; wall: number } {
  run(detectors, items.slice(0, 5000), context); // warm up the JIT
  const rounds: { cpu: number; wall: number }[] = [];
  for (let round = 0; round < 3; round++) {
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    run(detectors, items, context);
    const wall = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    rounds.push({ cpu: items.length / ((cpu.user + cpu.system) / 1e6), wall: items.length / wall });
  }
  return rounds.sort((a, b) => a.cpu - b.cpu)[1] as { cpu: number; wall: number };
}

export const textBench: Bench = {
  name: 'text',
  async run() {
    loadModel();
    const items = corpus(60_000);
    const context: DetectionContext = { employers: ['Contoso', 'Northwind Traders'], allowlist: [] };
    const total = measure(TEXT_DETECTORS, items, context);
    const fmt = (x: number) => Math.round(x).toLocaleString('en-US');
    const rows = TEXT_DETECTORS.map((detector) => {
      const rate = measure([detector], items.slice(0, 20_000), context);
      return `| ${detector.meta.id} | ${fmt(rate.cpu)} | ${fmt(1e6 / rate.cpu)} |`;
    });
    const layer = measure([], items.slice(0, 20_000), context);
    rows.unshift(
      `| the text layer alone (tokens, reading text, language) | ${fmt(layer.cpu)} | ${fmt(1e6 / layer.cpu)} |`,
    );
    const avg = Math.round(items.reduce((sum, item) => sum + item.text.length, 0) / items.length);
    return `## Text engine

All ${TEXT_DETECTORS.length} built-in text detectors on one core over ${items.length.toLocaleString('en-US')} synthetic
posts (average ${avg} characters, 1 in 6 with something to find, 1 in 10 a like); median of 3 rounds after warm-up.

**${fmt(total.cpu)} posts per CPU-second** for the whole engine (target ≥ 50,000 on one core); wall clock
${fmt(total.wall)} posts/s with a load average of ${loadavg()[0]?.toFixed(1)} on this shared machine. CPU time is
user + system time of the benchmark process (single-threaded).

| text layer + one detector (as the audit runs them) | posts per CPU-second | µs per post |
|---|---|---|
${rows.join('\n')}`;
  },
};
