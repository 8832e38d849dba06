import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyseBytes } from './analyse.js';
import type { AnalysisOutcome } from './types.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

export interface StageTimings {
  nsfw: number;
  detector: number;
  images: number;
}

/** Something that turns image bytes into an analysis: worker threads, or the models in this thread. */
export interface Analyser {
  analyse(bytes: Uint8Array): Promise<AnalysisOutcome>;
  /** Summed model time per stage, for the benchmark. */
  timings(): Promise<StageTimings>;
  close(): Promise<void>;
}

/** Runs the models in the calling thread (tests, one-off use). */
export async function inProcessAnalyser(size?: number): Promise<Analyser> {
  // Imported here, not at the top: tfjs takes ~1 s to import, and the CLI only needs it inside the workers.
  const { loadPhotoModels } = await import('./models.js');
  const models = await loadPhotoModels(size);
  return {
    analyse: (bytes) => analyseBytes(models, bytes),
    timings: async () => ({ ...models.timings }),
    close: async () => {},
  };
}

interface Slot {
  worker: Worker;
  pending: Map<number, (reply: WorkerReply) => void>;
  dead: string | null;
}

const IN_FLIGHT_PER_WORKER = 2;

function spawn(size: number | undefined): Worker {
  const built = new URL('./worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return new Worker(built, { workerData: { size } });
  // Running from the TypeScript sources (tsx, vitest): register tsx inside the worker, then load worker.ts.
  const source = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); })`;
  return new Worker(boot, { eval: true, workerData: { size } });
}

/**
 * `count` worker threads, each loading the models once. Jobs go to the least busy worker, at most
 * IN_FLIGHT_PER_WORKER each (one decoding while the other runs the models), so memory stays bounded.
 */
export async function workerAnalyser(count: number, size?: number): Promise<Analyser> {
  const slots: Slot[] = [];
  let nextId = 1;
  const waiting: (() => void)[] = [];
  const start = (): Promise<Slot> =>
    new Promise((resolve, reject) => {
      const slot: Slot = { worker: spawn(size), pending: new Map(), dead: null };
      const fail = (message: string) => {
        slot.dead = message;
        for (const done of slot.pending.values()) done({ id: 0, outcome: { ok: false, message } });
        slot.pending.clear();
        waiting.splice(0).forEach((wake) => wake());
        reject(new Error(message));
      };
      slot.worker.on('message', (reply: WorkerReply) => {
        if ('ready' in reply) resolve(slot);
        else if ('fatal' in reply) fail(`photo models did not load: ${reply.fatal}`);
        else {
          const done = slot.pending.get(reply.id);
          slot.pending.delete(reply.id);
          done?.(reply);
          waiting.shift()?.();
        }
      });
      slot.worker.on('error', (error) => fail(`photo analyser stopped: ${error.message}`));
      slot.worker.on('exit', (code) => {
        if (!slot.dead) fail(`photo analyser exited (code ${code})`);
      });
    });
  try {
    slots.push(...(await Promise.all(Array.from({ length: Math.max(1, count) }, start))));
  } catch (error) {
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
    throw error;
  }

  const send = async (request: (id: number) => WorkerRequest, transfer: ArrayBuffer[] = []): Promise<WorkerReply> => {
    for (;;) {
      const alive = slots.filter((slot) => !slot.dead);
      if (!alive.length) return { id: 0, outcome: { ok: false, message: slots[0]?.dead ?? 'no photo analyser' } };
      const slot = alive.reduce((best, slot) => (slot.pending.size < best.pending.size ? slot : best));
      if (slot.pending.size < IN_FLIGHT_PER_WORKER) {
        const id = nextId++;
        return new Promise((resolve) => {
          slot.pending.set(id, resolve);
          slot.worker.postMessage(request(id), transfer);
        });
      }
      await new Promise<void>((wake) => waiting.push(wake));
    }
  };

  return {
    async analyse(bytes) {
      const copy = bytes.slice(); // transferred to the worker; the caller keeps its own bytes
      const reply = await send((id) => ({ id, bytes: copy }), [copy.buffer as ArrayBuffer]);
      return 'outcome' in reply ? reply.outcome : { ok: false, message: 'unexpected reply from photo analyser' };
    },
    async timings() {
      const total: StageTimings = { nsfw: 0, detector: 0, images: 0 };
      for (const slot of slots.filter((s) => !s.dead)) {
        const reply = await new Promise<WorkerReply>((resolve) => {
          const id = nextId++;
          slot.pending.set(id, resolve);
          slot.worker.postMessage({ id, timings: true } satisfies WorkerRequest);
        });
        if ('timings' in reply)
          for (const key of ['nsfw', 'detector', 'images'] as const) total[key] += reply.timings[key];
      }
      return total;
    },
    async close() {
      for (const slot of slots) slot.dead ??= 'closed';
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
