import type { CategoryId, Severity } from '../core/categories.js';
import type { Detector } from '../core/detector.js';
import type { Detection, Finding } from '../core/finding.js';
import type { Account, Item, Platform, Position } from '../core/item.js';
import { withoutLoneWeakCues } from '../core/corroboration.js';
import { groupByItem } from '../core/flagged-items.js';
import { assembleProfiles, type ProfilePart, type ProfileRecord } from '../core/profile/record.js';
import { compareByPriority } from '../core/priority.js';
import type { AuditConfig } from '../config/schema.js';
import { detectItem } from '../detectors/run.js';
import { IMPORTERS } from '../importers/index.js';
import { recogniseExport } from '../importers/recognise.js';
import type { Importer } from '../importers/types.js';
import { mergeSources, openExport } from '../source/open.js';
import { DEFAULT_LIMITS, SourceError, type ExportSource, type Problem, type SourceLimits } from '../source/types.js';
import type { Db } from '../store/db.js';
import { replaceFindings } from '../store/findings.js';
import { loadPositions, saveAccounts, saveItems, savePositions } from '../store/items.js';
import { finishRun, startRun } from '../store/runs.js';
import { detectionContext, effectiveSeverity, isCategoryEnabled } from './context.js';
import { isAllowlisted, toFinding } from './findings.js';
import type { MediaAnalyzer, MediaWork } from './media.js';

export type AuditPhase = 'open' | 'import' | 'detect' | 'photos' | 'save';

export interface AuditProgress {
  phase: AuditPhase;
  done: number;
  total: number;
}

export interface ImportOptions {
  inputs: readonly string[];
  db: Db;
  importers?: readonly Importer[];
  limits?: SourceLimits;
  /** The moment the audit is taken to run at; fixed in tests so priorities are reproducible. */
  now?: Date;
  onProgress?: (progress: AuditProgress) => void;
}

export interface AuditOptions extends ImportOptions {
  config: AuditConfig;
  detectors: readonly Detector[];
  media?: MediaAnalyzer;
}

export interface InputSummary {
  input: string;
  platform: Platform | null;
  items: number;
}

export interface AuditResult {
  runId: number;
  inputs: InputSummary[];
  itemsRead: number;
  items: Item[];
  findings: Finding[];
  problems: Problem[];
  /** Things the reader should know about the whole audit (e.g. Facebook gives no audience). */
  notes: string[];
  /** Items whose language no text detector reads, by language code: counted, never guessed at. */
  notAssessed?: Record<string, number>;
}

interface OpenedInput {
  input: string;
  source: ExportSource;
  importer: Importer;
}

async function openInputs(
  inputs: readonly string[],
  importers: readonly Importer[],
  limits: SourceLimits,
  problems: Problem[],
  summaries: InputSummary[],
): Promise<OpenedInput[]> {
  const opened: OpenedInput[] = [];
  for (const input of inputs) {
    let source: ExportSource;
    try {
      source = await openExport(input, (problem) => problems.push(problem), limits);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      problems.push({ file: error.file, message: error.message });
      summaries.push({ input, platform: null, items: 0 });
      continue;
    }
    const { importer, unsupported } = await recogniseExport(source, importers);
    if (!importer) {
      problems.push({
        file: input,
        message:
          unsupported ?? 'is not an export Decorum recognises (X/Twitter, Facebook, Instagram or LinkedIn data export)',
      });
      summaries.push({ input, platform: null, items: 0 });
      await source.close();
      continue;
    }
    if (unsupported) problems.push({ file: input, message: unsupported });
    opened.push({ input, source, importer });
  }
  return opened;
}

/** What the import step read and stored; its sources stay open (photos are read later) until `close`. */
export interface ImportedExports {
  runId: number;
  inputs: InputSummary[];
  items: Item[];
  positions: Position[];
  /** One profile record per platform read, in input order. */
  profiles: ProfileRecord[];
  problems: Problem[];
  sourceOf(item: Item): ExportSource;
  /** The export a platform's profile pictures are read from. */
  sourceOfPlatform(platform: Platform): ExportSource | undefined;
  close(): Promise<void>;
}

/**
 * Opens the inputs, recognises each platform, imports and stores items, positions and accounts. Inputs of one
 * platform are merged first (Facebook and Instagram split big exports over several zips). Findings are untouched.
 */
