import { xImportBench } from './x-import.js';
import { coachBench } from './coach.js';
import { textBench } from './text.js';
import { photosBench } from './photos.js';
/** A benchmark returns the Markdown for its section of BENCHMARKS.md. */
export interface Bench {
  name: string;
  run(): Promise<string>;
}

export const BENCHES: Bench[] = [xImportBench, coachBench, textBench, photosBench];
