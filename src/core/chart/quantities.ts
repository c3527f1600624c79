/**
 * Which numbers a chart plots for each experiment and `plot` value: the x key,
 * the y key(s) and the axis titles. Everything experiment-specific lives here so
 * the rest of the chart code only sees (x, y) lines.
 */
import type { BlockRun, LayerStats, SeriesResult } from '../types';
import { CHART_PLOTS, isOneOf, MLP_PLOT_STAT, PLOTS, type MlpPlot } from '../plots';
import type { RichText } from './types';
import { HEALTHY_UPDATE_RATIO, UPDATE_RATIO_TITLES, updateRatioSeries, WINDOW_TITLES, windowGuides, windowSeries, type Guide } from './trainViews';

/** One y quantity drawn as a line per series. */
export interface LineRole {
  readonly role: string;
  readonly label: string;
  readonly dashed: boolean;
}

/** What a chart of this run plots. */
export interface PlotChoice {
  /** The resolved plot name (e.g. `norm` when the block left mlp's default `grad-norm`). */
  readonly name: string;
  readonly xTitle: RichText;
  readonly yTitle: RichText;
  /** Counts and signed values get a linear axis; magnitudes a log axis. */
  readonly preferLinear: boolean;
  readonly roles: readonly LineRole[];
  /** Data x and y of one role of one series. */
  readonly extract: (series: SeriesResult, role: string) => { readonly xs: number[]; readonly ys: number[] };
  /** A log x axis (learning rates); linear otherwise. */
  readonly xLog?: boolean;
  /** False when the plotted values are float64 summaries (train's losses and ratios), not values stored in the dtype: no dtype limits drawn. */
  readonly inDtype?: boolean;
  /** The lines to draw when they are not the run's series (the window draws one line through every rate). */
  readonly regroup?: (series: readonly SeriesResult[]) => SeriesResult[];
  /** Reference lines and shaded x ranges, from the run's series. */
  readonly guides?: (series: readonly SeriesResult[]) => Guide[];
}

/** How each mlp plot is titled and scaled (which statistic it draws is in plots.ts). */
const MLP_PLOTS: Readonly<Record<MlpPlot, { title: RichText; counts: boolean }>> = {
  'grad-norm': { title: { text: '‖∂ℓ/∂Wᵗ‖', sub: 'F' }, counts: false },
  'grad-h': { title: { text: '‖∂ℓ/∂Hᵗ‖', sub: 'F' }, counts: false },
  act: { title: { text: '‖Hᵗ‖', sub: 'F' }, counts: false },
  nonfinite: { title: { text: 'inf/NaN entries of ∂ℓ/∂Wᵗ' }, counts: true },
  zeros: { title: { text: 'exact zeros in ∂ℓ/∂Wᵗ' }, counts: true },
};

/** The plot names each experiment understands, for error messages (plots.ts: a block's choices and the chart-only views). */
export const PLOT_NAMES = CHART_PLOTS;

/** Entries of a list that may arrive malformed over JSON (worker, webview): non-arrays read as empty, non-objects as {}. */
function entries<T extends object>(list: unknown): Partial<T>[] {
  if (!Array.isArray(list)) return [];
  return list.map((e) => (typeof e === 'object' && e !== null ? (e as Partial<T>) : {}));
}

/** Reads `key` from each point; a missing or non-numeric entry becomes NaN so it is marked, not dropped. */
function fromPoints(series: SeriesResult, xKey: string, yKey: string): { xs: number[]; ys: number[] } {
  const xs: number[] = [];
  const ys: number[] = [];
  entries<Record<string, unknown>>(series.points).forEach((p, i) => {
    const x = p[xKey];
    xs.push(typeof x === 'number' && Number.isFinite(x) ? x : i);
    const y = p[yKey];
    ys.push(typeof y === 'number' ? y : Number.NaN);
  });
  return { xs, ys };
}

const solid = (role: string, label: string): LineRole => ({ role, label, dashed: false });

/**
 * Resolves what to plot. Returns an error string for a plot name the
 * experiment does not know; non-mlp experiments treat the mlp default
 * `grad-norm` (and an empty plot) as "their default", because `plot` is a
 * shared key whose default is mlp's.
 */
