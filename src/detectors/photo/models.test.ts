import { existsSync } from 'node:fs';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import net from 'node:net';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePhoto } from '../../../test/fixtures/samples/images.js';
import type { Item } from '../../core/item.js';
import { decidePhoto } from './decide.js';
import { CUE_NAMES, EMBEDDING_SIZE, loadDrinksHead } from './drinks.js';
import { inProcessAnalyser, workerAnalyser, type Analyser } from './pool.js';
import type { PhotoAnalysis } from './types.js';

/**
 * The real models, offline. A real photo of a person with a drink: the dinner picture in the sample strip that
 * ships inside @vladmandic/human (MIT; `assets/samples.jpg`), cropped here and never copied into this repo.
 */
const require = createRequire(import.meta.url);
const SAMPLES = join(dirname(require.resolve('@vladmandic/human')), '..', 'assets', 'samples.jpg');
const dinner = () => sharp(SAMPLES).extract({ left: 325, top: 0, width: 215, height: 160 }).jpeg().toBuffer();

const attempts: string[] = [];
const restore: (() => void)[] = [];
function forbid<T extends object>(target: T, key: keyof T & string, label: string) {
  const original = target[key];
  restore.push(() => (target[key] = original));
  (target as Record<string, unknown>)[key] = (...args: unknown[]) => {
    attempts.push(`${label}(${String(args[0]).slice(0, 80)})`);
    throw new Error(`network access attempted: ${label}`);
  };
}

const post = (text: string, audience: Item['audience'] = 'friends'): Item => ({
  platform: 'facebook',
  kind: 'post',
  id: '1',
  text,
  createdAt: null,
  audience,
  engagement: {},
  media: [{ path: 'photos/1.jpg', type: 'photo' }],
  locator: { input: 'fb.zip', file: 'posts.json' },
  flags: {},
});
const media = { path: 'photos/1.jpg', type: 'photo' } as const;
const decide = (analysis: PhotoAnalysis, text: string, audience?: Item['audience']) =>
  decidePhoto({ analysis, item: post(text, audience), media: post(text).media[0]!, spots: [] }).map((d) => [
    d.ruleId,
    d.category,
  ]);

let analyser: Analyser;

beforeAll(async () => {
  forbid(globalThis, 'fetch', 'fetch');
  for (const [mod, name] of [
    [http, 'http'],
    [https, 'https'],
  ] as const) {
    forbid(mod, 'request', `${name}.request`);
    forbid(mod, 'get', `${name}.get`);
  }
  forbid(net, 'connect', 'net.connect');
  forbid(net, 'createConnection', 'net.createConnection');
  forbid(dns, 'lookup', 'dns.lookup');
  analyser = await inProcessAnalyser();
}, 120_000);

afterAll(() => restore.forEach((undo) => undo()));

