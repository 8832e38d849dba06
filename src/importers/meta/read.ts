import type { GeoPoint, Locator, MediaRef } from '../../core/item.js';
import type { ExportSource } from '../../source/types.js';
import type { ImportSink } from '../types.js';
import { salvageJsonList, salvageNote } from '../salvage.js';
import { repairDeep } from './mojibake.js';

export type Json = unknown;
export type JsonObject = Record<string, unknown>;

export function isObject(value: Json): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function asArray(value: Json): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: Json): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A finite number, also from a numeric string (Meta writes a few numbers as strings). */
export function num(value: Json): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}

/** ISO 8601 from Unix seconds, or null when missing, zero or absurd. */
export function isoFromSeconds(value: Json): string | null {
  const seconds = num(value);
  if (seconds === undefined || seconds <= 0 || seconds > 1e11) return null;
  return new Date(seconds * 1000).toISOString();
}

export function isoFromMs(value: Json): string | null {
  const ms = num(value);
  if (ms === undefined || ms <= 0 || ms > 1e14) return null;
  return new Date(ms).toISOString();
}

/** `YYYY-MM` (or `YYYY-MM-DD` when `day`) from Unix seconds. */
export function monthFromSeconds(value: Json): string | undefined {
  const iso = isoFromSeconds(value);
  return iso ? iso.slice(0, 7) : undefined;
}

/**
 * A short stable hash for derived ids: 10 hex digits (40 bits) of cyrb53 over the parts. Part of every derived id, so
 * it must never change: a change would give every stored item a new id.
 */
