/** The web's workspace check worker (bundled to dist/web/workspace-check-worker.js): serveChecks.ts in a Web Worker. */
import { serveWorkspaceChecks } from '../diagnostics/workspace/serveChecks';
import { webWorkerPort } from './webPort';

serveWorkspaceChecks(webWorkerPort());
