/**
 * One job of the run worker as a plain async function: request in, reply out.
 * Kept apart from the worker's message loop so tests can call it directly.
 */
import { findBlocks, parseBlock, type ExperimentSpec, type WeightsData } from '../../core/api/notes';
import { renderChartSvg } from '../../core/api/views';
import { runParsedBlock, type SeriesOutput } from '../../core/api/experiments';
import { worthParallel } from '../../threads/worthParallel';
import type { DoneReply, FailedReply, RunRequest } from './protocol';

/** Runs a sweep's series on other threads (runWorker.ts's SpecPool); progress as the fraction of series done. */
export type SweepRunner = (specs: readonly ExperimentSpec[], budget: number, onProgress: (fraction: number) => void) => Promise<SeriesOutput[]>;

/** Looks a weights file up among those the host read for this request. */
function weightsLoader(request: RunRequest): (path: string) => Promise<WeightsData> {
  return async (path) => {
    const entry = request.weights[path];
    if (!entry) throw new Error(`weights file '${path}' was not read by the editor`);
    if (!entry.ok) throw new Error(entry.message);
    return entry.data;
  };
}

/**
 * Runs block `request.blockIndex` of `request.note` and renders its chart; never throws.
 * A sweep large enough to be worth it (worthParallel) goes to `runSweep` when given.
 */
export async function handleRunRequest(
  request: RunRequest,
  onProgress: (fraction: number) => void,
  runSweep?: SweepRunner,
): Promise<DoneReply | FailedReply> {
  try {
    const block = findBlocks(request.note)[request.blockIndex];
    if (!block) {
      return { type: 'failed', jobId: request.jobId, message: `the note has no gradexp block #${request.blockIndex + 1} any more` };
    }
    const parsed = parseBlock(request.note, block);
    const spread = runSweep && worthParallel(parsed.series.map((s) => s.spec));
    const run = await runParsedBlock(request.note, parsed, {
      control: { budget: request.budget, onProgress },
      runBatch: spread ? (specs) => runSweep(specs, request.budget, onProgress) : undefined,
      loadWeights: weightsLoader(request),
      now: () => performance.now(),
    });
    return { type: 'done', jobId: request.jobId, run, svg: renderChartSvg(run) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { type: 'failed', jobId: request.jobId, message };
  }
}