describe('photo models (tfjs wasm, nsfwjs MobileNetV2, COCO CenterNet)', () => {
  it('loads and runs with every network API replaced by a throwing stub', async () => {
    const outcome = await analyser.analyse(await samplePhoto('neutral'));
    expect(outcome.ok).toBe(true);
    expect(attempts).toEqual([]);
  });

  it('does not flag the generated neutral and landscape photos', async () => {
    for (const kind of ['neutral', 'landscape'] as const) {
      const outcome = await analyser.analyse(await samplePhoto(kind));
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.analysis.nsfw!.porn + outcome.analysis.nsfw!.hentai).toBeLessThan(0.2);
      expect(outcome.analysis.objects!.filter((o) => o.label === 'person')).toEqual([]);
      expect(decide(outcome.analysis, 'New monitor setup', 'public')).toEqual([]);
    }
  });

  it.runIf(existsSync(SAMPLES))('sees the person and the drink in a real dinner photo', async () => {
    const outcome = await analyser.analyse(await dinner());
    if (!outcome.ok) throw new Error(outcome.message);
    const { nsfw, objects } = outcome.analysis;
    expect(nsfw!.neutral).toBeGreaterThan(0.8);
    expect(objects!.find((o) => o.label === 'person')?.score).toBeGreaterThan(0.5);
    expect(objects!.find((o) => o.label === 'cup')?.score).toBeGreaterThan(0.4);
    // Without words a person with a drink is at most a hint for review; with a drinking caption it is a finding.
    const plain = decidePhoto({ analysis: outcome.analysis, item: post('Dinner with the team'), media, spots: [] });
    for (const d of plain) expect([d.severity, d.action]).toEqual(['low', 'review']);
    const shots = decidePhoto({ analysis: outcome.analysis, item: post('Shots shots shots!'), media, spots: [] });
    expect(shots.map((d) => [d.ruleId, d.category, d.severity])).toEqual([['photo/party', 'alcohol', 'medium']]);
    expect(attempts).toEqual([]);
  });

  it('flags the sample bar-outing photo on a public post (its GPS) and keeps it out of nsfw', async () => {
    const outcome = await analyser.analyse(await samplePhoto('bar-outing'));
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.analysis.gps?.latitude).toBeCloseTo(47.61371, 4);
    expect(decide(outcome.analysis, 'Cheers to the weekend 🍻', 'public')).toContainEqual([
      'photo/location',
      'location',
    ]);
    expect(decide(outcome.analysis, 'Cheers', 'public').map(([rule]) => rule)).not.toContain('photo/nsfw');
  });

  it('loads the drinks head from the package and scores the same image the same on every run', async () => {
    const head = loadDrinksHead();
    expect(head?.weights.length).toBe(EMBEDDING_SIZE + CUE_NAMES.length);
    expect(head!.threshold).toBeGreaterThan(0);
    expect(head!.threshold).toBeLessThan(1);
    const bytes = await samplePhoto('bar-outing');
    const scores = [];
    for (let run = 0; run < 3; run++) {
      const outcome = await analyser.analyse(bytes);
      if (!outcome.ok) throw new Error(outcome.message);
      scores.push(outcome.analysis.drinks);
    }
    expect(scores[0]).toBeGreaterThanOrEqual(0);
    expect(scores[0]).toBeLessThanOrEqual(1);
    expect(new Set(scores).size).toBe(1);
    expect(attempts).toEqual([]);
  });

  it('keeps the findings of the bundled sample photos (the head adds none to them)', async () => {
    for (const kind of ['bar-outing', 'neutral', 'landscape', 'home'] as const) {
      const outcome = await analyser.analyse(await samplePhoto(kind));
      if (!outcome.ok) throw new Error(outcome.message);
      for (const caption of ['', 'Cheers to the weekend 🍻']) {
        const facts = { analysis: outcome.analysis, item: post(caption, 'public'), media, spots: [] };
        const rules = (threshold: number) => decidePhoto(facts, threshold).map((d) => [d.ruleId, d.category]);
        expect(rules(loadDrinksHead()!.threshold), `${kind} "${caption}"`).toEqual(rules(Number.POSITIVE_INFINITY));
      }
    }
  });

  it('gives the same answer from a worker thread', async () => {
    const pool = await workerAnalyser(1);
    try {
      const bytes = await samplePhoto('neutral');
      const [inWorker, here] = await Promise.all([pool.analyse(bytes), analyser.analyse(bytes)]);
      if (!inWorker.ok || !here.ok) throw new Error('analysis failed');
      expect(inWorker.analysis.nsfw!.neutral).toBeCloseTo(here.analysis.nsfw!.neutral, 2);
      expect(inWorker.analysis.objects!.map((o) => o.label)).toEqual(here.analysis.objects!.map((o) => o.label));
      expect(inWorker.analysis.drinks).toBeCloseTo(here.analysis.drinks!, 2);
      expect((await pool.timings()).images).toBe(1);
    } finally {
      await pool.close();
    }
  }, 180_000);
});