export async function importExports(options: ImportOptions, command = 'import'): Promise<ImportedExports> {
  const now = options.now ?? new Date();
  const importers = options.importers ?? IMPORTERS;
  const report = options.onProgress ?? (() => {});
  const problems: Problem[] = [];
  const summaries: InputSummary[] = [];
  const runId = startRun(options.db, command, options.inputs, now);

  report({ phase: 'open', done: 0, total: options.inputs.length });
  const opened = await openInputs(options.inputs, importers, options.limits ?? DEFAULT_LIMITS, problems, summaries);
  report({ phase: 'open', done: options.inputs.length, total: options.inputs.length });
  const close = async () => {
    await Promise.all(opened.map((entry) => entry.source.close()));
  };

  const items: Item[] = [];
  const positions: Position[] = [];
  const accounts: Account[] = [];
  const profileParts: ProfilePart[] = [];
  const sourceOfProfile = new Map<Platform, ExportSource>();
  const sourceOfItem = new Map<Item, ExportSource>();
  const seen = new Map<string, number>();
  try {
    for (const { importer, group } of mergeGroups(opened)) {
      const source = mergeSources(group.map((entry) => entry.source));
      const before = items.length;
      await importer.import(source, {
        item: (item) => {
          const key = `${item.platform}\u0000${item.kind}\u0000${item.id}`;
          const earlier = seen.get(key);
          if (earlier !== undefined) {
            // The same item in two overlapping exports (e.g. an old and a new archive): the later one wins.
            items[earlier] = item;
          } else {
            seen.set(key, items.length);
            items.push(item);
          }
          sourceOfItem.set(item, source);
        },
        // Importers name files inside the export; the report names the zip or folder too.
        problem: (problem) =>
          problems.push(
            source.has(problem.file)
              ? { ...problem, file: `${source.inputOf(problem.file)}/${problem.file}` }
              : problem,
          ),
        account: (account) => accounts.push(account),
        position: (position) => positions.push(position),
        profile: (part) => {
          profileParts.push(part);
          if (!sourceOfProfile.has(part.platform)) sourceOfProfile.set(part.platform, source);
        },
        progress: (done, total) => report({ phase: 'import', done, total }),
      });
      const counts = new Map<string, number>();
      for (const item of items.slice(before)) counts.set(item.locator.input, (counts.get(item.locator.input) ?? 0) + 1);
      for (const entry of group)
        summaries.push({ input: entry.input, platform: importer.platform, items: counts.get(entry.input) ?? 0 });
    }
    saveItems(options.db, items, runId);
    savePositions(options.db, positions);
    saveAccounts(options.db, accounts);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    runId,
    inputs: summaries,
    items,
    positions,
    profiles: assembleProfiles(
      profileParts,
      accounts,
      positions,
      summaries.flatMap((summary) => (summary.platform ? [summary.platform] : [])),
    ),
    problems,
    sourceOf: (item) => sourceOfItem.get(item) as ExportSource,
    sourceOfPlatform: (platform) => sourceOfProfile.get(platform),
    close,
  };
}

/**
 * Imports and stores the exports without auditing them (triage, network and the tracker need only the people
 * and requests); earlier findings stay as they are.
 */
export async function importOnly(options: ImportOptions): Promise<ImportedExports> {
  const imported = await importExports(options);
  await imported.close();
  finishRun(options.db, imported.runId, { itemsRead: imported.items.length, findings: 0, problems: imported.problems });
  return imported;
}

