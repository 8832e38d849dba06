import { auditBench } from './audit.js';
import { coachBench } from './coach.js';
import { metaImportBench } from './meta-import.js';
import { photosBench } from './photos.js';
import { textBench } from './text.js';
import { xImportBench } from './x-import.js';
/** A benchmark returns the Markdown for its section of BENCHMARKS.md. */
export interface Bench {
  name: string;
  run(): Promise<string>;
}

export const BENCHES: Bench[] = [auditBench, xImportBench, metaImportBench, photosBench, coachBench, textBench];
