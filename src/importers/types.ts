import type { Account, Item, Platform, Position } from '../core/item.js';
import type { ProfilePart } from '../core/profile/record.js';
import type { ExportSource, Problem } from '../source/types.js';

/** Where an importer puts what it reads. Importers never throw for bad records: they report a problem and go on. */
export interface ImportSink {
  item(item: Item): void;
  problem(problem: Problem): void;
  account(account: Account): void;
  position(position: Position): void;
  /** What a profile file says about the profile (name, bio, photo, privacy…); merged per platform later. */
  profile?(part: ProfilePart): void;
  /** Files done out of files to read, for progress bars. */
  progress?(done: number, total: number): void;
}

export interface Importer {
  platform: Platform;
  /**
   * How sure we are that this source is this platform's export, 0–1, judged from its contents
   * (file names inside and their shape), never from the zip's own name.
   */
  detect(source: ExportSource): number;
  /**
   * A second look, for inputs whose file names say nothing (loose files copied out of the platform's folders, or a
   * part of an export in a wrapper folder): how sure we are from the files' contents, 0–1. Asked only when no
   * importer is sure from the names, as it reads files.
   */
  detectByContent?(source: ExportSource): Promise<number>;
  /** Reads every file it understands; reports each file it could not read as a problem. */
  import(source: ExportSource, sink: ImportSink): Promise<void>;
  /**
   * Explains why a source that looks like this platform cannot be read (e.g. Meta's HTML-format export),
   * or null when there is nothing to say.
   */
  unsupportedReason?(source: ExportSource): string | null;
}
