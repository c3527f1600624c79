import type { ThreadWorker } from './threadWorker';

/**
 * Lets go of a worker (a thread or a Web Worker) for good: its listeners are removed (its late
 * messages mean nothing now), an 'error' it may still emit is swallowed (one
 * with no listener would throw in the host), and it is terminated — a
 * terminate error only means the thread is already gone.
 */
export function discardWorker(worker: ThreadWorker): void {
  worker.removeAllListeners();
  worker.on('error', () => undefined);
  worker.terminate().catch(() => undefined);
}
