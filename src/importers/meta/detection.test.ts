import { beforeAll, describe, expect, it } from 'vitest';
import { facebookExportFiles, facebookSplitParts } from '../../../test/fixtures/samples/facebook.js';
import type { FileMap } from '../../../test/fixtures/samples/file-map.js';
import { instagramExportFiles } from '../../../test/fixtures/samples/instagram.js';
import { linkedinExport, linkedinExport2021 } from '../../../test/fixtures/samples/linkedin.js';
import { buildXArchive, persona2019Archive, personaArchive } from '../../../test/fixtures/samples/x.js';
import type { Platform } from '../../core/item.js';
import { IMPORTERS } from '../index.js';
import { memorySource } from '../../../test/fixtures/memory-source.js';

/** What the pipeline does: every registered importer scores the source, the best one above 0.5 wins. */
function recognise(files: FileMap): { platform: Platform | null; scores: Record<string, number> } {
  const source = memorySource(files);
  const ranked = IMPORTERS.map((importer) => ({ platform: importer.platform, score: importer.detect(source) })).sort(
    (a, b) => b.score - a.score,
  );
  const best = ranked[0];
  return {
    platform: best && best.score >= 0.5 ? best.platform : null,
    scores: Object.fromEntries(ranked.map(({ platform, score }) => [platform, Number(score.toFixed(2))])),
  };
}

describe('every sample export is recognised as its own platform among all registered importers', () => {
  const samples: [string, Platform, () => Promise<FileMap> | FileMap][] = [
    ['Facebook 2024+', 'facebook', () => facebookExportFiles({ layout: '2024' })],
    ['Facebook 2021–2023', 'facebook', () => facebookExportFiles({ layout: '2022' })],
    ['Facebook split part 1 (JSON)', 'facebook', async () => (await facebookSplitParts())[0]],
    ['Facebook split part 2 (photos)', 'facebook', async () => (await facebookSplitParts())[1]],
    ['Instagram 2025', 'instagram', () => instagramExportFiles({ era: '2025' })],
    ['Instagram 2023', 'instagram', () => instagramExportFiles({ era: '2023' })],
    ['Instagram 2022', 'instagram', () => instagramExportFiles({ era: '2022' })],
    ['Instagram media.json era', 'instagram', () => instagramExportFiles({ era: '2021' })],
    ['X archive', 'x', () => buildXArchive(personaArchive())],
    ['X 2019 archive', 'x', () => persona2019Archive()],
    ['LinkedIn', 'linkedin', () => linkedinExport()],
    ['LinkedIn 2021', 'linkedin', () => linkedinExport2021()],
  ];
  const built = new Map<string, FileMap>();
  beforeAll(async () => {
    for (const [name, , build] of samples) built.set(name, await build());
  });

  it.each(samples.map(([name, platform]) => [name, platform]))('%s → %s', (name, platform) => {
    const { platform: found, scores } = recognise(built.get(name) as FileMap);
    expect(found, JSON.stringify(scores)).toBe(platform);
  });

  it('only a Meta HTML export gets a Meta unsupported reason', () => {
    for (const [name] of samples) {
      const source = memorySource(built.get(name) as FileMap);
      for (const importer of IMPORTERS.filter((entry) => ['facebook', 'instagram'].includes(entry.platform))) {
        expect(importer.unsupportedReason?.(source), name).toBeNull();
      }
    }
  });
});
