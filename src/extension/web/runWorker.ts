/**
 * The web's run worker (bundled to dist/web/worker.js): serveRuns.ts in a Web
 * Worker. A sweep runs its series here one after another — the web host has
 * no shared memory and its nested workers would each load the engine again, so
 * it is not spread; progress and Cancel are the desktop's.
 */
import { serveRunRequests } from '../worker/serveRuns';
import { webWorkerPort } from './webPort';

serveRunRequests(webWorkerPort());
