/**
 * Runs the series of a sweep on worker threads (one engine — and one
 * WebAssembly instance — per thread) and returns their outputs in the order of
 * the specs. Any bundle can serve as the worker script: it calls
 * serveSpecWorker() when isSpecWorker() is true (see bench/main.ts), e.g.
 *
 *   if (isSpecWorker()) serveSpecWorker(); else main();
 *   const outputs = await runSpecsInParallel(specs, { workerScript: __filename });
 *
 * A long-lived adapter (an editor session) keeps a SpecPool instead, so the
 * threads' start-up is paid once.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { CancelledError, type ExperimentSpec } from '../core/api/notes';
import { runSeriesSync, type SeriesOutput } from '../core/api/experiments';
import { workerRole } from './workerRole';

export { PARALLEL_MIN_WORK, worthParallel } from './worthParallel';

/** Per-run options. */
export interface RunOptions {
  /** Aborting terminates the busy workers and rejects with CancelledError. */
  readonly signal?: AbortSignal;
  /** Work budget per series (multiply-adds), passed to the engine. */
  readonly budget?: number;
  /** Called as each series finishes (in any order), e.g. for a progress bar. */
  readonly onSeriesDone?: (finished: number, total: number) => void;
}

/** Options of runSpecsInParallel. */
export interface ParallelOptions extends RunOptions {
  /** A script that calls serveSpecWorker() when started as a spec worker. */
  readonly workerScript: string;
  /** Worker threads to use; default: the machine's available parallelism, at most one per spec. */
  readonly threads?: number;
}

interface Job {
  readonly run: number;
  readonly index: number;
  readonly spec: ExperimentSpec;
  readonly budget?: number;
}
type Reply = { readonly run: number; readonly index: number } & ({ readonly output: SeriesOutput } | { readonly error: string });

const specWorker = workerRole<Job, Reply>('gradexpSpecWorker');

/** True in a thread started by a SpecPool. */
export function isSpecWorker(): boolean {
  return specWorker.isCurrent();
}

/** Answer run requests from the parent thread, one series at a time (call in the worker script). */
export function serveSpecWorker(): void {
  specWorker.serve(
    (job) => ({ run: job.run, index: job.index, output: runSeriesSync(job.spec, { budget: job.budget }) }),
    (job, error) => ({ run: job.run, index: job.index, error }),
  );
}

/**
 * A pool of spec workers, started on first use and reused across runs. One run
 * at a time (a second run waits for the first). A failed series leaves the
 * workers alive; an abort terminates them and the next run starts fresh ones.
 */
export class SpecPool {
  private workers: Worker[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private runCount = 0;
  private closed = false;

  constructor(
    private readonly workerScript: string,
    private readonly threads = availableParallelism(),
  ) {}

  /** Run every spec; resolves with the outputs in spec order, rejects with the first series' error. */
  run(specs: readonly ExperimentSpec[], options: RunOptions = {}): Promise<SeriesOutput[]> {
    const result = this.queue.then(() => this.runNow(specs, options));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Stop every worker; the pool cannot be used afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }

  private ensureWorkers(count: number): Worker[] {
    while (this.workers.length < count) {
      this.workers.push(specWorker.start(this.workerScript));
    }
    return this.workers.slice(0, count);
  }

  private runNow(specs: readonly ExperimentSpec[], options: RunOptions): Promise<SeriesOutput[]> {
    if (this.closed) return Promise.reject(new Error('the spec pool is closed'));
    if (specs.length === 0) return Promise.resolve([]);
    if (options.signal?.aborted) return Promise.reject(new CancelledError());
    const run = ++this.runCount;
    const workers = this.ensureWorkers(Math.max(1, Math.min(this.threads, specs.length)));
    const results = new Array<SeriesOutput>(specs.length);
    let nextJob = 0;
    let finished = 0;

    return new Promise<SeriesOutput[]>((resolve, reject) => {
      const listeners: [Worker, (reply: Reply) => void, (e: Error) => void, (code: number) => void][] = [];
      let settled = false;
      const settle = (error?: Error, terminate = false): void => {
        if (settled) return;
        settled = true;
        options.signal?.removeEventListener('abort', onAbort);
        for (const [w, onMessage, onError, onExit] of listeners) {
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
        }
        if (terminate) {
          // A worker busy with a series cannot be interrupted: replace them all.
          for (const w of workers) void w.terminate();
          this.workers = this.workers.filter((w) => !workers.includes(w));
        }
        if (error) reject(error);
        else resolve(results);
      };
      const onAbort = (): void => settle(new CancelledError(), true);
      options.signal?.addEventListener('abort', onAbort);

      const feed = (w: Worker): void => {
        if (nextJob >= specs.length) return;
        const job: Job = { run, index: nextJob, spec: specs[nextJob]!, budget: options.budget };
        nextJob++;
        w.postMessage(job);
      };

      for (const w of workers) {
        const onMessage = (reply: Reply): void => {
          if (reply.run !== run) return; // a late answer from an earlier, failed run
          if ('error' in reply) return settle(new Error(`series ${reply.index + 1}: ${reply.error}`));
          results[reply.index] = reply.output;
          finished++; // not inside the optional call below: its arguments are skipped when there is no callback
          options.onSeriesDone?.(finished, specs.length);
          if (finished === specs.length) return settle();
          feed(w);
        };
        const onError = (e: Error): void => settle(e, true);
        const onExit = (code: number): void => settle(new Error(`a sweep worker exited early (code ${code})`), true);
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        listeners.push([w, onMessage, onError, onExit]);
        feed(w);
      }
    });
  }
}

/**
 * Run every spec on a temporary pool of worker threads (start-up included);
 * resolves with the outputs in spec order, rejects with the first series' error
 * (or CancelledError on abort).
 */
export async function runSpecsInParallel(specs: readonly ExperimentSpec[], options: ParallelOptions): Promise<SeriesOutput[]> {
  if (specs.length === 0) return [];
  const pool = new SpecPool(options.workerScript, Math.min(options.threads ?? availableParallelism(), specs.length));
  try {
    return await pool.run(specs, options);
  } finally {
    await pool.close();
  }
}
