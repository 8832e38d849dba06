import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Detector } from '../core/detector.js';
import type { Item } from '../core/item.js';
import { spanOf } from '../core/finding.js';
import { configSchema } from '../config/schema.js';
import type { Importer } from '../importers/types.js';
import { openStore, type Db } from '../store/db.js';
import { loadFindings, loadMarks, markFinding } from '../store/findings.js';
import { latestProfileCheck } from '../store/profile.js';
import type { MediaAnalyzer } from './media.js';
import { importOnly, runAudit, summarise } from './pipeline.js';

/** A tiny importer for a made-up `notes.json` export: one item per line of text. */
const notesImporter: Importer = {
  platform: 'x',
  detect: (source) => (source.has('notes.json') ? 1 : 0),
  async import(source, sink) {
    let notes: unknown;
    try {
      notes = JSON.parse(await source.readText('notes.json'));
    } catch (error) {
      sink.problem({ file: `${source.label}/notes.json`, message: `not valid JSON (${(error as Error).message})` });
      return;
    }
    (notes as { id: string; text: string; audience: Item['audience'] }[]).forEach((note, index) =>
      sink.item({
        platform: 'x',
        kind: 'post',
        id: note.id,
        text: note.text,
        createdAt: '2026-01-01T00:00:00.000Z',
        audience: note.audience,
        engagement: {},
        media: [],
        locator: { input: source.inputOf('notes.json'), file: 'notes.json', index },
        flags: {},
      }),
    );
    sink.position({ platform: 'linkedin', company: 'Contoso' });
  },
};

/** Flags the word "beer" and, to check the context, any mention of a known employer. */
const beerDetector: Detector = {
  meta: { id: 'test/beer', categories: ['alcohol', 'employer-criticism'], description: 'test', docs: '' },
  detect(item, context) {
    const found = [];
    const at = item.text.indexOf('beer');
    if (at >= 0) {
      found.push({
        ruleId: 'test/beer',
        category: 'alcohol' as const,
        severity: 'medium' as const,
        confidence: 0.9,
        reason: 'Mentions beer',
        evidence: [spanOf(item.text, at, at + 4)],
      });
    }
    for (const employer of context.employers) {
      const index = item.text.indexOf(employer);
      if (index >= 0) {
        found.push({
          ruleId: 'test/beer',
          category: 'employer-criticism' as const,
          severity: 'high' as const,
          confidence: 0.8,
          reason: `Names your employer ${employer}`,
          evidence: [spanOf(item.text, index, index + employer.length)],
        });
      }
    }
    return found;
  },
};

function exportFolder(notes: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'decorum-pipeline-'));
  mkdirSync(join(dir, 'export'));
  writeFileSync(join(dir, 'export', 'notes.json'), typeof notes === 'string' ? notes : JSON.stringify(notes));
  return join(dir, 'export');
}

const NOTES = [
  { id: '9007199254740993', text: 'cold beer after work', audience: 'public' },
  { id: '2', text: 'beer with friends', audience: 'friends' },
  { id: '3', text: 'Contoso is hiring', audience: 'public' },
  { id: '4', text: 'a quiet walk', audience: 'public' },
];

