import { availableParallelism } from 'node:os';
import { runSpecsInParallel } from '../src/cli/parallel';
import { runSeriesSync } from '../src/core/numeric/run';
import { medianMs, medianMsAsync, withWallClock } from './measure';
import { mlpBenchSpec } from './specs';
import type { BenchRow } from './table';

/**
 * A 4-series sweep (the bench MLP, fp32, seeds 1–4): one after another on this
 * thread, against spread over worker threads — worker start-up included.
 */
export async function sweepRow(reps: number): Promise<BenchRow> {
  const specs = [1, 2, 3, 4].map((seed) => ({ ...mlpBenchSpec('fp32'), seed }));
  const threads = Math.min(availableParallelism(), specs.length);
  // Wall time on both sides: the point is the elapsed time, and CPU time would add up the threads.
  const { sequential, parallel } = await withWallClock(async () => ({
    sequential: medianMs(() => specs.forEach((s) => runSeriesSync(s)), reps, 1),
    parallel: await medianMsAsync(() => runSpecsInParallel(specs, { workerScript: __filename, threads }), reps, 1),
  }));
  return {
    workload: `sweep of 4 mlp fp32 series on ${threads} worker threads`,
    oursMs: parallel,
    against: 'same, sequential',
    theirsMs: sequential,
    ratio: sequential / parallel,
    ratioLabel: '× speed-up',
    goal: threads > 1 ? '> 1' : undefined,
    met: threads > 1 ? sequential / parallel > 1 : undefined,
    note: 'wall time, includes worker start-up',
  };
}
