import type { ExportSource } from '../../source/types.js';
import type { Importer, ImportSink } from '../types.js';
import { placeFiles, readPlaced, scoreByContent, type Placement } from './content.js';
import { isHtmlOnly } from './detect.js';
import { META_HTML_PAGES } from './markers.js';
import type { Json } from './read.js';
import type { MetaRun } from './run.js';

/** What tells Facebook's importer from Instagram's: their files, their reading order and their readers. */
export interface MetaImporterSpec<K extends string, R extends MetaRun<'facebook' | 'instagram'>> {
  platform: R['platform'];
  placement: Placement<K>;
  /** Reading order of the file kinds: the profile first, as the owner's name decides message direction. */
  order: readonly K[];
  /** How one kind's files are sorted before reading (the export's part order), when it matters. */
  compareFiles?: (a: string, b: string) => number;
  /** The kind both Meta exports hold (message threads), which alone cannot tell them apart. */
  sharedKind: K;
  newRun(source: ExportSource, sink: ImportSink): R;
  readFile(run: R, kind: K, file: string, value: Json): void;
  /** Why an HTML-format export cannot be read, when the HTML pages are this platform's rather than the other's. */
  htmlReason(source: ExportSource): string | null;
}

export function metaImporter<K extends string, R extends MetaRun<'facebook' | 'instagram'>>(
  spec: MetaImporterSpec<K, R>,
): Importer {
  return {
    platform: spec.platform,
    detect: spec.placement.layoutScore,
    detectByContent: (source) => scoreByContent(source, spec.placement, spec.sharedKind),
    async import(source, sink) {
      if (isHtmlOnly(source, META_HTML_PAGES)) return; // unsupportedReason explains it
      const placed = await placeFiles(source, sink, spec.placement);
      if (!placed) return;
      const run = spec.newRun(source, sink);
      await readPlaced(run, placed, spec.order, spec.compareFiles, (kind, file, value) =>
        spec.readFile(run, kind, file, value),
      );
    },
    unsupportedReason: (source) => (isHtmlOnly(source, META_HTML_PAGES) ? spec.htmlReason(source) : null),
  };
}
