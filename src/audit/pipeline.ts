import type { CategoryId, Severity } from '../core/categories.js';
import type { DetectionContext, Detector } from '../core/detector.js';
import type { Finding } from '../core/finding.js';
import type { Account, Item, Platform, Position } from '../core/item.js';
import { groupByItem } from '../core/flagged-items.js';
import { assembleProfiles, type ProfilePart, type ProfileRecord } from '../core/profile/record.js';
import { compareByPriority } from '../core/priority.js';
import type { AuditConfig } from '../config/schema.js';
import { IMPORTERS } from '../importers/index.js';
import { recogniseExport } from '../importers/recognise.js';
import type { Importer } from '../importers/types.js';
import { mergeSources, openExport } from '../source/open.js';
import { DEFAULT_LIMITS, SourceError, type ExportSource, type Problem, type SourceLimits } from '../source/types.js';
import type { Db } from '../store/db.js';
import { auditRunStore, type RunItemCounts } from '../store/audit-run.js';
import { dropStaleFindings, loadRunFindings } from '../store/findings.js';
import { loadPositions, saveAccounts, saveItems, savePositions } from '../store/items.js';
import { saveProfileCheck } from '../store/profile.js';
import { finishRun, startRun } from '../store/runs.js';
import { AuditBatches } from './batches.js';
import { inputsFingerprint } from './fingerprint.js';
import { detectionContext } from './context.js';
import type { MediaAnalyzer, ProfilePhotoWork } from './media.js';
import { checkProfiles, type ProfileCheck } from '../profile/check.js';
import type { AvatarFacts, ProfilePhoto } from '../profile/avatar.js';

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
  findings: Finding[];
  problems: Problem[];
  /** Things the reader should know about the whole audit (e.g. Facebook gives no audience). */
  notes: string[];
  /** Items whose language no text detector reads, by language code: counted, never guessed at. */
  notAssessed?: Record<string, number>;
  /** What a recruiter sees first: each network's profile, its photo and its findings (kind `profile`). */
  profile?: ProfileCheck;
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
  /** The export a platform's profile pictures are read from. */
  sourceOfPlatform(platform: Platform): ExportSource | undefined;
  close(): Promise<void>;
}

/** Where the reader hands the items of each group of inputs (see `mergeGroups`). */
interface ItemSink {
  startGroup(source: ExportSource): void;
  item(item: Item): void;
  /** A position read (they name the user's employers). */
  position?(position: Position): void;
  /** Called once the group is read: its items by input. */
  endGroup(): Map<string, number>;
  /** Called once every group is read, before positions and accounts are stored. */
  finish?(): void;
}

type ReadExports = Omit<ImportedExports, 'items'>;

/**
 * Opens the inputs, recognises each platform and reads them, item by item into `sink`; stores positions and
 * accounts. Inputs of one platform are merged first (Facebook and Instagram split big exports over several zips).
 */
async function readExports(options: ImportOptions, runId: number, sink: ItemSink): Promise<ReadExports> {
  const importers = options.importers ?? IMPORTERS;
  const report = options.onProgress ?? (() => {});
  const problems: Problem[] = [];
  const summaries: InputSummary[] = [];
  report({ phase: 'open', done: 0, total: options.inputs.length });
  const opened = await openInputs(options.inputs, importers, options.limits ?? DEFAULT_LIMITS, problems, summaries);
  report({ phase: 'open', done: options.inputs.length, total: options.inputs.length });
  const close = async () => {
    await Promise.all(opened.map((entry) => entry.source.close()));
  };

  const positions: Position[] = [];
  const accounts: Account[] = [];
  const profileParts: ProfilePart[] = [];
  const sourceOfProfile = new Map<Platform, ExportSource>();
  try {
    for (const { importer, group } of mergeGroups(opened)) {
      const source = mergeSources(group.map((entry) => entry.source));
      sink.startGroup(source);
      await importer.import(source, {
        item: (item) => sink.item(item),
        // Importers name files inside the export; the report names the zip or folder too.
        problem: (problem) =>
          problems.push(
            source.has(problem.file)
              ? { ...problem, file: `${source.inputOf(problem.file)}/${problem.file}` }
              : problem,
          ),
        account: (account) => accounts.push(account),
        position: (position) => {
          positions.push(position);
          sink.position?.(position);
        },
        profile: (part) => {
          profileParts.push(part);
          if (!sourceOfProfile.has(part.platform)) sourceOfProfile.set(part.platform, source);
        },
        progress: (done, total) => report({ phase: 'import', done, total }),
      });
      const counts = sink.endGroup();
      for (const entry of group)
        summaries.push({ input: entry.input, platform: importer.platform, items: counts.get(entry.input) ?? 0 });
    }
    sink.finish?.();
    savePositions(options.db, positions);
    saveAccounts(options.db, accounts);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    runId,
    inputs: summaries,
    positions,
    profiles: assembleProfiles(
      profileParts,
      accounts,
      positions,
      summaries.flatMap((summary) => (summary.platform ? [summary.platform] : [])),
    ),
    problems,
    sourceOfPlatform: (platform) => sourceOfProfile.get(platform),
    close,
  };
}

