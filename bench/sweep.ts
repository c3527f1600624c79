import { availableParallelism } from 'node:os';
import { runSpecsInParallel, SpecPool } from '../src/threads/parallel';
import { runSeriesSync } from '../src/core/numeric/run';
import { medianMs, medianMsAsync, withWallClock } from './measure';
import { mlpBenchSpec } from './specs';
import type { BenchRow } from './table';

/**
 * A 4-series sweep (the bench MLP, fp32, seeds 1–4, network build included):
 * one after another on this thread, against spread over worker threads — once
 * with fresh workers (start-up included), once on a warm SpecPool.
 */
export async function sweepRows(reps: number): Promise<BenchRow[]> {
  const specs = [1, 2, 3, 4].map((seed) => ({ ...mlpBenchSpec('fp32'), seed }));
  const threads = Math.min(availableParallelism(), specs.length);
  const pool = new SpecPool(__filename, threads);
  try {
    // Wall time on every side: the point is elapsed time, and CPU time would add up the threads.
    const t = await withWallClock(async () => ({
      sequential: medianMs(() => specs.forEach((s) => runSeriesSync(s)), reps, 1),
      fresh: await medianMsAsync(() => runSpecsInParallel(specs, { workerScript: __filename, threads }), reps, 1),
      warm: await medianMsAsync(() => pool.run(specs), reps, 1),
    }));
    const row = (label: string, ms: number, note: string): BenchRow => ({
      workload: `sweep of 4 mlp fp32 series, ${threads} worker threads, ${label}`,
      oursMs: ms,
      against: 'same, sequential',
      theirsMs: t.sequential,
      ratio: t.sequential / ms,
      ratioLabel: '× speed-up',
      goal: threads > 1 ? '> 1' : undefined,
      met: threads > 1 ? t.sequential / ms > 1 : undefined,
      note,
    });
    return [row('fresh workers', t.fresh, 'wall time, start-up included'), row('warm SpecPool', t.warm, 'wall time')];
  } finally {
    await pool.close();
  }
}
