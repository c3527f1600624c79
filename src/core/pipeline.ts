import { findBlocks, type FencedBlock } from './blocks/findBlocks';
import { parseBlock, type ParsedBlock } from './spec/parse';
import { runSeries, runSeriesSync, type SeriesOutput } from './numeric/run';
import { blockBudgetProblem } from './numeric/budget';
import { validateWeights } from './numeric/weights';
import { remedyProblems } from './numeric/remedies/applicability';
import { LineIndex } from './text/lines';
import type { BlockRun, ExperimentSpec, NoteError, RunControl, SeriesResult, WeightsData } from './types';

/**
 * From a note's text to its blocks' runs: the one path every adapter (CLI,
 * worker, preview) takes, so they cannot drift apart.
 */

/** Reads a `weights:` file named in a block, relative to the note; adapters supply it. */
export type WeightsLoader = (path: string) => Promise<unknown>;

/** Runs several series at once (e.g. on worker threads); outputs in the specs' order. */
export type SeriesBatchRunner = (specs: readonly ExperimentSpec[]) => Promise<readonly SeriesOutput[]>;

/** Options for running one parsed block. */
export interface RunBlockOptions {
  readonly control?: RunControl;
  /** Used instead of running the series one by one, when the adapter has threads to spare. */
  readonly runBatch?: SeriesBatchRunner;
  readonly loadWeights?: WeightsLoader;
  /** Clock for elapsedMs; adapters pass performance.now. */
  readonly now?: () => number;
}

/** Every gradexp block of a note, parsed and validated. */
export function parseNote(note: string): ParsedBlock[] {
  return findBlocks(note).map((block) => parseBlock(note, block));
}

/** Blocks run per note by default: a note with more was generated, not written (the panel shows 1,000). */
export const DEFAULT_MAX_BLOCKS = 10_000;

/** A note's first `maxBlocks` blocks, parsed, and the ones past the limit, found but neither parsed nor run. */
export interface LimitedNote {
  readonly parsed: ParsedBlock[];
  readonly notRun: readonly FencedBlock[];
}

/** Like parseNote, but parses at most `maxBlocks` blocks (200,000 blocks took 20 s to run and print). */
export function parseNoteWithin(note: string, maxBlocks = DEFAULT_MAX_BLOCKS): LimitedNote {
  const blocks = findBlocks(note);
  return { parsed: blocks.slice(0, maxBlocks).map((block) => parseBlock(note, block)), notRun: blocks.slice(maxBlocks) };
}

/** A failed run standing for the blocks past the limit: `message` on the first one's opening fence. */
export function notRunBlock(note: string, first: FencedBlock, message: string): BlockRun {
  const error = fenceError(note, first, message);
  return { line: first.fenceLine, experiment: 'mlp', title: '', dtype: 'fp32', plot: 'grad-norm', errors: [error], series: [], elapsedMs: 0 };
}

/** Run every series of a parsed block; errors (bad spec, weights, budget) come back inside the BlockRun. */
export async function runParsedBlock(note: string, parsed: ParsedBlock, options: RunBlockOptions = {}): Promise<BlockRun> {
  const now = options.now ?? Date.now;
  const started = now();
  if (parsed.errors.length > 0) return failedRun(parsed, parsed.errors);
  const loaded = await loadBlockWeights(note, parsed, options.loadWeights);
  if ('errors' in loaded) return failedRun(parsed, loaded.errors);
  const budgetErrors = budgetProblems(note, parsed, loaded.specs, options.control?.budget);
  if (budgetErrors.length) return failedRun(parsed, budgetErrors);
  const outputs = options.runBatch ? await options.runBatch(loaded.specs) : await runOneByOne(loaded.specs, options.control);
  const series = outputs.map((output, i) => ({ label: parsed.series[i].label, params: parsed.series[i].params, ...output }));
  return finishedRun(parsed, loaded.specs, series, now() - started);
}

async function runOneByOne(specs: readonly ExperimentSpec[], control: RunControl | undefined): Promise<SeriesOutput[]> {
  const outputs: SeriesOutput[] = [];
  for (let i = 0; i < specs.length; i++) outputs.push(await runSeries(specs[i], scaledControl(control, i, specs.length)));
  return outputs;
}

/**
 * The same run, synchronously, for the Markdown preview (which renders
 * synchronously) — only for blocks without a weights file and within `budget`.
 */