/** The whole audit: import, then detect, prioritise and store the findings of every item read. */
export async function runAudit(options: AuditOptions): Promise<AuditResult> {
  const now = options.now ?? new Date();
  const report = options.onProgress ?? (() => {});
  const imported = await importExports(options, 'audit');
  const { runId, items, positions, problems } = imported;
  try {
    const context = detectionContext([...positions, ...loadPositions(options.db)], options.config);
    const detections: { item: Item; detection: Detection }[] = [];
    const notAssessed: Record<string, number> = {};
    const step = Math.max(1, Math.floor(items.length / 100));
    items.forEach((item, index) => {
      const found = detectItem(options.detectors, item, context);
      for (const detection of found.detections) detections.push({ item, detection });
      if (!found.assessed) notAssessed[found.language.code] = (notAssessed[found.language.code] ?? 0) + 1;
      if (index % step === 0) report({ phase: 'detect', done: index, total: items.length });
    });
    report({ phase: 'detect', done: items.length, total: items.length });

    if (options.media) {
      const work: MediaWork[] = items
        .filter((item) => item.media.some((media) => media.path !== null))
        .map((item) => ({ item, source: imported.sourceOf(item) }));
      const photos = await options.media.analyze(work, context, (done, total) =>
        report({ phase: 'photos', done, total }),
      );
      detections.push(...photos.detections);
      problems.push(...photos.problems);
    }

    const candidates = detections
      .filter(({ detection }) => isCategoryEnabled(detection.category, options.config))
      .filter(({ item, detection }) => !isAllowlisted(item.text, detection, context.allowlist))
      .map(({ item, detection }) =>
        toFinding(
          item,
          { ...detection, severity: effectiveSeverity(detection.category, detection.severity, options.config) },
          now,
        ),
      )
      .sort(compareByPriority);
    const { kept: findings, itemsHeldBack } = withoutLoneWeakCues(candidates);

    report({ phase: 'save', done: 0, total: 1 });
    replaceFindings(options.db, runId, findings);
    finishRun(options.db, runId, { itemsRead: items.length, findings: findings.length, problems });
    report({ phase: 'save', done: 1, total: 1 });

    return {
      runId,
      inputs: imported.inputs,
      itemsRead: items.length,
      items,
      findings,
      problems,
      notes: notesFor(items, itemsHeldBack),
      notAssessed,
    };
  } finally {
    await imported.close();
  }
}

/**
 * Inputs of one platform that complement each other (a split export: JSON in one zip, photos in another) are
 * read as one; inputs that hold the same files (two archives of the same account) are read one after the other.
 */
function mergeGroups(opened: readonly OpenedInput[]): { importer: Importer; group: OpenedInput[] }[] {
  const groups: { importer: Importer; group: OpenedInput[]; paths: Set<string> }[] = [];
  for (const entry of opened) {
    const target = groups.find(
      (candidate) =>
        candidate.importer === entry.importer && !entry.source.paths.some((path) => candidate.paths.has(path)),
    );
    if (target) {
      target.group.push(entry);
      for (const path of entry.source.paths) target.paths.add(path);
    } else {
      groups.push({ importer: entry.importer, group: [entry], paths: new Set(entry.source.paths) });
    }
  }
  return groups;
}

function notesFor(items: readonly Item[], itemsHeldBack: number): string[] {
  const notes: string[] = [];
  if (itemsHeldBack > 0) {
    notes.push(
      `${itemsHeldBack} item${itemsHeldBack === 1 ? '' : 's'} with a single weak cue (one mild swear, a drink named, a grumble) and nothing else ${itemsHeldBack === 1 ? 'is' : 'are'} not listed: on their own such cues rarely worry a recruiter.`,
    );
  }
  if (items.some((item) => item.platform === 'facebook' && item.audience === 'unknown')) {
    notes.push(
      'Facebook exports do not say who can see each post, so Facebook findings are weighed as "audience unknown". Check each post\'s audience on Facebook.',
    );
  }
  return notes;
}

/** Counts for the summary block of every report. */
export interface AuditSummary {
  itemsRead: number;
  findings: number;
  /** Items with at least one finding: what a person has to look at (an item flagged twice counts once). */
  itemsFlagged: number;
  inputs: InputSummary[];
  byCategory: Partial<Record<CategoryId, number>>;
  bySeverity: Record<Severity, number>;
  byPlatform: Partial<Record<Platform, number>>;
  byAudience: Record<string, number>;
  problems: number;
  notes: string[];
  /** Items in languages the text detectors do not read, by language (ISO 639-1). */
  notAssessed: { items: number; byLanguage: Record<string, number> };
}

export function summarise(result: AuditResult): AuditSummary {
  const count = <K extends string>(key: (finding: Finding) => K): Partial<Record<K, number>> => {
    const counts: Partial<Record<K, number>> = {};
    for (const finding of result.findings) counts[key(finding)] = (counts[key(finding)] ?? 0) + 1;
    return counts;
  };
  return {
    itemsRead: result.itemsRead,
    findings: result.findings.length,
    itemsFlagged: groupByItem(result.findings).length,
    inputs: result.inputs,
    byCategory: count((finding) => finding.category),
    bySeverity: { high: 0, medium: 0, low: 0, ...count((finding) => finding.severity) },
    byPlatform: count((finding) => finding.platform),
    byAudience: count((finding) => finding.audience),
    problems: result.problems.length,
    notes: result.notes,
    notAssessed: {
      items: Object.values(result.notAssessed ?? {}).reduce((sum, n) => sum + n, 0),
      byLanguage: { ...result.notAssessed },
    },
  };
}
