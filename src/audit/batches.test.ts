import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_WRITERS } from '../../test/fixtures/samples/registry.js';
import { configSchema } from '../config/schema.js';
import { textDetectors } from '../detectors/index.js';
import { auditReport } from '../report/json.js';
import { openStore } from '../store/db.js';
import { runAudit, summarise } from './pipeline.js';

/**
 * The batched audit on the bundled sample exports (every platform, two overlapping X archives, a LinkedIn export
 * whose positions name the employer): `audit --json` is the same whatever the batch size, in either input order.
 */
let dir: string;
let samples: string[];
const config = configSchema.parse({}).audit;

async function auditJson(inputs: readonly string[], batchSize: number, db = openStore(':memory:')): Promise<string> {
  try {
    const result = await runAudit({
      inputs,
      db,
      config,
      detectors: textDetectors(config),
      now: new Date('2026-12-01T00:00:00Z'),
      batchSize,
    });
    return JSON.stringify(auditReport(result, summarise(result)));
  } finally {
    if (db.name === ':memory:') db.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'decorum-batches-'));
  samples = [];
  for (const writer of SAMPLE_WRITERS) samples.push(...(await writer.write(dir)));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the batched audit', () => {
  it.each([
    ['as written', (paths: string[]) => paths],
    ['X before LinkedIn', (paths: string[]) => [...paths].reverse()],
  ])(
    'gives the same report with batches of 1, 7 and 2,000 items (%s)',
    async (_order, order) => {
      const inputs = order(samples);
      expect(inputs.some((path) => /linkedin/.test(path))).toBe(true);
      const large = await auditJson(inputs, 2000);
      expect(JSON.parse(large).summary.findings).toBeGreaterThan(20);
      expect(await auditJson(inputs, 7)).toBe(large);
      expect(await auditJson(inputs, 1)).toBe(large);
    },
    120_000,
  );
});

describe('the same audit again', () => {
  it('takes over the items of the first run and reports the same', async () => {
    const db = openStore(join(dir, 'again.db'));
    const first = await auditJson(samples, 50, db);
    const runs = () => db.prepare("SELECT id, fingerprint FROM runs WHERE command = 'audit' ORDER BY id").all();
    const again = await auditJson(samples, 50, db);
    expect(again).toBe(first);
    const [one, two] = runs() as { id: number; fingerprint: string }[];
    expect(two?.fingerprint).toBe(one?.fingerprint);
    const itemsOfFirst = db.prepare('SELECT count(*) AS n FROM items WHERE last_run_id = ?').get(one?.id) as {
      n: number;
    };
    expect(itemsOfFirst.n).toBe(0);
    db.close();
  }, 120_000);
});
