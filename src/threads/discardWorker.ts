import type { Worker } from 'node:worker_threads';

/**
 * Lets go of a worker thread for good: its listeners are removed (its late
 * messages mean nothing now), an 'error' it may still emit is swallowed (one
 * with no listener would throw in the host), and it is terminated — a
 * terminate error only means the thread is already gone.
 */
export function discardWorker(worker: Worker): void {
  worker.removeAllListeners();
  worker.on('error', () => undefined);
  worker.terminate().catch(() => undefined);
}
