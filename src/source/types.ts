/**
 * Read-only access to one export, zipped or unpacked. Paths are posix, relative to the export root
 * (after stepping into a single top-level folder), with junk entries (`__MACOSX/`, `._*`, `.DS_Store`) removed.
 */
export interface ExportSource {
  /** The input as the user gave it. */
  readonly label: string;
  /** Every readable file in the export, sorted. */
  readonly paths: readonly string[];
  has(path: string): boolean;
  /** The input (zip or folder as given) a path comes from; differs per path when several inputs are merged. */
  inputOf(path: string): string;
  /** Uncompressed size in bytes, as declared by the archive or the file system. */
  size(path: string): number | undefined;
  read(path: string): Promise<Buffer>;
  readText(path: string): Promise<string>;
  /**
   * The file's bytes as they are read (from a zip, inflated), never held whole: for files too big to load at once.
   * Not limited by `maxEntryBytes`; a zip entry is still checked against its declared size and checksum, and the
   * iteration throws `SourceError` on a mismatch (after the chunks before it were handed over).
   */
  stream?(path: string): AsyncIterable<Buffer>;
  close(): Promise<void>;
}

/** Caps that stop zip bombs and runaway inputs before they fill memory or disk. */
export interface SourceLimits {
  /** Total uncompressed bytes of all entries. */
  maxTotalBytes: number;
  maxEntries: number;
  /** Per-entry uncompressed/compressed ratio (only checked for entries above 1 MiB). */
  maxRatio: number;
  /** The largest single file we will load into memory. */
  maxEntryBytes: number;
}

export const DEFAULT_LIMITS: SourceLimits = {
  maxTotalBytes: 64 * 1024 ** 3,
  maxEntries: 2_000_000,
  maxRatio: 200,
  maxEntryBytes: 1024 ** 3,
};

/** A problem with an input that did not stop the rest of it from being read. */
export interface Problem {
  file: string;
  message: string;
}

/** An input that could not be read at all. */
export class SourceError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}
