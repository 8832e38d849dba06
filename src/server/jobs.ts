import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { AuditProgress } from '../audit/pipeline.js';

export type JobEvent =
  | { type: 'progress'; progress: AuditProgress }
  | { type: 'done'; itemsRead: number; findings: number; problems: { file: string; message: string }[] }
  | { type: 'failed'; message: string };

export interface Job {
  id: string;
  events: JobEvent[];
  finished: boolean;
  emitter: EventEmitter;
}

/** One audit at a time: a second start while one runs is refused rather than interleaving writes. */
export class AuditJobs {
  private current: Job | null = null;
  private readonly jobs = new Map<string, Job>();

  get running(): Job | null {
    return this.current && !this.current.finished ? this.current : null;
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  start(work: (emit: (event: JobEvent) => void) => Promise<void>): Job {
    const job: Job = { id: randomUUID(), events: [], finished: false, emitter: new EventEmitter() };
    const emit = (event: JobEvent): void => {
      // Progress fires often; keep only the latest so late subscribers get a short replay.
      if (event.type === 'progress' && job.events.at(-1)?.type === 'progress') job.events.pop();
      job.events.push(event);
      if (event.type !== 'progress') job.finished = true;
      job.emitter.emit('event', event);
    };
    this.current = job;
    this.jobs.set(job.id, job);
    work(emit).catch((error: unknown) =>
      emit({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return job;
  }
}
