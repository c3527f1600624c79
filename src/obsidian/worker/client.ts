/**
 * The main thread's side of the worker: posts jobs, matches replies by id,
 * and starts the worker again after it died (its pending jobs fail with the
 * reason). Nothing here computes; the editor never waits on more than a promise.
 */
import type { JobKind, JobReply, Jobs } from './protocol';

/** The part of a Web Worker the client uses (a fake one in tests). */
export interface WorkerLike {
  onmessage: ((event: { readonly data: JobReply }) => void) | null;
  onerror: ((event: { readonly message?: string }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
}

export class JobClient {
  private worker: WorkerLike | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** `start` makes a fresh worker; called on the first job and after a crash. */
  constructor(private readonly start: () => WorkerLike) {}

  /** Posts one job; resolves with its result, rejects with the worker's message. */
  request<K extends JobKind>(kind: K, request: Jobs[K]['request']): Promise<Jobs[K]['result']> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      worker.postMessage({ ...request, id, kind });
    });
  }

  /** Jobs posted and not answered yet. */
  get busy(): number {
    return this.pending.size;
  }

  /** Stops the worker; unanswered jobs fail. */
  dispose(): void {
    this.fail('gradexp was unloaded');
    this.worker?.terminate();
    this.worker = undefined;
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.onmessage = (event) => this.settle(event.data);
    worker.onerror = (event) => {
      // A worker that threw outside a job (out of memory, a bug) is replaced on the next job.
      this.fail(`the gradexp worker stopped: ${event.message ?? 'unknown error'}`);
      worker.terminate();
      if (this.worker === worker) this.worker = undefined;
    };
    this.worker = worker;
    return worker;
  }

  private settle(reply: JobReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.ok) pending.resolve(reply.result);
    else pending.reject(new Error(reply.message));
  }

  private fail(message: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const p of waiting) p.reject(new Error(message));
  }
}
