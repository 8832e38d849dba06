import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DetectionContext, Detector } from '../core/detector.js';
import type { AuditConfig } from '../config/schema.js';

/**
 * What detection code a stored analysis was made with: a hash of every file of the detectors, the core logic they
 * build on (text layer, language lists), the bundled models and the package manifest (dependency versions). Any
 * change to them, however small, analyses every item again on the next audit; nobody has to remember to bump a
 * version when they change a word list.
 */
const CODE = ['../detectors', '../core', '../../models', '../../package.json'];

let codeFingerprint: string | undefined;

function detectionCodeFingerprint(): string {
  if (codeFingerprint !== undefined) return codeFingerprint;
  const hash = createHash('sha1');
  const add = (path: string): void => {
    let entries;
    try {
      entries = readdirSync(path, { withFileTypes: true });
    } catch {
      hash.update(path).update(readFileSync(path));
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) add(join(path, entry.name));
  };
  const here = fileURLToPath(new URL('.', import.meta.url));
  for (const part of CODE) {
    try {
      add(join(here, part));
    } catch {
      // An installation without the part (a bundle without models/): its absence is part of the fingerprint.
      hash.update(`missing ${part}`);
    }
  }
  codeFingerprint = hash.digest('hex');
  return codeFingerprint;
}

/**
 * Everything besides an item that its text detections depend on: the detection code, each detector and its
 * version, the detection context (employers, allowlist) and the config's custom keywords. An item whose content
 * and analysis key are unchanged since it was last audited keeps its stored detections.
 */
export function analysisKey(detectors: readonly Detector[], context: DetectionContext, config: AuditConfig): string {
  return createHash('sha1')
    .update(
      JSON.stringify([
        detectionCodeFingerprint(),
        detectors.map((detector) => [detector.meta.id, detector.meta.version ?? 0]),
        context.employers,
        context.allowlist,
        config.keywords,
      ]),
    )
    .digest('base64');
}