export function shortHash(...parts: readonly string[]): string {
  const text = parts.join('\u0000');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return ((h2 >>> 0) & 0xff).toString(16).padStart(2, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** Hands out ids that stay unique within one import: repeats get `-2`, `-3`… in file order (stable). */
export class IdDeduper {
  private readonly seen = new Set<string>();
  private readonly repeats = new Map<string, number>();
  unique(id: string): string {
    if (!this.seen.has(id)) {
      this.seen.add(id);
      return id;
    }
    let count = this.repeats.get(id) ?? 1;
    let next: string;
    do next = `${id}-${++count}`;
    while (this.seen.has(next));
    this.repeats.set(id, count);
    this.seen.add(next);
    return next;
  }
}

/**
 * Bad records inside a file are counted per file and reported once per file, so a file with ten thousand broken
 * entries gives one problem that names it, not ten thousand.
 */
export class FileProblems {
  private readonly bad = new Map<string, { count: number; first: string }>();
  constructor(private readonly sink: ImportSink) {}

  record(file: string, message: string): void {
    const entry = this.bad.get(file);
    if (entry) entry.count += 1;
    else this.bad.set(file, { count: 1, first: message });
  }

  flush(): void {
    for (const [file, { count, first }] of this.bad) {
      this.sink.problem({
        file,
        message: count === 1 ? first : `${count} records could not be read; the first: ${first}`,
      });
    }
    this.bad.clear();
  }
}

function describeJsonError(error: unknown, text: string): string {
  const detail = error instanceof Error ? error.message : String(error);
  if (text.trim() === '') return 'is empty; expected JSON';
  return `is not valid JSON (${detail}); the file may be truncated or damaged`;
}

/**
 * Reads and parses one JSON file of a Meta export, with the mojibake repaired. Returns undefined (after reporting
 * the file as a problem) when it cannot be read or parsed; never throws.
 */
export async function readMetaJson(source: ExportSource, path: string, sink: ImportSink): Promise<Json | undefined> {
  let text: string;
  try {
    text = await source.readText(path);
  } catch (error) {
    sink.problem({
      file: path,
      message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
    });
    return undefined;
  }
  let value: Json;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const salvaged = salvageJsonList(text);
    sink.problem({
      file: path,
      message: salvaged
        ? `${describeJsonError(error, text)}; ${salvageNote(salvaged)}`
        : describeJsonError(error, text),
    });
    if (!salvaged) return undefined;
    value = salvaged.value;
  }
  return repairDeep(value);
}

export function locatorOf(source: ExportSource, file: string, index?: number): Locator {
  let input: string;
  try {
    input = source.inputOf(file);
  } catch {
    input = source.label;
  }
  return index === undefined ? { input, file } : { input, file, index };
}

const VIDEO = /\.(mp4|mov|m4v|webm|avi|3gp|mkv)$/i;
const PHOTO = /\.(jpe?g|png|webp|heic|heif|bmp|tiff?)$/i;
const GIF = /\.gif$/i;

export function mediaTypeOf(uri: string): MediaRef['type'] {
  if (GIF.test(uri)) return 'gif';
  if (VIDEO.test(uri)) return 'video';
  if (PHOTO.test(uri)) return 'photo';
  return 'unknown';
}

/** Normalises a media `uri` to a path inside the export: posix, no leading `./` or `/`. */
export function normaliseUri(uri: string): string {
  return uri.replace(/\\/g, '/').replace(/^(\.\/|\/)+/, '');
}

/**
 * Finds a media `uri` in the export. Meta's uris are relative to the export root, but a few exports prefix them
 * with the account folder (`facebook-jdoe/…`, `jdoe_20250101/…`) or the uri lacks the `your_facebook_activity/`
 * folder of newer layouts; try those before giving up.
 */
export function resolveMediaPath(source: ExportSource, uri: string): string | null {
  const path = normaliseUri(uri);
  if (!path || /^[a-z]+:\/\//i.test(path)) return null;
  if (source.has(path)) return path;
  const slash = path.indexOf('/');
  if (slash > 0 && source.has(path.slice(slash + 1))) return path.slice(slash + 1);
  for (const prefix of ['your_facebook_activity/', 'your_instagram_activity/']) {
    if (source.has(prefix + path)) return prefix + path;
  }
  return null;
}

function geoOf(latitude: Json, longitude: Json): GeoPoint | undefined {
  const lat = num(latitude);
  const lon = num(longitude);
  if (lat === undefined || lon === undefined) return undefined;
  if (lat === 0 && lon === 0) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  return { latitude: lat, longitude: lon };
}

/** `exif_data` entries of a Meta media object (photo or video metadata), flattened. */
function exifEntries(media: JsonObject): JsonObject[] {
  const metadata = media.media_metadata;
  if (!isObject(metadata)) return [];
  const out: JsonObject[] = [];
  for (const inner of Object.values(metadata)) {
    if (isObject(inner)) for (const entry of asArray(inner.exif_data)) if (isObject(entry)) out.push(entry);
  }
  return out;
}

/**
 * Maps a Meta media object (`{uri, creation_timestamp, title, media_metadata: {photo_metadata: {exif_data}}}`) to a
 * MediaRef; location and capture facts come from `exif_data`, as exported photo files usually carry no EXIF.
 */
export function mediaRefOf(source: ExportSource, media: JsonObject): MediaRef | undefined {
  const uri = str(media.uri) ?? str(media.path);
  if (!uri) return undefined;
  const ref: MediaRef = { path: resolveMediaPath(source, uri), type: mediaTypeOf(uri), ref: uri };
  for (const exif of exifEntries(media)) {
    const geo = geoOf(exif.latitude, exif.longitude);
    if (geo && !ref.geo) ref.geo = geo;
    const taken = isoFromSeconds(exif.taken_timestamp);
    if (taken && !ref.takenAt) ref.takenAt = taken;
    const camera = [str(exif.camera_make), str(exif.camera_model)].filter((part) => part && part.trim()).join(' ');
    if (camera && !ref.camera) ref.camera = camera;
  }
  return ref;
}

/** Place attachments: `{name, coordinate: {latitude, longitude}, address, url}`. */
export function placeOf(place: JsonObject): { name?: string; geo?: GeoPoint } | undefined {
  const name = str(place.name);
  const coordinate = isObject(place.coordinate) ? place.coordinate : {};
  const geo = geoOf(coordinate.latitude, coordinate.longitude);
  if (!name && !geo) return undefined;
  return { ...(name ? { name } : {}), ...(geo ? { geo } : {}) };
}

/**
 * Reads an export's files kind by kind in `order`, each parsed with the mojibake repaired and handed to `read`.
 * A file `read` cannot handle becomes one problem naming it; progress is reported per file.
 */
export async function readFilesInOrder<K extends string>(
  source: ExportSource,
  sink: ImportSink,
  filesByKind: ReadonlyMap<K, readonly string[]>,
  order: readonly K[],
  handlers: {
    beforeKind?: (kind: K, files: readonly string[]) => Promise<void>;
    read: (kind: K, file: string, value: Json) => void;
  },
  /** Files already parsed (to learn what they hold), so they are not read again; emptied as they are used. */
  parsed: Map<string, Json> = new Map(),
): Promise<void> {
  const total = [...filesByKind.values()].reduce((sum, files) => sum + files.length, 0);
  let done = 0;
  for (const kind of order) {
    const files = filesByKind.get(kind) ?? [];
    await handlers.beforeKind?.(kind, files);
    for (const file of files) {
      const value = parsed.get(file) ?? (await readMetaJson(source, file, sink));
      parsed.delete(file);
      if (value !== undefined) {
        try {
          handlers.read(kind, file, value);
        } catch (error) {
          sink.problem({
            file,
            message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
      }
      sink.progress?.(++done, total);
    }
  }
}
