/** The parent port of a Node worker thread as a WorkerPort (see threadWorker.ts). */
import { parentPort } from 'node:worker_threads';
import type { WorkerPort } from './threadWorker';

/** This thread's port to its parent; throws when the script was not started as a worker thread. */
export function nodeParentPort(script: string): WorkerPort {
  const port = parentPort;
  if (!port) throw new Error(`${script} must be started as a worker thread`);
  return { onMessage: (listener) => port.on('message', listener), postMessage: (message) => port.postMessage(message) };
}
