/** A Web Worker's own end of its channel as a WorkerPort (see threads/threadWorker.ts). */
import type { WorkerPort } from '../../threads/threadWorker';

/** The part of a dedicated worker's global scope a port needs. */
interface WorkerScope {
  onmessage: ((event: { readonly data: unknown }) => void) | null;
  postMessage(message: unknown): void;
}

/** This Web Worker's port to the script that started it (one listener: each worker serves one loop). */
export function webWorkerPort(): WorkerPort {
  const scope = globalThis as unknown as WorkerScope;
  return {
    onMessage: (listener) => {
      scope.onmessage = (event) => listener(event.data);
    },
    postMessage: (message) => scope.postMessage(message),
  };
}
