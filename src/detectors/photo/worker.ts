import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { analyseBytes } from './analyse.js';
import { loadPhotoModels } from './models.js';
import type { AnalysisOutcome } from './types.js';

/** Messages between the pool and a worker. */
export type WorkerRequest = { id: number; bytes: Uint8Array } | { id: number; timings: true };
export type WorkerReply =
  | { id: number; outcome: AnalysisOutcome }
  | { id: number; timings: { nsfw: number; detector: number; images: number } }
  | { ready: true }
  | { fatal: string };

const port = parentPort;
if (port) {
  // Every photo is decoded once: libvips' operation cache would only hold memory.
  sharp.cache(false);
  const size = (workerData as { size?: number } | undefined)?.size;
  loadPhotoModels(size).then(
    (models) => {
      port.postMessage({ ready: true } satisfies WorkerReply);
      port.on('message', (request: WorkerRequest) => {
        if ('timings' in request) {
          port.postMessage({ id: request.id, timings: { ...models.timings } } satisfies WorkerReply);
          return;
        }
        void analyseBytes(models, request.bytes).then((outcome) =>
          port.postMessage({ id: request.id, outcome } satisfies WorkerReply),
        );
      });
    },
    (error: unknown) => port.postMessage({ fatal: error instanceof Error ? error.message : String(error) }),
  );
}
