import { CancelledError } from '../types';
import type { ExperimentSpec, LayerStats, Point, RunControl, SeriesSummary, TrainDetails, TrainOutcome } from '../types';
import { activationCurveSteps } from './activationCurve';
import { isOneOf, MLP_PLOT_STAT, PLOTS } from '../plots';
import { checkBudget } from './budget';
import { matmulChainSteps } from './matmulChain';
import { mlpSteps } from './mlp';
import { sharedNetwork } from './networkMemo';
import { powerSteps } from './power';
import { summarize, summarizeCounts } from './summary';
import { summarizeBackward, summarizeCurve, summarizePower } from './summaryViews';
import { summarizeTrain } from './train/summary';
import { trainSteps } from './train/train';

/**
 * Runs one series of any experiment. Every experiment is a generator that
 * yields its progress after each layer/step; the async runner drives it with
 * cancellation, progress and yields to the host, the sync runner (for the
 * Markdown preview) simply drains it — so both share every line of numerics.
 */

/** What one series produces (the label and params are added by the caller). */
export interface SeriesOutput {
  readonly layers?: LayerStats[];
  readonly points?: Point[];
  readonly training?: TrainDetails;
  readonly summary: SeriesSummary;
}

type RawOutput = { readonly layers: LayerStats[] } | { readonly points: Point[] } | { readonly training: TrainOutcome };

/** Host time between yields of the async runner, so that an abort can arrive. */
const YIELD_EVERY_MS = 20;

/** The mlp statistic a `plot` value selects (plots.ts; grad-norm, the default, for any other value). */
export function mlpPlotKey(plot: string): keyof Omit<LayerStats, 'layer'> {
  return isOneOf(PLOTS.mlp, plot) ? MLP_PLOT_STAT[plot] : MLP_PLOT_STAT[PLOTS.mlp[0]];
}

/** The point field a `plot` value selects for the other experiments. */
export function pointPlotKey(spec: ExperimentSpec): string {
  switch (spec.experiment) {
    case 'matmul-chain':
      return spec.plot === 'max-abs' ? 'maxAbs' : 'norm';
    case 'power':
      return 'value';
    case 'activation':
      return spec.plot === 'f' ? 'f' : 'df';
    case 'mlp':
      return mlpPlotKey(spec.plot);
    case 'train':
      return 'loss';
  }
}

function* experimentSteps(spec: ExperimentSpec): Generator<number, RawOutput, void> {
  switch (spec.experiment) {
    case 'mlp':
      return { layers: yield* mlpSteps(spec, { network: sharedNetwork(spec) }) };
    case 'matmul-chain':
      return { points: yield* matmulChainSteps(spec) };
    case 'activation':
      return { points: yield* activationCurveSteps(spec) };
    case 'power':
      return { points: yield* powerSteps(spec) };
    case 'train':
      return { training: yield* trainSteps(spec) };
  }
}

function finish(spec: ExperimentSpec, raw: RawOutput): SeriesOutput {
  if ('training' in raw) {
    const { points, ...training } = raw.training;
    return { points: [...points], training, summary: summarizeTrain(raw.training, spec.dtype) };
  }
  if ('layers' in raw) {
    const key = mlpPlotKey(spec.plot);
    const layerNumbers = raw.layers.map((l) => l.layer);
    if (key === 'nonfinite' || key === 'zeros') {
      const counts = raw.layers.map((l) => l[key]);
      return { layers: raw.layers, summary: summarizeCounts(counts, layerNumbers, spec.dtype, key) };
    }
    const values = raw.layers.map((l) => l[key]);
    // Gradients are read from the output back; activations from the input on.
    const summary = key === 'act' ? summarize(values, spec.dtype, 'layer', layerNumbers) : summarizeBackward(values, layerNumbers, spec.dtype);
    return { layers: raw.layers, summary };
  }
  if (spec.experiment === 'activation') return { points: raw.points, summary: summarizeCurve(raw.points, spec.dtype) };
  if (spec.experiment === 'power') return { points: raw.points, summary: summarizePower(raw.points, spec.dtype) };
  const key = pointPlotKey(spec);
  const values = raw.points.map((p) => p[key]!);
  const steps = raw.points.map((p) => p.step!);
  return { points: raw.points, summary: summarize(values, spec.dtype, 'step', steps) };
}

function throwIfAborted(control: RunControl | undefined): void {
  if (control?.signal?.aborted) throw new CancelledError();
}

/** Checks the budget and a pending abort, then starts the experiment's step generator. */
function startSteps(spec: ExperimentSpec, control: RunControl | undefined): Generator<number, RawOutput, void> {
  checkBudget(spec, 1, control?.budget);
  throwIfAborted(control);
  return experimentSteps(spec);
}

/** Advances one layer/step: the finished output, or undefined after reporting progress (and honouring an abort). */
function advance(spec: ExperimentSpec, steps: Generator<number, RawOutput, void>, control: RunControl | undefined): SeriesOutput | undefined {
  const next = steps.next();
  if (next.done) {
    control?.onProgress?.(1);
    return finish(spec, next.value);
  }
  throwIfAborted(control);
  control?.onProgress?.(next.value);
  return undefined;
}

/** Run one series, cancellable through control.signal (CancelledError), reporting progress. Throws BudgetError first if too large. */
export async function runSeries(spec: ExperimentSpec, control?: RunControl): Promise<SeriesOutput> {
  const steps = startSteps(spec, control);
  let lastYield = Date.now();
  for (;;) {
    const output = advance(spec, steps, control);
    if (output) return output;
    if (control?.yieldToHost && Date.now() - lastYield >= YIELD_EVERY_MS) {
      await control.yieldToHost();
      lastYield = Date.now();
      throwIfAborted(control);
    }
  }
}

/** The same run, synchronously (the Markdown preview renders synchronously when a run is cheap). */
export function runSeriesSync(spec: ExperimentSpec, control?: RunControl): SeriesOutput {
  const steps = startSteps(spec, control);
  for (;;) {
    const output = advance(spec, steps, control);
    if (output) return output;
  }
}