describe('runAudit', () => {
  let db: Db;
  const now = new Date('2026-02-01T00:00:00Z');
  const config = configSchema.parse({}).audit;
  const audit = (inputs: string[], over: Partial<Parameters<typeof runAudit>[0]> = {}) =>
    runAudit({ inputs, db, config, detectors: [beerDetector], importers: [notesImporter], now, ...over });

  beforeEach(() => {
    db = openStore(':memory:');
  });

  it('imports, detects with context, prioritises by audience and keeps ids as strings', async () => {
    const result = await audit([exportFolder(NOTES)]);
    expect(result.itemsRead).toBe(4);
    expect(result.findings.map((f) => [f.itemId, f.category])).toEqual([
      ['3', 'employer-criticism'],
      ['9007199254740993', 'alcohol'],
      ['2', 'alcohol'],
    ]);
    const [, publicBeer, friendsBeer] = result.findings;
    expect(publicBeer?.priority).toBeGreaterThan(friendsBeer?.priority ?? 100);
    expect(publicBeer?.reason).toBe('Mentions beer — visible to everyone.');
    expect(summarise(result).bySeverity).toEqual({ high: 1, medium: 2, low: 0 });
  });

  it('counts an item flagged for two reasons once in itemsFlagged', async () => {
    const result = await audit([exportFolder([{ id: '7', text: 'beer at Contoso again', audience: 'public' }])]);
    expect(result.findings.map((f) => f.category).sort()).toEqual(['alcohol', 'employer-criticism']);
    expect(summarise(result)).toMatchObject({ findings: 2, itemsFlagged: 1 });
  });

  it('gives the same rows when the same export is audited again, and keeps marks', async () => {
    const input = exportFolder(NOTES);
    const first = await audit([input]);
    markFinding(db, first.findings[0]?.key as string, 'deleted');
    await audit([input]);
    const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(count('items')).toBe(4);
    expect(count('findings')).toBe(3);
    expect(
      loadFindings(db)
        .map((f) => f.key)
        .sort(),
    ).toEqual(first.findings.map((f) => f.key).sort());
    expect(loadMarks(db).get(first.findings[0]?.key as string)).toBe('deleted');
  });

  it('drops findings of disabled categories and allowlisted phrases', async () => {
    const result = await audit([exportFolder(NOTES)], {
      config: configSchema.parse({
        audit: { categories: { 'employer-criticism': { enabled: false } }, allowlist: ['beer with friends'] },
      }).audit,
    });
    expect(result.findings.map((f) => f.itemId)).toEqual(['9007199254740993']);
  });

  it('applies severity overrides from the config', async () => {
    const result = await audit([exportFolder(NOTES)], {
      config: configSchema.parse({ audit: { categories: { alcohol: { severity: 'low' } } } }).audit,
    });
    expect(result.findings.filter((f) => f.category === 'alcohol').every((f) => f.severity === 'low')).toBe(true);
  });

  it('names unreadable inputs and still audits the readable ones', async () => {
    const broken = exportFolder('[{"id": "1", "text": "beer"');
    const empty = mkdtempSync(join(tmpdir(), 'decorum-empty-'));
    const notZip = join(empty, 'photo.zip');
    writeFileSync(notZip, 'not a zip at all');
    const result = await audit([exportFolder(NOTES), broken, notZip, join(empty, 'missing.zip')]);
    expect(result.itemsRead).toBe(4);
    const messages = result.problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/photo\.zip: is neither a folder nor a zip file/),
      expect.stringMatching(/missing\.zip: does not exist/),
      expect.stringMatching(/notes\.json: not valid JSON/),
    ]);
  });

  it('says when an input is not a recognised export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decorum-other-'));
    writeFileSync(join(dir, 'readme.txt'), 'hello');
    const result = await audit([dir]);
    expect(result.itemsRead).toBe(0);
    expect(result.problems[0]?.message).toMatch(/not an export Decorum recognises/);
  });

  it('never modifies its inputs', async () => {
    const input = exportFolder(NOTES);
    const before = readFileSync(join(input, 'notes.json'));
    await audit([input]);
    expect(readFileSync(join(input, 'notes.json')).equals(before)).toBe(true);
  });
});

describe('importOnly', () => {
  it('stores items and keeps the findings of an earlier audit', async () => {
    const db = openStore(':memory:');
    const config = configSchema.parse({}).audit;
    const input = exportFolder(NOTES);
    const now = new Date('2026-02-01T00:00:00Z');
    const audit = await runAudit({
      inputs: [input],
      db,
      config,
      detectors: [beerDetector],
      importers: [notesImporter],
      now,
    });
    const imported = await importOnly({ inputs: [input], db, importers: [notesImporter], now });
    expect(imported.items).toHaveLength(4);
    expect(
      loadFindings(db)
        .map((f) => f.key)
        .sort(),
    ).toEqual(audit.findings.map((f) => f.key).sort());
  });
});

