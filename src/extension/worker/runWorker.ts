/**
 * The run worker (bundled to dist/worker.js): parses the requested block of a
 * note, runs it with the engine and renders its chart, off the extension
 * host's thread. It never reads files — weights arrive in the request, read by
 * the host — and never runs anything from the note: a block is data.
 *
 * The same script serves the threads a large sweep is spread over (a SpecPool
 * started from here, kept for later sweeps); they end when this worker is
 * terminated, so Cancel stops them too.
 */
import { parentPort } from 'node:worker_threads';
import { isSpecWorker, serveSpecWorker, SpecPool } from '../../threads/parallel';
import { handleRunRequest, type SweepRunner } from './runJob';
import { isRunRequest, type FailedReply, type WorkerReply } from './protocol';

/** Progress posts at most this often: the host only redraws a notification. */
const PROGRESS_INTERVAL_MS = 100;

type Port = NonNullable<typeof parentPort>;

/** Answers run requests, one job at a time as the host sends them. */
function serveRunRequests(port: Port): void {
  let pool: SpecPool | undefined;
  const runSweep: SweepRunner = (specs, budget, onProgress) => {
    pool ??= new SpecPool(__filename); // this bundle, started as a spec worker
    return pool.run(specs, { budget, onSeriesDone: (done, total) => onProgress(done / total) });
  };
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
    const onProgress = (fraction: number): void => {
      const now = Date.now();
      if (now - lastProgress < PROGRESS_INTERVAL_MS) return;
      lastProgress = now;
      post({ type: 'progress', jobId: msg.jobId, fraction: Math.min(1, Math.max(0, fraction)) });
    };
    void handleRunRequest(msg, onProgress, runSweep).then(post);
  });
}

const port = parentPort;
if (!port) throw new Error('runWorker.ts must be started as a worker thread');
if (isSpecWorker()) serveSpecWorker();
else serveRunRequests(port);