/**
 * Reads and stores the exports, keeping every item in memory (triage, network, profile and the tracker work on the
 * whole list). Findings are untouched.
 */
export async function importExports(options: ImportOptions, command = 'import'): Promise<ImportedExports> {
  const items: Item[] = [];
  const seen = new Map<string, number>();
  let before = 0;
  const runId = startRun(options.db, command, options.inputs, options.now ?? new Date());
  const read = await readExports(options, runId, {
    startGroup: () => {
      before = items.length;
    },
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
    },
    endGroup: () => {
      const counts = new Map<string, number>();
      for (const item of items.slice(before)) counts.set(item.locator.input, (counts.get(item.locator.input) ?? 0) + 1);
      return counts;
    },
    finish: () => saveItems(options.db, items, runId),
  });
  return { ...read, items };
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

/** Items detected and stored together, in one transaction: large enough to amortise it, small enough for memory. */
export const DEFAULT_BATCH_SIZE = 2000;

/**
 * The whole audit, in batches: items are read, detected and stored a batch at a time, so memory stays flat however
 * big the export; dedup, ranking and the summary then work from the store. Items with photo files wait (in memory)
 * for the photo stage.
 */
export async function runAudit(options: AuditOptions & { batchSize?: number }): Promise<AuditResult> {
  const now = options.now ?? new Date();
  const report = options.onProgress ?? (() => {});
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const runId = startRun(options.db, 'audit', options.inputs, now);
  const store = auditRunStore(options.db, runId);
  const batches = new AuditBatches({
    store,
    runId,
    detectors: options.detectors,
    config: options.config,
    now,
    withPhotos: options.media !== undefined,
  });
  const storedPositions = loadPositions(options.db);
  batches.useContext(detectionContext(storedPositions, options.config));
  // What makes two audits read the same items: the inputs' bytes, the size limits, the importers and the photo stage.
  const inputsHash = await inputsFingerprint(options.inputs, {
    limits: options.limits ?? DEFAULT_LIMITS,
    importers: (options.importers ?? IMPORTERS).map((importer) => importer.platform),
    photos: options.media !== undefined,
  });
  const fingerprintWith = (key: string) => `${inputsHash}:${key}`;
  // The same audit again (same inputs, detectors and context), without photos: the inputs need not be read.
  const previous = options.media ? undefined : store.reusableRun(fingerprintWith(batches.currentKey));
  let read: ReadAudit;
  if (previous) {
    report({ phase: 'import', done: 0, total: 1 });
    batches.adoptRun(previous.id, batchSize);
    report({ phase: 'import', done: 1, total: 1 });
    const earlier = JSON.parse(previous.inputsRead) as { inputs: InputSummary[]; profiles: ProfileRecord[] };
    read = {
      ...earlier,
      problems: JSON.parse(previous.problems) as Problem[],
      positions: [],
      // No photo stage in an audit that re-uses items: the profile photos are not looked at.
      sourceOfPlatform: () => undefined,
      close: async () => {},
    };
  } else {
    read = await readAudit(options, runId, batches, storedPositions, batchSize);
  }
  const { problems } = read;
  try {
    // The context as the whole-list audit built it; items detected before the last positions were read (an X
    // archive given before the LinkedIn export) are detected again with it.
    const context = detectionContext([...read.positions, ...loadPositions(options.db)], options.config);
    batches.useContext(context);
    report({ phase: 'detect', done: 0, total: 1 });
    batches.redetectStale(batchSize);
    report({ phase: 'detect', done: 1, total: 1 });
    if (options.media)
      await batches.settlePhotos(
        options.media,
        problems,
        (done, total) => report({ phase: 'photos', done, total }),
        batchSize,
      );

    const profile = await checkImportedProfiles(read, options, context, now);
    problems.push(...profile.problems);
    saveProfileCheck(options.db, runId, profile.check);

    report({ phase: 'save', done: 0, total: 1 });
    dropStaleFindings(options.db, runId);
    const counts = store.counts();
    const itemsRead = previous ? previous.itemsRead : batches.itemsRead;
    const findings = loadRunFindings(options.db, runId).sort(compareByPriority);
    finishRun(options.db, runId, {
      itemsRead,
      findings: findings.length,
      problems,
      reusable: {
        fingerprint: fingerprintWith(batches.currentKey),
        inputsRead: { inputs: read.inputs, profiles: read.profiles },
      },
    });
    report({ phase: 'save', done: 1, total: 1 });

    return {
      runId,
      inputs: read.inputs,
      itemsRead,
      findings,
      problems,
      notes: notesFor(counts),
      notAssessed: counts.notAssessed,
      profile: profile.check,
    };
  } finally {
    await read.close();
  }
}

