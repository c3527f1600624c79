/**
 * The run worker (bundled to dist/worker.js): parses the requested block of a
 * note, runs it with the engine and renders its chart, off the extension
 * host's thread. It never reads files — weights arrive in the request, read by
 * the host — and never runs anything from the note: a block is data.
 */
import { parentPort } from 'node:worker_threads';
import { handleRunRequest } from './runJob';
import { isRunRequest, type FailedReply, type WorkerReply } from './protocol';

const port = parentPort;
if (!port) throw new Error('runWorker.ts must be started as a worker thread');

/** Progress posts at most this often: the host only redraws a notification. */
const PROGRESS_INTERVAL_MS = 100;

port.on('message', (msg: unknown) => {
  if (!isRunRequest(msg)) {
    const jobId = typeof msg === 'object' && msg !== null ? (msg as { jobId?: unknown }).jobId : undefined;
    if (typeof jobId === 'number' && Number.isSafeInteger(jobId) && jobId >= 0) {
      const reply: FailedReply = { type: 'failed', jobId, message: 'the run worker received a malformed request' };
      port.postMessage(reply);
    }
    return;
  }
  let lastProgress = 0;
  const post = (reply: WorkerReply) => port.postMessage(reply);
  void handleRunRequest(msg, (fraction) => {
    const now = Date.now();
    if (now - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = now;
    post({ type: 'progress', jobId: msg.jobId, fraction: Math.min(1, Math.max(0, fraction)) });
  }).then(post);
});
