import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeZip } from '../../../test/fixtures/samples/file-map.js';
import { samplePhoto } from '../../../test/fixtures/samples/images.js';
import { instagramExportFiles } from '../../../test/fixtures/samples/instagram.js';
import { runAudit } from '../../audit/pipeline.js';
import { auditConfigSchema } from '../../config/schema.js';
import { openStore } from '../../store/db.js';
import { loadFindings } from '../../store/findings.js';
import { analyseBytes } from './analyse.js';
import { EMBEDDING_SIZE } from './drinks.js';
import { createPhotoAnalyzer } from './analyzer.js';
import type { Analyser } from './pool.js';

const dir = mkdtempSync(join(tmpdir(), 'decorum-photo-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Real decoding and EXIF; the models "see" two people and a wine glass in the sample bar photo, nothing elsewhere. */
async function barAwareAnalyser(): Promise<Analyser> {
  const bar = await samplePhoto('bar-outing');
  const party = {
    nsfw: { drawing: 0, hentai: 0, neutral: 0.95, porn: 0.02, sexy: 0.03 },
    objects: [
      { label: 'person', score: 0.8, box: [0.1, 0.1, 0.3, 0.8] as [number, number, number, number] },
      { label: 'person', score: 0.7, box: [0.5, 0.1, 0.3, 0.8] as [number, number, number, number] },
      { label: 'wine glass', score: 0.6, box: [0.45, 0.5, 0.05, 0.1] as [number, number, number, number] },
    ],
    embedding: new Float32Array(EMBEDDING_SIZE),
  };
  const nothing = {
    nsfw: { drawing: 0, hentai: 0, neutral: 1, porn: 0, sexy: 0 },
    objects: [],
    embedding: new Float32Array(EMBEDDING_SIZE),
  };
  const timings = { nsfw: 0, detector: 0, images: 0 };
  return {
    analyse: (bytes) =>
      analyseBytes({ size: 320, timings, run: async () => (Buffer.from(bytes).equals(bar) ? party : nothing) }, bytes),
    timings: async () => timings,
    close: async () => {},
  };
}

describe('photo stage inside decorum audit', () => {
  it('reports the Instagram sample bar photo with its path and a thumbnail, and stores the findings', async () => {
    const zip = join(dir, 'instagram.zip');
    await writeZip(zip, await instagramExportFiles());
    const db = openStore(join(dir, 'audit.db'));
    const phases = new Set<string>();
    const result = await runAudit({
      inputs: [zip],
      db,
      config: auditConfigSchema.parse({}),
      detectors: [],
      media: createPhotoAnalyzer({ db, analyser: await barAwareAnalyser() }),
      now: new Date('2026-03-01T00:00:00Z'),
      onProgress: ({ phase }) => phases.add(phase),
    });
    expect(phases).toContain('photos');
    const photoFindings = result.findings.filter((f) => f.ruleId.startsWith('photo/'));
    const rules = new Set(photoFindings.map((f) => `${f.ruleId} ${f.category}`));
    expect(rules).toEqual(new Set(['photo/party alcohol', 'photo/location location']));
    for (const finding of photoFindings) {
      expect(finding.mediaPath).toMatch(/\.jpg$/);
      expect(finding.details?.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
    }
    const party = photoFindings.find((f) => f.ruleId === 'photo/party')!;
    expect(party.severity).toBe('medium');
    expect(party.evidence[0]?.text).toBeTruthy();
    expect(loadFindings(db).filter((f) => f.ruleId.startsWith('photo/')).length).toBe(photoFindings.length);
    db.close();
  });
});
