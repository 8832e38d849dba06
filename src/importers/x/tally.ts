import type { ImportSink } from '../types.js';

/**
 * Counts what went wrong in one file, so the user gets one line per file instead of one per record:
 * records skipped for a bad shape, and fields of the wrong type that were ignored.
 */
export class FileTally {
  skipped = 0;
  private firstSkip = '';
  private fieldRecords = 0;
  private readonly fields = new Set<string>();

  constructor(readonly file: string) {}

  /** Records one skipped record; returns null so mappers can `return tally.skip(…)`. */
  skip(index: number, reason: string): null {
    if (this.skipped++ === 0) this.firstSkip = `record ${index}: ${reason}`;
    return null;
  }

  /** A field that was present but unusable (wrong type, not a date); the record itself is kept. */
  field(name: string): void {
    this.fieldRecords++;
    this.fields.add(name);
  }

  report(sink: ImportSink, total: number, noun = 'records'): void {
    if (this.skipped) {
      sink.problem({
        file: this.file,
        message: `skipped ${this.skipped} of ${total} ${noun} with an unexpected shape (first: ${this.firstSkip})`,
      });
    }
    if (this.fieldRecords) {
      sink.problem({
        file: this.file,
        message: `ignored ${this.fieldRecords} field value(s) of the wrong type (${[...this.fields].sort().join(', ')}); the rest of those records was read`,
      });
    }
  }
}
