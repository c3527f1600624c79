/**
 * The run worker's message loop, the same in both hosts: answers run
 * requests one job at a time as the host sends them, with throttled progress.
 * The desktop's worker thread (runWorker.ts) spreads large sweeps over more
 * threads; the web's Web Worker (web/runWorker.ts) runs them in itself.
 */
import type { WorkerPort } from '../../threads/threadWorker';
import { handleRunRequest, type SweepRunner } from './runJob';
import { isRunRequest, type FailedReply, type WorkerReply } from './protocol';

/** Progress posts at most this often: the host only redraws a notification. */
const PROGRESS_INTERVAL_MS = 100;

/** Answers run requests on `port`; a sweep worth spreading goes to `runSweep` when given. */
export function serveRunRequests(port: WorkerPort, runSweep?: SweepRunner): void {
  port.onMessage((msg) => {
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
