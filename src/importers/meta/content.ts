import type { ExportSource } from '../../source/types.js';
import type { ImportSink } from '../types.js';
import { guessOwner } from './messages.js';
import { isObject, readFilesInOrder, readMetaJson, type Json, type JsonObject } from './read.js';
import type { MetaRun } from './run.js';

/**
 * Recognising Meta files by what they hold rather than where they sit. People hand over parts of an export: a lone
 * `your_posts_1.json` or `posts_1.json` copied out of its folders, a few files from a repository, an export re-zipped
 * in a wrapper folder with notes beside it. Their paths say nothing, but each file's top level does: the keys Meta
 * names its lists with (`comments_v2`, `relationships_followers`, `ig_stories`…) or the fields of the records in a
 * bare list (Facebook posts have `timestamp` and `data`/`attachments`, Instagram posts `media[].uri`).
 */

/** What a rule recognises: a kind the importer reads, or data it knowingly leaves out (`kind: null`). */
export interface ContentRule<K extends string> {
  kind: K | null;
  /** What the file holds, in words, for the note about a partial export ("posts", "liked comments"). */
  label: string;
  /** Keys whose presence at the top level of an object identifies the file. */
  keys?: readonly string[];
  /** A test of one record of a top-level list: most of the first few records must pass. */
  record?: (record: JsonObject) => boolean;
}

/** How many leading records of a list are looked at: enough to outvote one odd record, few enough to stay cheap. */
const SAMPLE = 5;

/** The rule whose keys or record shape the parsed file matches, first match wins. */
export function ruleByContent<K extends string>(
  value: Json,
  rules: readonly ContentRule<K>[],
): ContentRule<K> | undefined {
  if (isObject(value)) return rules.find((rule) => rule.keys?.some((key) => key in value));
  if (!Array.isArray(value)) return undefined;
  const sample = value.slice(0, SAMPLE).filter(isObject);
  if (sample.length === 0) return undefined;
  return rules.find((rule) => rule.record && sample.filter(rule.record).length * 2 > sample.length);
}

/** The largest file whose contents are parsed just to learn what it is; bigger unknown files are left alone. */
const MAX_SNIFF_BYTES = 256 * 1024 ** 2;

/**
 * JSON files the path rules could not place that are worth opening: all of them when the source does not have the
 * platform's folder layout (loose files), else only those at its root, where no Meta export of this era keeps data
 * (inside a known layout, an unplaced file is one Decorum deliberately does not read).
 */
function contentCandidates<K extends string>(source: ExportSource, placement: Placement<K>): string[] {
  const layoutKnown = placement.layoutScore(source) >= 0.5;
  return source.paths.filter(
    (path) =>
      /\.json$/i.test(path) &&
      placement.kindOf(path) === undefined &&
      (!layoutKnown || !path.includes('/')) &&
      (source.size(path) ?? 0) <= MAX_SNIFF_BYTES,
  );
}

export interface ContentMatch<K extends string> {
  path: string;
  rule: ContentRule<K>;
}

/** What each candidate file holds, with its parsed value kept so it is not read twice. */
export interface SniffedFiles<K extends string> {
  matches: ContentMatch<K>[];
  /** Candidates whose contents no rule recognises (or that could not be parsed). */
  unknown: string[];
  values: Map<string, Json>;
}

/** Parses each candidate and matches it against `rules`; unreadable files are reported to `sink` (if given). */
async function sniffFiles<K extends string>(
  source: ExportSource,
  paths: readonly string[],
  rules: readonly ContentRule<K>[],
  sink?: ImportSink,
): Promise<SniffedFiles<K>> {
  const quiet: ImportSink = { item() {}, problem() {}, account() {}, position() {} };
  const sniffed: SniffedFiles<K> = { matches: [], unknown: [], values: new Map() };
  for (const path of paths) {
    const value = await readMetaJson(source, path, sink ?? quiet);
    const rule = value === undefined ? undefined : ruleByContent(value, rules);
    if (!rule) {
      sniffed.unknown.push(path);
      continue;
    }
    sniffed.matches.push({ path, rule });
    if (rule.kind !== null) sniffed.values.set(path, value);
  }
  return sniffed;
}

/**
 * How sure the files' contents make us that `source` is this platform's, for detection: 0.85 for data only this
 * platform has, 0.5 when only the kind both Meta platforms share (`shared`: message threads) is there.
 */
export async function scoreByContent<K extends string>(
  source: ExportSource,
  placement: Placement<K>,
  shared: K,
): Promise<number> {
  const { matches } = await sniffFiles(source, contentCandidates(source, placement), placement.rules);
  const read = matches.filter((match) => match.rule.kind !== null);
  if (read.some((match) => match.rule.kind !== shared)) return 0.85;
  return read.length > 0 ? 0.5 : 0;
}

