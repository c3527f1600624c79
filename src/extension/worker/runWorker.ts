/**
 * The desktop's run worker (bundled to dist/worker.js): parses the requested
 * block of a note, runs it with the engine and renders its chart, off the
 * extension host's thread (serveRuns.ts). It never reads files — weights
 * arrive in the request, read by the host — and never runs anything from the
 * note: a block is data.
 *
 * The same script serves the threads a large sweep is spread over (a SpecPool
 * started from here, kept for later sweeps); they end when this worker is
 * terminated, so Cancel stops them too.
 */
import { nodeParentPort } from '../../threads/nodePort';
import { isSpecWorker, serveSpecWorker, SpecPool } from '../../threads/parallel';
import type { SweepRunner } from './runJob';
import { serveRunRequests } from './serveRuns';

if (isSpecWorker()) serveSpecWorker();
else {
  let pool: SpecPool | undefined;
  const runSweep: SweepRunner = (specs, budget, onProgress) => {
    pool ??= new SpecPool(__filename); // this bundle, started as a spec worker
    return pool.run(specs, { budget, onSeriesDone: (done, total) => onProgress(done / total) });
  };
  serveRunRequests(nodeParentPort('runWorker.ts'), runSweep);
}
