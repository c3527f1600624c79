/** The web's scan worker (bundled to dist/web/scan-worker.js): serveScans.ts in a Web Worker. */
import { serveScanRequests } from '../scanWorker/serveScans';
import { webWorkerPort } from './webPort';

serveScanRequests(webWorkerPort());