export function choosePlot(run: BlockRun, plotOverride?: string): PlotChoice | string {
  const requested = (plotOverride ?? run.plot ?? '').trim();
  const isDefault = requested === '' || requested === PLOTS.mlp[0];
  switch (run.experiment) {
    case 'mlp': {
      const name = isDefault ? PLOTS.mlp[0] : requested;
      // A list lookup, so that names like "constructor" are rejected rather than read off the prototype.
      if (!isOneOf(PLOTS.mlp, name)) {
        return `unknown plot "${requested}" for mlp; expected one of ${PLOT_NAMES.mlp.join(', ')}`;
      }
      const entry = MLP_PLOTS[name];
      const stat = MLP_PLOT_STAT[name];
      return {
        name,
        xTitle: { text: 'layer t' },
        yTitle: entry.title,
        preferLinear: entry.counts,
        roles: [solid('value', entry.title.text)],
        extract: (s) => ({
          xs: entries<LayerStats>(s.layers).map((l, i) => (typeof l.layer === 'number' && Number.isFinite(l.layer) ? l.layer : i + 1)),
          ys: entries<LayerStats>(s.layers).map((l) => {
            const v = l[stat];
            return typeof v === 'number' ? v : Number.NaN;
          }),
        }),
      };
    }
    case 'matmul-chain': {
      const which = isDefault ? PLOTS['matmul-chain'][0] : requested;
      const norm: LineRole = { role: 'norm', label: '‖Mᵢ‖ (Frobenius)', dashed: false };
      const maxAbs: LineRole = { role: 'maxAbs', label: 'max |Mᵢ|', dashed: which === 'both' };
      const roles = which === 'norm' ? [norm] : which === 'max-abs' ? [maxAbs] : which === 'both' ? [norm, maxAbs] : null;
      if (roles === null) return `unknown plot "${requested}" for matmul-chain; expected one of ${PLOT_NAMES['matmul-chain'].join(', ')}`;
      const yTitle: RichText =
        which === 'norm' ? { text: '‖Mᵢ‖', sub: 'F' } : which === 'max-abs' ? { text: 'max |Mᵢ|' } : { text: '‖Mᵢ‖ and max |Mᵢ|' };
      return {
        name: which,
        xTitle: { text: 'step i' },
        yTitle,
        preferLinear: false,
        roles,
        extract: (s, role) => fromPoints(s, 'step', role),
      };
    }
    case 'activation': {
      const which = isDefault ? PLOTS.activation[0] : requested;
      const f: LineRole = { role: 'f', label: 'f(x)', dashed: false };
      const df: LineRole = { role: 'df', label: 'f′(x)', dashed: which === 'both' };
      const roles = which === 'both' ? [f, df] : which === 'f' ? [f] : which === 'df' ? [df] : null;
      if (roles === null) return `unknown plot "${requested}" for activation; expected one of ${PLOT_NAMES.activation.join(', ')}`;
      return {
        name: which,
        xTitle: { text: 'x' },
        yTitle: { text: roles.map((r) => r.label).join(', ') },
        preferLinear: true,
        roles,
        extract: (s, role) => fromPoints(s, 'x', role),
      };
    }
    case 'power':
      // Only one quantity exists, so any plot name means it.
      return {
        name: 'value',
        xTitle: { text: 'n' },
        yTitle: { text: 'aⁿ (repeated multiplication)' },
        preferLinear: false,
        roles: [solid('value', 'aⁿ')],
        extract: (s) => fromPoints(s, 'n', 'value'),
      };
    case 'train': {
      const which = isDefault ? PLOTS.train[0] : requested;
      if (which === 'window') {
        // Diverged rates have final loss +∞: pinned to the +∞ row above the plot.
        return {
          name: which, xTitle: WINDOW_TITLES.x, yTitle: WINDOW_TITLES.y, preferLinear: false, xLog: true, inDtype: false,
          roles: [solid('value', 'final loss')],
          extract: (s) => fromPoints(s, 'lr', 'final'),
          regroup: windowSeries,
          guides: windowGuides,
        };
      }
      if (which === 'update-ratio') {
        return {
          name: which, xTitle: UPDATE_RATIO_TITLES.x, yTitle: UPDATE_RATIO_TITLES.y, preferLinear: false, inDtype: false,
          roles: [solid('value', '‖ΔWᵗ‖/‖Wᵗ‖')],
          extract: (s) => fromPoints(s, 'layer', 'ratio'),
          regroup: updateRatioSeries,
          guides: () => [{ kind: 'reference', value: HEALTHY_UPDATE_RATIO, label: '10⁻³ (typical healthy update)' }],
        };
      }
      if (which !== 'loss') return `unknown plot "${requested}" for train; expected one of ${PLOT_NAMES.train.join(', ')}`;
      // A diverged run ends with a +∞ glyph at its divergence step (the JSON has no such point).
      return {
        name: 'loss',
        xTitle: { text: 'step k' },
        yTitle: { text: 'loss ℓₖ' },
        preferLinear: false,
        inDtype: false,
        roles: [solid('value', 'ℓₖ')],
        extract: (s) => {
          const line = fromPoints(s, 'step', 'loss');
          const diverged = s.training?.diverged;
          if (typeof diverged === 'number' && Number.isFinite(diverged)) {
            line.xs.push(diverged);
            line.ys.push(Number.POSITIVE_INFINITY);
          }
          return line;
        },
      };
    }
    default: {
      const unknown: never = run.experiment;
      return `unknown experiment "${String(unknown)}"`;
    }
  }
}