type ReadAudit = Pick<ReadExports, 'inputs' | 'problems' | 'positions' | 'profiles' | 'sourceOfPlatform' | 'close'>;

/** Reads the inputs into `batches`, a batch of items at a time. */
async function readAudit(
  options: AuditOptions,
  runId: number,
  batches: AuditBatches,
  storedPositions: readonly Position[],
  batchSize: number,
): Promise<ReadAudit> {
  const positions: Position[] = [];
  let contextPositions = 0;
  let batch = new Map<string, Item>();
  let source: ExportSource | undefined;
  const flush = () => {
    if (batch.size === 0) return;
    if (positions.length !== contextPositions) {
      // New positions (a LinkedIn export) name employers: detect with them from now on.
      contextPositions = positions.length;
      batches.useContext(detectionContext([...positions, ...storedPositions], options.config));
    }
    batches.process([...batch.values()], source);
    batch = new Map();
  };
  return readExports(options, runId, {
    startGroup: (groupSource) => {
      source = groupSource;
      batches.startGroup();
    },
    item: (item) => {
      // Map.set keeps the first place of a key: an item read twice in one batch is replaced in place.
      batch.set(`${item.platform}\u0000${item.kind}\u0000${item.id}`, item);
      if (batch.size >= batchSize) flush();
    },
    position: (position) => positions.push(position),
    endGroup: () => {
      flush();
      return batches.endGroup();
    },
  });
}

/**
 * The profile check of what was imported: each network's profile photo looked at (when a media analyzer is given,
 * while the exports are still open), then the profile rules, with the config's categories and severities applied.
 */
export async function checkImportedProfiles(
  imported: Pick<ImportedExports, 'profiles' | 'sourceOfPlatform'>,
  options: Pick<AuditOptions, 'config' | 'detectors' | 'media'>,
  context: DetectionContext,
  now: Date,
): Promise<{ check: ProfileCheck; problems: Problem[] }> {
  const work: ProfilePhotoWork[] = imported.profiles.flatMap((record) => {
    const path = record.avatar?.path;
    const source = imported.sourceOfPlatform(record.platform);
    return path && source ? [{ platform: record.platform, path, source }] : [];
  });
  const seen =
    work.length && options.media?.profilePhotos
      ? await options.media.profilePhotos(work)
      : { photos: {}, problems: [] };
  const avatars: Partial<Record<Platform, AvatarFacts>> = {};
  const thumbnails: Partial<Record<Platform, string>> = {};
  for (const [platform, photo] of Object.entries(seen.photos) as [Platform, ProfilePhoto][]) {
    if (photo.facts) avatars[platform] = photo.facts;
    if (photo.thumbnail) thumbnails[platform] = photo.thumbnail;
  }
  const check = checkProfiles({ records: imported.profiles, avatars, detectors: options.detectors, context }, now, {
    config: options.config,
  });
  return { check: { ...check, thumbnails }, problems: seen.problems };
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

function notesFor({ heldBack: itemsHeldBack, facebookAudienceUnknown }: RunItemCounts): string[] {
  const notes: string[] = [];
  if (itemsHeldBack > 0) {
    notes.push(
      `${itemsHeldBack} item${itemsHeldBack === 1 ? '' : 's'} with a single weak cue (one mild swear, a drink named, a grumble) and nothing else ${itemsHeldBack === 1 ? 'is' : 'are'} not listed: on their own such cues rarely worry a recruiter.`,
    );
  }
  if (facebookAudienceUnknown) {
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
