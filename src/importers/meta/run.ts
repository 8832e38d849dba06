import type { Audience, Item } from '../../core/item.js';
import type { ExportSource } from '../../source/types.js';
import type { ImportSink } from '../types.js';
import { FileProblems, IdDeduper, isObject, locatorOf, type Json } from './read.js';

/** What one Meta import run shares: the source, the sink, ids handed out, bad-record tallies, the owner's name. */
export interface MetaRun<P extends 'facebook' | 'instagram'> {
  platform: P;
  source: ExportSource;
  sink: ImportSink;
  ids: IdDeduper;
  bad: FileProblems;
  /** The account owner's display name (from the profile, or guessed from message threads): decides message direction. */
  owner: string | undefined;
}

export function newMetaRun<P extends 'facebook' | 'instagram'>(
  platform: P,
  source: ExportSource,
  sink: ImportSink,
): MetaRun<P> {
  return { platform, source, sink, ids: new IdDeduper(), bad: new FileProblems(sink), owner: undefined };
}

/** An item of this run's platform read from `file` (at `index` in its list), with the fields every item needs. */
export function metaItem(
  run: MetaRun<'facebook' | 'instagram'>,
  file: string,
  index: number | undefined,
  audience: Audience,
  fields: Partial<Item> & Pick<Item, 'kind' | 'id'>,
): Item {
  return {
    platform: run.platform,
    text: '',
    createdAt: null,
    audience,
    engagement: {},
    media: [],
    locator: locatorOf(run.source, file, index),
    flags: {},
    ...fields,
  };
}

/** The list inside a file: the file itself when it is an array, else the first array under one of `keys`. */
export function listIn(value: Json, keys: readonly string[]): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return undefined;
  for (const key of keys) if (Array.isArray(value[key])) return value[key] as unknown[];
  const arrays = Object.values(value).filter(Array.isArray);
  return arrays.length === 1 ? (arrays[0] as unknown[]) : undefined;
}

export function wrongShape(run: MetaRun<'facebook' | 'instagram'>, file: string, expected: string): void {
  run.sink.problem({ file, message: `does not have the expected shape (${expected}); skipped` });
}