export function runParsedBlockSync(note: string, parsed: ParsedBlock, budget: number): BlockRun | undefined {
  if (parsed.errors.length > 0) return failedRun(parsed, parsed.errors);
  const specs = parsed.series.map((s) => s.spec);
  if (specs.some((s) => s.weightsPath !== null)) return undefined;
  if (budgetProblems(note, parsed, specs, budget).length) return undefined;
  const started = Date.now();
  const series = specs.map((spec, i) => ({ label: parsed.series[i].label, params: parsed.series[i].params, ...runSeriesSync(spec) }));
  return finishedRun(parsed, specs, series, Date.now() - started);
}

function finishedRun(parsed: ParsedBlock, specs: readonly ExperimentSpec[], series: SeriesResult[], elapsedMs: number): BlockRun {
  const first = specs[0];
  return {
    line: parsed.block.fenceLine,
    experiment: first.experiment,
    title: first.title,
    dtype: first.dtype,
    plot: first.plot,
    errors: [],
    series,
    elapsedMs,
  };
}

function failedRun(parsed: ParsedBlock, errors: readonly NoteError[]): BlockRun {
  const first = parsed.series[0]?.spec;
  return {
    line: parsed.block.fenceLine,
    experiment: first?.experiment ?? 'mlp',
    title: first?.title ?? '',
    dtype: first?.dtype ?? 'fp32',
    plot: first?.plot ?? 'grad-norm',
    errors,
    series: [],
    elapsedMs: 0,
  };
}

/** Progress of series i of n maps into [i/n, (i+1)/n] of the whole block. */
function scaledControl(control: RunControl | undefined, i: number, n: number): RunControl | undefined {
  if (!control?.onProgress) return control;
  const report = control.onProgress;
  return { ...control, onProgress: (f) => report((i + f) / n) };
}

/** Where a block-level problem is reported: its opening fence line. */
function fenceError(note: string, block: FencedBlock, message: string, start = block.start, end = block.start + 3): NoteError {
  const { line, column } = new LineIndex(note).positionAt(start);
  return { line, column, message, start, end };
}

function keyRange(parsed: ParsedBlock, name: string): { start: number; end: number } | undefined {
  const key = parsed.keys.find((k) => k.name === name);
  return key ? { start: key.valueStart, end: key.valueEnd } : undefined;
}

function budgetProblems(note: string, parsed: ParsedBlock, specs: readonly ExperimentSpec[], budget: number | undefined): NoteError[] {
  const problem = blockBudgetProblem(specs, budget);
  return problem === null ? [] : [fenceError(note, parsed.block, problem)];
}

type LoadedWeights = { specs: ExperimentSpec[] } | { errors: NoteError[] };

async function loadBlockWeights(note: string, parsed: ParsedBlock, loader: WeightsLoader | undefined): Promise<LoadedWeights> {
  const specs: ExperimentSpec[] = [];
  const cache = new Map<string, WeightsData>();
  for (const { spec } of parsed.series) {
    const path = spec.weightsPath;
    if (path === null) {
      specs.push(spec);
      continue;
    }
    const range = keyRange(parsed, 'weights') ?? { start: parsed.block.start, end: parsed.block.start + 3 };
    const located = (message: string): LoadedWeights => ({ errors: [fenceError(note, parsed.block, message, range.start, range.end)] });
    let data = cache.get(path);
    if (!data) {
      if (!loader) return located(`weights file '${path}' cannot be read here`);
      let raw: unknown;
      try {
        raw = await loader(path);
      } catch (e) {
        return located(`cannot read weights file '${path}': ${(e as Error).message}`);
      }
      const problems = validateWeights(raw);
      if (problems.length) return located(`weights file '${path}': ${problems.join('; ')}`);
      data = raw as WeightsData;
      cache.set(path, data);
    }
    const loaded = withWeights(spec, data);
    const widths = [data.weights[0]?.[0]?.length ?? 0, ...data.weights.map((w) => w.length)];
    const remedy = remedyProblems(loaded, widths)[0];
    if (remedy) {
      const at = keyRange(parsed, remedy.key) ?? range;
      return { errors: [fenceError(note, parsed.block, `with weights file '${path}': ${remedy.message}`, at.start, at.end)] };
    }
    specs.push(loaded);
  }
  return { specs };
}

/** Depth and widths come from the weights file (docs/spec.md §1.4). */
function withWeights(spec: ExperimentSpec, data: WeightsData): ExperimentSpec {
  const first = data.weights[0];
  return { ...spec, weights: data, depth: data.weights.length, width: first ? first[0]?.length ?? spec.width : spec.width };
}