describe('re-auditing', () => {
  const now = new Date('2026-02-01T00:00:00Z');
  const config = configSchema.parse({}).audit;
  /** beerDetector, recording the id of every item it reads. */
  const counting = (read: string[], version = 1): Detector => ({
    meta: { ...beerDetector.meta, version },
    detect: (item, context, layer) => {
      read.push(item.id);
      return beerDetector.detect(item, context, layer);
    },
  });
  let imports = 0;
  const countingImporter: Importer = {
    ...notesImporter,
    import: (source, sink) => {
      imports++;
      return notesImporter.import(source, sink);
    },
  };
  const audit = (db: Db, input: string, detector: Detector) =>
    runAudit({ inputs: [input], db, config, detectors: [detector], importers: [countingImporter], now });

  it('reads no unchanged item again and gives the same report', async () => {
    const db = openStore(':memory:');
    const input = exportFolder(NOTES);
    const read: string[] = [];
    const first = await audit(db, input, counting(read));
    expect(read.length).toBeGreaterThanOrEqual(4);
    read.length = 0;
    imports = 0;
    const again = await audit(db, input, counting(read));
    expect(read).toEqual([]);
    // The same bytes, detectors and context: the export is not even read.
    expect(imports).toBe(0);
    expect(again.findings).toEqual(first.findings);
    expect(summarise(again)).toEqual(summarise(first));
  });

  it('reads only the changed item when the export is edited in place', async () => {
    const db = openStore(':memory:');
    const input = exportFolder(NOTES);
    const read: string[] = [];
    await audit(db, input, counting(read));
    read.length = 0;
    const changed = NOTES.map((note) => (note.id === '2' ? { ...note, text: 'tea with friends' } : note));
    writeFileSync(join(input, 'notes.json'), JSON.stringify(changed));
    imports = 0;
    const again = await audit(db, input, counting(read));
    expect(imports).toBe(1);
    expect(read).toEqual(['2']);
    expect(again.findings.map((f) => f.itemId)).toEqual(['3', '9007199254740993']);
  });

  it('reads every item again when a detector version changes', async () => {
    const db = openStore(':memory:');
    const input = exportFolder(NOTES);
    const read: string[] = [];
    await audit(db, input, counting(read, 1));
    read.length = 0;
    await audit(db, input, counting(read, 2));
    expect([...new Set(read)].sort()).toEqual(['2', '3', '4', '9007199254740993']);
  });

  it('reads every item again when the context changes (a new employer in the config)', async () => {
    const db = openStore(':memory:');
    const input = exportFolder(NOTES);
    const read: string[] = [];
    await audit(db, input, counting(read));
    read.length = 0;
    const withEmployer = configSchema.parse({ audit: { employers: ['walk'] } }).audit;
    const again = await runAudit({
      inputs: [input],
      db,
      config: withEmployer,
      detectors: [counting(read)],
      importers: [notesImporter],
      now,
    });
    expect([...new Set(read)].sort()).toEqual(['2', '3', '4', '9007199254740993']);
    expect(again.findings.map((f) => f.itemId)).toContain('4');
  });
});

describe('runAudit: the profile check', () => {
  const now = new Date('2026-02-01T00:00:00Z');
  const config = configSchema.parse({}).audit;
  /** The notes export with a profile: handle "beerlover" and a photo at avatar.jpg. */
  const withProfile: Importer = {
    ...notesImporter,
    async import(source, sink) {
      await notesImporter.import(source, sink);
      sink.profile?.({ platform: 'x', file: 'notes.json', handle: 'beerlover', avatar: { path: 'avatar.jpg' } });
    },
  };
  const THUMB = 'data:image/jpeg;base64,/9j/AAAA';
  const seenPaths: string[] = [];
  const media: MediaAnalyzer = {
    analyze: async () => ({ detections: [], problems: [] }),
    profilePhotos: async (work) => {
      for (const photo of work) if (photo.source.has(photo.path)) seenPaths.push(photo.path);
      return {
        photos: {
          x: {
            thumbnail: THUMB,
            facts: { path: 'avatar.jpg', people: 1, drinks: [], racy: { porn: 0, hentai: 0, sexy: 0 } },
          },
        },
        problems: [],
      };
    },
  };
  const folder = () => {
    const dir = exportFolder(NOTES);
    writeFileSync(join(dir, 'avatar.jpg'), 'not really a jpeg');
    return dir;
  };

  it('reads the profile, looks at its photo while the export is open, and reports the handle', async () => {
    const db = openStore(':memory:');
    const result = await runAudit({
      inputs: [folder()],
      db,
      config,
      detectors: [beerDetector],
      importers: [withProfile],
      now,
      media,
    });
    expect(seenPaths).toEqual(['avatar.jpg']);
    expect(result.profile?.records.map((record) => record.handle)).toEqual(['beerlover', null]);
    expect(result.profile?.thumbnails).toEqual({ x: THUMB });
    const [handle] = result.profile?.findings ?? [];
    expect(handle).toMatchObject({ ruleId: 'profile/handle', kind: 'profile', category: 'alcohol' });
    expect(handle?.evidence).toEqual([{ start: 0, end: 4, text: 'beer' }]);
    // Profile findings are not item findings: the store and the counts keep the posts only.
    expect(loadFindings(db).every((finding) => finding.kind === 'post')).toBe(true);
    // The check is kept for the web app's first view, thumbnails and all.
    expect(latestProfileCheck(db)).toEqual(JSON.parse(JSON.stringify(result.profile)));
  });

  it('applies the config to profile findings too', async () => {
    const off = configSchema.parse({ audit: { categories: { alcohol: { enabled: false } } } }).audit;
    const result = await runAudit({
      inputs: [folder()],
      db: openStore(':memory:'),
      config: off,
      detectors: [beerDetector],
      importers: [withProfile],
      now,
    });
    expect(result.profile?.findings).toEqual([]);
    expect(result.profile?.thumbnails).toEqual({});
  });
});
