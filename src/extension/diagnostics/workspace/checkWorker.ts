/**
 * The desktop's workspace check worker (bundled to
 * dist/workspace-check-worker.js): serveChecks.ts in a worker thread.
 */
import { nodeParentPort } from '../../../threads/nodePort';
import { serveWorkspaceChecks } from './serveChecks';
import { countBudgetsInThreadCpu } from '../../../threads/threadCpuClock';

countBudgetsInThreadCpu();

serveWorkspaceChecks(nodeParentPort('checkWorker.ts'));
