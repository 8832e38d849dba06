import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAudit, summarise } from '../../src/audit/pipeline.js';
import { configSchema } from '../../src/config/schema.js';
import { textDetectors } from '../../src/detectors/index.js';
import { htmlReport } from '../../src/report/html.js';
import { itemsCsv } from '../../src/report/items-csv.js';
import { auditReport } from '../../src/report/json.js';
import { terminalReport } from '../../src/report/terminal.js';
import { jsonText, terminalSafeKeepingColours } from '../../src/report/terminal-safe.js';
import { DEFAULT_LIMITS, type SourceLimits } from '../../src/source/types.js';
import { openStore } from '../../src/store/db.js';
import { facebookExportFiles } from '../fixtures/samples/facebook.js';
import { writeFolder, type FileMap } from '../fixtures/samples/file-map.js';
import {
  buildZip,
  centralDirectory,
  corruptData,
  declareSize,
  renameEntry,
  setFlags,
} from '../fixtures/samples/hostile.js';
import { instagramExportFiles } from '../fixtures/samples/instagram.js';
import { linkedinExport } from '../fixtures/samples/linkedin.js';
import { buildXArchive, personaArchive } from '../fixtures/samples/x.js';
import { outputViolations, RAW_CONTROL } from './invariants.js';
import { applyDamage, type ArchiveDamage, type FuzzCase } from './mutate.js';

export const FUZZ_PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin'] as const;
export type FuzzPlatform = (typeof FUZZ_PLATFORMS)[number];

/** The bundled sample export of each platform, text files only: photos would only slow every case down. */
export async function seedExport(platform: FuzzPlatform): Promise<FileMap> {
  const files =
    platform === 'x'
      ? buildXArchive(personaArchive())
      : platform === 'facebook'
        ? await facebookExportFiles({ withoutMedia: true })
        : platform === 'instagram'
          ? await instagramExportFiles()
          : linkedinExport();
  return Object.fromEntries(Object.entries(files).filter(([path]) => /\.(js|json|csv|html|txt)$/i.test(path)));
}

/** What went wrong in one case; a case passes when every field is empty or false. */
export interface CaseOutcome {
  crash: string | null;
  violations: string[];
  inputChanged: boolean;
}

/** Small limits keep a forged size or a bomb from costing the fuzzer seconds; real runs use the defaults. */
const LIMITS: SourceLimits = { ...DEFAULT_LIMITS, maxEntryBytes: 8 * 1024 ** 2, maxTotalBytes: 32 * 1024 ** 2 };
const NOW = new Date('2026-03-01T12:00:00Z');
const config = configSchema.parse({}).audit;
const detectors = textDetectors(config);

function damageArchive(zip: Buffer, damage: ArchiveDamage | null): Buffer {
  if (!damage) return zip;
  if (damage.kind === 'truncate') return zip.subarray(0, Math.floor(zip.length * damage.at));
  const entries = centralDirectory(zip);
  if (entries.length === 0) return zip;
  const name = (entries[damage.entry % entries.length] as { name: string }).name;
  switch (damage.kind) {
    case 'corrupt':
      return corruptData(zip, name);
    case 'escape':
      return name.length > damage.prefix.length
        ? renameEntry(zip, name, damage.prefix + name.slice(damage.prefix.length))
        : zip;
    case 'declare-size':
      return declareSize(zip, name, damage.size);
    case 'encrypted':
      return setFlags(zip, name, 0x1);
  }
}

/** Writes the case as the user would hand it over: a zip file or an unpacked folder under `dir`. */
async function writeInput(files: FileMap, fuzz: FuzzCase, dir: string): Promise<string> {
  if (fuzz.container === 'folder') {
    const folder = join(dir, 'export');
    writeFolder(folder, files);
    return folder;
  }
  const entries = Object.entries(files)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, data]) => ({ name, data }));
  let zip: Buffer;
  try {
    zip = await buildZip(entries);
  } catch {
    // yazl refuses some names (absolute, `..`): the same bytes under a tame name, broken afterwards instead.
    zip = await buildZip(entries.map((entry, index) => ({ ...entry, name: `entry-${index}.bin` })));
  }
  const file = join(dir, 'export.zip');
  writeFileSync(file, damageArchive(zip, fuzz.archive));
  return file;
}

/** A hash of every file under `path` (names and bytes), to prove the audit changed nothing. */
function hashInput(path: string): string {
  const hash = createHash('sha256');
  const walk = (at: string): void => {
    if (statSync(at).isDirectory()) for (const name of readdirSync(at).sort()) walk(join(at, name));
    else hash.update(at).update(readFileSync(at));
  };
  walk(path);
  return hash.digest('hex');
}

const MAIN = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));

/** The real command on the same input, as a user runs it: it must exit 0 or 3, print no stack and no raw control. */
function cliViolations(input: string, dir: string, colors: boolean): string[] {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  if (colors) {
    delete env.NO_COLOR;
    env.FORCE_COLOR = '1';
  }
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      MAIN,
      'audit',
      input,
      '--db',
      join(dir, 'cli.db'),
      '--no-photos',
      '--top',
      '20',
      '--as-of',
      NOW.toISOString(),
    ],
    // Generous: a shared 2-core machine under load takes minutes per run; a timeout here would be a false crash.
    { encoding: 'utf8', env, timeout: 600_000 },
  );
  const found: string[] = [];
  if (run.status !== 0 && run.status !== 3) found.push(`cli: exit ${run.status} ${run.signal ?? ''}`);
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(run.stderr)) found.push(`cli: a stack trace: ${run.stderr.slice(0, 300)}`);
  const printed = (run.stdout + run.stderr).replace(/\u001b\[\d+(;\d+)*m/g, '');
  const raw = RAW_CONTROL.exec(printed);
  if (raw) found.push(`cli: raw U+${raw[0].codePointAt(0)?.toString(16)} printed`);
  return found;
}

/**
 * One fuzz case end to end: the damaged export is written to `dir`, audited in this process (import, text
 * detectors, store), rendered to every output, and checked; with `cli`, also audited by the real command. The
 * input is hashed before and after. `dir` is emptied afterwards.
 */
export async function runCase(
  seed: FileMap,
  fuzz: FuzzCase,
  dir: string,
  options: { cli?: boolean } = {},
): Promise<CaseOutcome> {
  mkdirSync(dir, { recursive: true });
  const input = await writeInput(applyDamage(seed, fuzz), fuzz, dir);
  const before = hashInput(input);
  const outcome: CaseOutcome = { crash: null, violations: [], inputChanged: false };
  const db = openStore(':memory:');
  try {
    const result = await runAudit({ inputs: [input], db, config, detectors, limits: LIMITS, now: NOW });
    const summary = summarise(result);
    outcome.violations = outputViolations({
      terminal: terminalSafeKeepingColours(terminalReport(result, summary, 20)),
      html: htmlReport(result, summary, NOW),
      csv: itemsCsv(result.findings),
      json: jsonText(auditReport(result, summary)),
    });
  } catch (error) {
    outcome.crash = error instanceof Error ? (error.stack ?? error.message) : String(error);
  } finally {
    db.close();
  }
  if (options.cli) outcome.violations.push(...cliViolations(input, dir, fuzz.poison.seed % 2 === 0));
  outcome.inputChanged = hashInput(input) !== before;
  rmSync(dir, { recursive: true, force: true });
  return outcome;
}
