import type { Importer } from '../../src/importers/types.js';
import type { ExportSource } from '../../src/source/types.js';

export interface Timing {
  /** Wall-clock milliseconds. */
  wall: number;
  /** CPU milliseconds (user + system, all threads): less swayed by a busy machine. */
  cpu: number;
}

/** Fastest of `rounds` runs; `run` returns a count that must equal `expected` (when given) every time. */
export async function bestOf(rounds: number, run: () => Promise<number>, expected: number | null): Promise<Timing> {
  let fastest: Timing = { wall: Infinity, cpu: Infinity };
  for (let round = 0; round < rounds; round++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    const count = await run();
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(cpuStart);
    if (expected !== null && count !== expected) throw new Error(`read ${count}, expected ${expected}`);
    if (wall < fastest.wall) fastest = { wall, cpu: (used.user + used.system) / 1000 };
  }
  return fastest;
}

/** Runs an importer over a source, counting items; any problem is a broken benchmark input. */
export async function countImported(importer: Importer, source: ExportSource): Promise<number> {
  let items = 0;
  await importer.import(source, {
    item: () => void items++,
    problem: (problem) => {
      throw new Error(`unexpected problem: ${problem.file}: ${problem.message}`);
    },
    account: () => {},
    position: () => {},
  });
  return items;
}
