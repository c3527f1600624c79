/**
 * A kind of worker thread our bundles start: the mark its workerData carries
 * (one bundle can be a main program and a worker script at once, and must
 * know which it was started as), how to start one, and how it answers its
 * parent — one request at a time, in the order they came, each with one reply.
 * The sweep's spec workers (parallel.ts) and `gradexp check`'s note workers
 * (cli/check/parallelCheck.ts) are two roles.
 */
import { isMainThread, Worker, workerData } from 'node:worker_threads';
import { nodeParentPort } from './nodePort';
import { serveInOrder } from './threadWorker';

/** One role of worker thread, with its requests and replies. */
export interface WorkerRole<Request, Reply> {
  /** True in a thread started in this role. */
  isCurrent(): boolean;
  /** Start a thread in this role, running `script` (throws as `new Worker` does). */
  start(script: string): Worker;
  /**
   * In a thread of this role: answer every request from the parent with
   * `answer`'s reply, one request at a time (an asynchronous answer is awaited
   * before the next request starts), or with `failed`'s when `answer` throws.
   */
  serve(answer: (request: Request) => Reply | Promise<Reply>, failed: (request: Request, message: string) => Reply): void;
}

/** The role whose threads carry `mark` (a workerData key set to true). */
export function workerRole<Request, Reply>(mark: string): WorkerRole<Request, Reply> {
  return {
    isCurrent: () => !isMainThread && (workerData as Record<string, unknown> | null)?.[mark] === true,
    start: (script) => new Worker(script, { workerData: { [mark]: true } }),
    serve: (answer, failed) => serveInOrder(nodeParentPort(`a ${mark} thread`), answer, failed),
  };
}
