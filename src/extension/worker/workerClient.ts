/**
 * The host side of the run worker: one job at a time, a queue behind it,
 * superseding by key, and cancellation that really stops the work — the
 * worker is terminated and a fresh one is started for the next job. An
 * engine loop cannot be interrupted from outside any other way, and
 * terminating is cheap next to a run that someone wanted stopped.
 * vscode-free (a ThreadWorker: a worker thread or a Web Worker), so it is unit-tested.
 */
import type { ThreadWorker } from '../../threads/threadWorker';
import type { BlockRun } from '../../core/api/notes';
import { discardWorker } from '../../threads/discardWorker';
import { isWorkerReply, type RunRequest } from './protocol';

/** What a job asks the worker to do (the client adds the type and job id). */
export type JobRequest = Omit<RunRequest, 'type' | 'jobId'>;

/** How a job ended. The promise of `run` always resolves with one of these; it never rejects. */
export type JobOutcome =
  | { readonly kind: 'done'; readonly run: BlockRun; readonly svg: string }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'superseded' };

interface Job {
  readonly key: string;
  readonly request: JobRequest;
  readonly onProgress: ((fraction: number) => void) | undefined;
  readonly settle: (outcome: JobOutcome) => void;
}

/** Something that can start a worker (the real one loads dist/worker.js). */
export type WorkerFactory = () => ThreadWorker;

/** Runs jobs in a worker thread, one at a time, keyed so a newer job replaces an older one with the same key. */
export class RunWorkerClient {
  private readonly queue: Job[] = [];
  private current: { readonly job: Job; readonly jobId: number; readonly worker: ThreadWorker } | undefined;
  private worker: ThreadWorker | undefined;
  private nextJobId = 1;
  private disposed = false;

  constructor(
    private readonly createWorker: WorkerFactory,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** Queues a job; a queued or running job with the same key is superseded. */
  run(key: string, request: JobRequest, onProgress?: (fraction: number) => void): Promise<JobOutcome> {
    if (this.disposed) return Promise.resolve({ kind: 'cancelled' });
    return new Promise<JobOutcome>((settle) => {
      this.dropQueued((job) => job.key === key, { kind: 'superseded' });
      if (this.current?.job.key === key) this.stopCurrent({ kind: 'superseded' });
      this.queue.push({ key, request, onProgress, settle });
      this.pump();
    });
  }

  /** Cancels the queued and running jobs whose key passes `match` (all jobs when omitted). */
  cancel(match: (key: string) => boolean = () => true): void {
    this.dropQueued((job) => match(job.key), { kind: 'cancelled' });
    if (this.current && match(this.current.job.key)) this.stopCurrent({ kind: 'cancelled' });
    this.pump();
  }

  /** True while a job runs or waits. */
  get busy(): boolean {
    return this.current !== undefined || this.queue.length > 0;
  }

  /** Keys of the running and queued jobs. */
  pendingKeys(): string[] {
    return [...(this.current ? [this.current.job.key] : []), ...this.queue.map((j) => j.key)];
  }

  /** Cancels everything and stops the worker. */
  dispose(): void {
    this.cancel();
    this.disposed = true;
    this.killWorker();
  }

  private dropQueued(match: (job: Job) => boolean, outcome: JobOutcome): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const job = this.queue[i]!;
      if (match(job)) {
        this.queue.splice(i, 1);
        job.settle(outcome);
      }
    }
  }

  /** Ends the running job by terminating its worker: the simplest stop that is always true. */
  private stopCurrent(outcome: JobOutcome): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    this.killWorker();
    current.job.settle(outcome);
  }

  private killWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) discardWorker(worker);
  }

  private ensureWorker(): ThreadWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.on('message', (msg: unknown) => this.onMessage(worker, msg));
    worker.on('error', (err: Error) => this.onWorkerGone(worker, `the run worker failed: ${err.message}`));
    worker.on('exit', (code: number) => this.onWorkerGone(worker, `the run worker exited (code ${code})`));
    // The host process must never wait for an idle worker to exit.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.current || this.disposed) return;
    const job = this.queue.shift();
    if (!job) return;
    let worker: ThreadWorker;
    try {
      worker = this.ensureWorker();
    } catch (err) {
      job.settle({ kind: 'failed', message: `could not start the run worker: ${(err as Error).message}` });
      this.pump();
      return;
    }
    const jobId = this.nextJobId++;
    this.current = { job, jobId, worker };
    const message: RunRequest = { type: 'run', jobId, ...job.request };
    worker.postMessage(message);
  }

  private finish(outcome: JobOutcome): void {
    const current = this.current;
    this.current = undefined;
    current?.job.settle(outcome);
    this.pump();
  }

  private onMessage(worker: ThreadWorker, msg: unknown): void {
    const current = this.current;
    if (!current || worker !== current.worker) return;
    if (!isWorkerReply(msg)) {
      const id = typeof msg === 'object' && msg !== null ? (msg as { jobId?: unknown }).jobId : undefined;
      this.log(`ignored a malformed message from the run worker (job ${String(id)})`);
      // A malformed final reply for the running job would otherwise leave it waiting forever.
      if (id === current.jobId && (msg as { type?: unknown }).type !== 'progress') {
        this.finish({ kind: 'failed', message: 'the run worker sent a malformed result' });
      }
      return;
    }
    if (msg.jobId !== current.jobId) return;
    switch (msg.type) {
      case 'progress':
        current.job.onProgress?.(msg.fraction);
        return;
      case 'done':
        this.finish({ kind: 'done', run: msg.run, svg: msg.svg });
        return;
      case 'failed':
        this.finish({ kind: 'failed', message: msg.message });
        return;
      default: {
        const never: never = msg;
        return never;
      }
    }
  }

  private onWorkerGone(worker: ThreadWorker, message: string): void {
    if (worker !== this.worker) return;
    this.log(message);
    this.worker = undefined;
    worker.removeAllListeners();
    worker.on('error', () => undefined);
    if (this.current?.worker === worker) this.finish({ kind: 'failed', message });
  }
}
