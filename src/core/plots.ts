/**
 * What each experiment can plot: the one list of plot names. The schema's
 * `plot` enum and its README row, the editor's completions, the chart's
 * choices and the run's summary all read it.
 */
import type { ExperimentKind, LayerStats } from './types';

/** The values a block's `plot` accepts per experiment; the first is the experiment's default. */
export const PLOTS = {
  mlp: ['grad-norm', 'grad-h', 'act', 'nonfinite', 'zeros'],
  'matmul-chain': ['norm', 'max-abs'],
  activation: ['both', 'f', 'df'],
  power: ['value'],
  train: ['loss', 'window', 'update-ratio', 'update-heatmap'],
} as const satisfies Record<ExperimentKind, readonly string[]>;

export type MlpPlot = (typeof PLOTS.mlp)[number];

/** The per-layer statistic each mlp plot draws (docs/spec.md §2.3 field names). */
export const MLP_PLOT_STAT: Readonly<Record<MlpPlot, keyof Omit<LayerStats, 'layer'>>> = {
  'grad-norm': 'gradW',
  'grad-h': 'gradH',
  act: 'act',
  nonfinite: 'nonfinite',
  zeros: 'zeros',
};

/**
 * The plots a chart can draw: every `PLOTS` value, and one view no block can
 * ask for — matmul-chain's `both` (norm and max-abs together), reachable only
 * through the chart's own `plot` option.
 */
export const CHART_PLOTS: Readonly<Record<ExperimentKind, readonly string[]>> = {
  ...PLOTS,
  'matmul-chain': [...PLOTS['matmul-chain'], 'both'],
};

/** Whether `name` is one of `list` (a narrowing `includes` for the `as const` lists). */
export function isOneOf<T extends string>(list: readonly T[], name: string): name is T {
  return (list as readonly string[]).includes(name);
}