const listed = (entries: readonly string[]): string =>
  entries.length > 6 ? `${entries.slice(0, 6).join(', ')} and ${entries.length - 6} more` : entries.join(', ');

/**
 * The note for loose files: which files were recognised as what, which were left out and why, and which parts of a
 * whole export were not given, so the reader knows the audit covers only what is here.
 */
export function partialExportNote<K extends string>(
  platform: string,
  sniffed: SniffedFiles<K>,
  missing: readonly string[],
): string {
  const read = sniffed.matches.filter((match) => match.rule.kind !== null);
  const skipped = sniffed.matches.filter((match) => match.rule.kind === null);
  const parts = [
    `holds loose files of ${/^[AEIOU]/.test(platform) ? 'an' : 'a'} ${platform} export rather than the whole export; read from their contents: ${listed(
      read.map((match) => `${match.path} (${match.rule.label})`),
    )}`,
  ];
  if (skipped.length)
    parts.push(`not audited: ${listed(skipped.map((match) => `${match.path} (${match.rule.label})`))}`);
  if (sniffed.unknown.length) parts.push(`not recognised: ${listed(sniffed.unknown)}`);
  if (missing.length) parts.push(`not given, so not audited: ${missing.join(', ')}`);
  return parts.join('; ');
}

export interface PlacedFiles<K extends string> {
  byKind: Map<K, string[]>;
  /** Files parsed while placing them by content: hand to `readFilesInOrder` so they are not read twice. */
  parsed: Map<string, Json>;
}

export interface Placement<K extends string> {
  /** The kind a path says a file is, or undefined. */
  kindOf: (path: string) => K | undefined;
  rules: readonly ContentRule<K>[];
  /** How much the source's paths look like the platform's folder layout; 0.5 or more is a known layout. */
  layoutScore: (source: ExportSource) => number;
  /** `Facebook`, `Instagram`: named in every problem. */
  platform: string;
  /** What the platform's export holds, in words, for the problem when nothing can be read. */
  contents: string;
  /** The main parts of a whole export, named when loose files do not include them. */
  parts: readonly (readonly [K, string])[];
}

/**
 * Sorts an export's files by kind: by path first, then, for files the paths cannot place, by content. Loose files
 * get one problem that says what was recognised and what a whole export would have had. When nothing is of a known
 * kind, reports why (a media-only part of a split export, or an unknown layout) and returns null.
 */
export async function placeFiles<K extends string>(
  source: ExportSource,
  sink: ImportSink,
  placement: Placement<K>,
): Promise<PlacedFiles<K> | null> {
  const byKind = new Map<K, string[]>();
  const add = (kind: K, path: string): void => void byKind.set(kind, [...(byKind.get(kind) ?? []), path]);
  for (const path of source.paths) {
    const kind = placement.kindOf(path);
    if (kind) add(kind, path);
  }
  const sniffed = await sniffFiles(source, contentCandidates(source, placement), placement.rules, sink);
  for (const { path, rule } of sniffed.matches) if (rule.kind !== null) add(rule.kind, path);
  if (placement.layoutScore(source) < 0.5 && sniffed.values.size > 0) {
    const missing = placement.parts.filter(([kind]) => !byKind.has(kind)).map(([, label]) => label);
    sink.problem({ file: source.label, message: partialExportNote(placement.platform, sniffed, missing) });
  }
  if (byKind.size > 0) return { byKind, parsed: sniffed.values };
  const mediaOnly = source.paths.every((path) => !/\.json$/i.test(path));
  sink.problem({
    file: source.label,
    message: mediaOnly
      ? `holds only photos and videos; give the part of the ${placement.platform} export that has the JSON files as well`
      : `holds no ${placement.platform} ${placement.contents} in a layout Decorum knows`,
  });
  return null;
}

/**
 * Reads placed files kind by kind in `order` (each kind's files sorted by `compare`), guessing the account owner from
 * the message threads when the profile did not name one, then reports the bad records counted per file.
 */
export async function readPlaced<K extends string>(
  run: MetaRun<'facebook' | 'instagram'>,
  placed: PlacedFiles<K>,
  order: readonly K[],
  compare: ((a: string, b: string) => number) | undefined,
  read: (kind: K, file: string, value: Json) => void,
): Promise<void> {
  const sorted = new Map([...placed.byKind].map(([kind, files]) => [kind, [...files].sort(compare)]));
  const beforeKind = async (kind: K, files: readonly string[]): Promise<void> => {
    if (kind === 'messages' && run.owner === undefined && files.length > 0)
      run.owner = await guessOwner(run.source, files);
  };
  await readFilesInOrder(run.source, run.sink, sorted, order, { beforeKind, read }, placed.parsed);
  run.bad.flush();
}
