import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facebookSampleWriter } from '../../../test/fixtures/samples/facebook.js';
import { instagramSampleWriter } from '../../../test/fixtures/samples/instagram.js';
import { openExport } from '../../source/open.js';
import { facebookImporter } from '../facebook/index.js';
import { instagramImporter } from '../instagram/index.js';
import { collectingSink } from '../../../test/fixtures/memory-source.js';

function digest(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[relative(root, full)] = createHash('sha1').update(readFileSync(full)).digest('hex');
    }
  };
  walk(root);
  return out;
}

describe('Facebook and Instagram sample writers', () => {
  let first: string;
  let second: string;
  const written: string[] = [];
  beforeAll(async () => {
    first = mkdtempSync(join(tmpdir(), 'decorum-meta-samples-'));
    second = mkdtempSync(join(tmpdir(), 'decorum-meta-samples-'));
    for (const writer of [facebookSampleWriter, instagramSampleWriter]) {
      written.push(...(await writer.write(first)).map((path) => relative(first, path)));
      await writer.write(second);
    }
  });
  afterAll(() => {
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  });

  it('write the promised files, byte for byte the same every run', () => {
    expect(written).toEqual([
      'facebook-export-part1.zip',
      'facebook-export-part2.zip',
      'facebook-export-2022',
      'instagram-export.zip',
      'instagram-export-2021',
    ]);
    expect(digest(second)).toEqual(digest(first));
  });

  it.each([
    ['facebook-export-part1.zip', 'facebook', 54],
    ['facebook-export-part2.zip', 'facebook', 0],
    ['facebook-export-2022', 'facebook', 54],
    ['instagram-export.zip', 'instagram', 31],
    ['instagram-export-2021', 'instagram', 18],
  ] as const)('%s opens as %s and gives %i items without problems', async (name, platform, count) => {
    const problems: unknown[] = [];
    const source = await openExport(join(first, name), (problem) => problems.push(problem));
    try {
      const importer = platform === 'facebook' ? facebookImporter : instagramImporter;
      const other = platform === 'facebook' ? instagramImporter : facebookImporter;
      expect(importer.detect(source)).toBeGreaterThanOrEqual(0.5);
      expect(other.detect(source)).toBeLessThan(importer.detect(source));
      const collected = collectingSink();
      await importer.import(source, collected.sink);
      expect(collected.items).toHaveLength(count);
      if (count > 0) expect(collected.problems).toEqual([]);
    } finally {
      await source.close();
    }
    expect(problems).toEqual([]);
  });
});
