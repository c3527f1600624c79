/**
 * The check worker (bundled to dist/check-worker.js): checks whole notes sent
 * by `gradexp check` (parallelCheck.ts), loading the Compute Engine once per
 * thread. It only reads the text it is sent.
 */
import { serveCheckWorker } from './parallelCheck';

serveCheckWorker();
