/**
 * The core's run surface — expensive to load: the numeric engine (kernels,
 * WebAssembly, every experiment) behind `pipeline.ts`, the one path from a
 * note's text to a block's run. The run worker, the CLI and the worker pool
 * import it; the extension host loads it only for the preview's cheap runs,
 * lazily (`./lazy`).
 */
export {
  DEFAULT_MAX_BLOCKS,
  notRunBlock,
  parseNote,
  parseNoteWithin,
  runParsedBlock,
  runParsedBlockSync,
  type LimitedNote,
  type RunBlockOptions,
  type SeriesBatchRunner,
  type WeightsLoader,
} from '../pipeline';
export { runSeriesSync, type SeriesOutput } from '../numeric/run';
/** The one-line summary of a learning-rate sweep of `train` (window, best rate, divergence). */
export { sweepSummary } from '../numeric/train/window';
