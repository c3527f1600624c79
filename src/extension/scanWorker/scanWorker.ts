/** The desktop's scan worker (bundled to dist/scan-worker.js): serveScans.ts in a worker thread. */
import { nodeParentPort } from '../../threads/nodePort';
import { serveScanRequests } from './serveScans';
import { countBudgetsInThreadCpu } from '../../threads/threadCpuClock';

countBudgetsInThreadCpu();

serveScanRequests(nodeParentPort('scanWorker.ts'));
