/** A stand-in Web Worker for Node tests: it answers with the real jobs, through structured clones as postMessage does. */
import type { WorkerLike } from '../../src/obsidian/worker/client';
import { handleJob } from '../../src/obsidian/worker/jobs';
import type { JobReply, JobRequest } from '../../src/obsidian/worker/protocol';

/** A worker that answers with the real jobs; `hold` keeps replies until `release` (to answer out of order). */
export class JobWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  /** Requests posted so far. */
  posted = 0;
  readonly held: JobReply[] = [];
  constructor(private readonly hold = false) {}
  postMessage(message: unknown): void {
    this.posted++;
    void handleJob(structuredClone(message) as JobRequest).then((reply) => {
      if (this.hold) this.held.push(reply);
      else this.onmessage?.({ data: structuredClone(reply) });
    });
  }
  release(order: readonly number[]): void {
    for (const i of order) this.onmessage?.({ data: this.held[i]! });
  }
  terminate(): void {
    this.terminated = true;
  }
}

