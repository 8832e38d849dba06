import { describe, expect, it } from 'vitest';
import { facebookExportFiles } from '../../../test/fixtures/samples/facebook.js';
import { instagramExportFiles } from '../../../test/fixtures/samples/instagram.js';
import { linkedinExport } from '../../../test/fixtures/samples/linkedin.js';
import {
  buildGrailbirdArchive,
  buildXArchive,
  persona2019Archive,
  personaArchive,
  personaGrailbirdTweets,
} from '../../../test/fixtures/samples/x.js';
import { IMPORTERS } from '../index.js';
import { memorySource } from '../../../test/fixtures/memory-source.js';
import { xImporter } from './index.js';

function best(files: Record<string, string | Buffer>) {
  const source = memorySource(files);
  return [...IMPORTERS]
    .map((importer) => ({ importer, score: importer.detect(source) }))
    .sort((a, b) => b.score - a.score)[0];
}

describe('X importer registration', () => {
  it('is in the importer list the audit uses', () => {
    expect(IMPORTERS).toContain(xImporter);
  });

  it.each([
    ['the modern archive', buildXArchive(personaArchive())],
    ['the 2019 archive', persona2019Archive()],
    ['the Grailbird archive', buildGrailbirdArchive(personaGrailbirdTweets())],
  ])('wins detection for %s', (_name, files) => {
    const winner = best(files);
    expect(winner?.importer).toBe(xImporter);
    expect(winner?.score).toBeGreaterThanOrEqual(0.5);
  });

  it.each([
    ['a web app with a manifest.js', { 'manifest.js': 'window.__THAR_CONFIG = {}', 'index.html': '<html></html>' }],
    ['a folder of notes', { 'notes/tweets.txt': 'draft tweets', 'data/tweets.json': '[]' }],
  ])('does not claim %s', (_name, files) => {
    expect(xImporter.detect(memorySource(files))).toBe(0);
  });

  it('claims none of the other platforms’ samples', async () => {
    for (const files of [await facebookExportFiles(), await instagramExportFiles(), linkedinExport()]) {
      expect(xImporter.detect(memorySource(files))).toBe(0);
    }
  });
});
