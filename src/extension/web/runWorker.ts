/**
 * The web's run worker (bundled to dist/web/worker.js): serveRuns.ts in a Web
 * Worker. A sweep runs its series here one after another: spreading it over
 * nested Web Workers, as the desktop spreads one over threads, is not wired
 * (it would need this script's Blob URL passed down). Progress and Cancel are
 * the desktop's; nothing here needs shared memory.
 */
import { serveRunRequests } from '../worker/serveRuns';
import { webWorkerPort } from './webPort';

serveRunRequests(webWorkerPort());
