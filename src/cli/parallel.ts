/**
 * Runs the series of a sweep on worker threads (one engine — and one
 * WebAssembly instance — per thread) and returns their outputs in the order of
 * the specs. Any bundle can serve as the worker script: it calls
 * serveSpecWorker() when isSpecWorker() is true (see bench/main.ts), e.g.
 *
 *   if (isSpecWorker()) serveSpecWorker(); else main();
 *   const outputs = await runSpecsInParallel(specs, { workerScript: __filename });
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { runSeriesSync, type SeriesOutput } from '../core/numeric/run';
import { CancelledError, type ExperimentSpec } from '../core/types';

const MARK = 'gradexpSpecWorker';

/** Options of runSpecsInParallel. */
export interface ParallelOptions {
  /** A script that calls serveSpecWorker() when started as a spec worker. */
  readonly workerScript: string;
  /** Worker threads to use; default: the machine's available parallelism, at most one per spec. */
  readonly threads?: number;
  /** Aborting terminates the workers and rejects with CancelledError. */
  readonly signal?: AbortSignal;
  /** Work budget per series (multiply-adds), passed to the engine. */
  readonly budget?: number;
}

interface Job {
  readonly index: number;
  readonly spec: ExperimentSpec;
  readonly budget?: number;
}
type Reply = { readonly index: number; readonly output: SeriesOutput } | { readonly index: number; readonly error: string };

/** True in a thread started by runSpecsInParallel. */
export function isSpecWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[MARK] === true;
}

/** Answer run requests from the parent thread, one series at a time (call in the worker script). */
export function serveSpecWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('serveSpecWorker must run in a worker thread');
  port.on('message', (job: Job) => {
    let reply: Reply;
    try {
      reply = { index: job.index, output: runSeriesSync(job.spec, { budget: job.budget }) };
    } catch (e) {
      reply = { index: job.index, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(reply);
  });
}

/**
 * Run every spec on a pool of worker threads; resolves with the outputs in spec
 * order, rejects with the first series' error (or CancelledError on abort).
 */
export function runSpecsInParallel(specs: readonly ExperimentSpec[], options: ParallelOptions): Promise<SeriesOutput[]> {
  if (specs.length === 0) return Promise.resolve([]);
  if (options.signal?.aborted) return Promise.reject(new CancelledError());
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), specs.length));
  const results = new Array<SeriesOutput>(specs.length);
  const workers: Worker[] = [];
  let nextJob = 0;
  let finished = 0;
  let settled = false;

  return new Promise<SeriesOutput[]>((resolve, reject) => {
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(results);
    };
    const onAbort = (): void => settle(new CancelledError());
    options.signal?.addEventListener('abort', onAbort);

    const feed = (w: Worker): void => {
      if (nextJob >= specs.length) return;
      const job: Job = { index: nextJob, spec: specs[nextJob]!, budget: options.budget };
      nextJob++;
      w.postMessage(job);
    };

    for (let t = 0; t < threads; t++) {
      const w = new Worker(options.workerScript, { workerData: { [MARK]: true } });
      workers.push(w);
      w.on('message', (reply: Reply) => {
        if ('error' in reply) return settle(new Error(`series ${reply.index + 1}: ${reply.error}`));
        results[reply.index] = reply.output;
        if (++finished === specs.length) return settle();
        feed(w);
      });
      w.on('error', (e) => settle(e));
      w.on('exit', (code) => {
        if (!settled) settle(new Error(`a sweep worker exited early (code ${code})`));
      });
      feed(w);
    }
  });
}
