import { createHash } from 'node:crypto';
import type { Db } from './db.js';
import { ANALYSIS_VERSION, type AnalysisOutcome } from '../detectors/photo/types.js';

/** The content hash a photo is cached under: the same bytes in another export or run hit the same row. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Analyses by content hash in the `photo_cache` table (see `src/store/schema.ts`). */
export class PhotoCache {
  private readonly getStmt;
  private readonly putStmt;
  private readonly thumbStmt;
  /** `version` separates analyses made by other models or settings (see `cacheVersion`). */
  constructor(
    private readonly db: Db,
    private readonly version = ANALYSIS_VERSION,
  ) {
    this.getStmt = db.prepare('SELECT outcome, thumbnail FROM photo_cache WHERE hash = ? AND version = ?');
    this.putStmt = db.prepare(
      `INSERT INTO photo_cache (hash, version, outcome, analysed_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (hash, version) DO UPDATE SET outcome = excluded.outcome, analysed_at = excluded.analysed_at`,
    );
    this.thumbStmt = db.prepare('UPDATE photo_cache SET thumbnail = ? WHERE hash = ? AND version = ?');
  }

  get(hash: string): { outcome: AnalysisOutcome; thumbnail: string | null } | undefined {
    const row = this.getStmt.get(hash, this.version) as { outcome: string; thumbnail: string | null } | undefined;
    if (!row) return undefined;
    try {
      return { outcome: JSON.parse(row.outcome) as AnalysisOutcome, thumbnail: row.thumbnail };
    } catch {
      return undefined;
    }
  }

  put(hash: string, outcome: AnalysisOutcome, now = new Date()): void {
    this.putStmt.run(hash, this.version, JSON.stringify(outcome), now.toISOString());
  }

  putThumbnail(hash: string, thumbnail: string): void {
    this.thumbStmt.run(thumbnail, hash, this.version);
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM photo_cache').get() as { n: number }).n;
  }
}
