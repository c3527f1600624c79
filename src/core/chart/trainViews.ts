/**
 * The charts of `train` besides loss-against-step: the learning-rate window
 * (final loss against rate, log–log) and who learns (each layer's typical
 * update ratio ‖ΔWᵗ‖/‖Wᵗ‖ per rate). Both regroup the run's series (one per
 * rate) into the lines they draw and add guides: reference lines and the
 * shaded window.
 */
import type { SeriesResult, TrainDetails } from '../types';
import { typicalUpdateRatio } from '../numeric/train/summary';
import type { RichText } from './types';

/** A horizontal reference line, or a shaded range of x, in data units. */
export type Guide =
  | { readonly kind: 'reference'; readonly value: number; readonly label: string }
  | { readonly kind: 'window'; readonly from: number; readonly to: number; readonly label: string };

/** The update ratio practitioners aim for (≈ 10⁻³ of the weights per step). */
export const HEALTHY_UPDATE_RATIO = 1e-3;

/** A series' training details, if it looks like one (runs may arrive over JSON). */
function details(s: SeriesResult): TrainDetails | undefined {
  const t = s.training;
  return typeof t === 'object' && t !== null && Array.isArray(t.layers) ? t : undefined;
}

function lrOf(s: SeriesResult): number {
  const lr = details(s)?.lr;
  return typeof lr === 'number' ? lr : Number.NaN;
}

/** The final loss of a series; +∞ when it diverged, so the chart pins it to the top row. */
export function finalLoss(s: SeriesResult): number {
  if (typeof details(s)?.diverged === 'number') return Number.POSITIVE_INFINITY;
  const points = Array.isArray(s.points) ? s.points : [];
  const last = points[points.length - 1]?.loss;
  return typeof last === 'number' ? last : Number.NaN;
}

/** "activation=relu" for the keys swept besides lr: the line a rate belongs to. */
function groupLabel(s: SeriesResult): string {
  const rest = Object.entries(s.params ?? {}).filter(([k]) => k !== 'lr');
  return rest.length === 0 ? 'final loss' : rest.map(([k, v]) => `${k}=${String(v)}`).join(', ');
}

/** One line per combination of the other swept keys, its points (lr, final loss) in increasing lr. */
export function windowSeries(series: readonly SeriesResult[]): SeriesResult[] {
  const groups = new Map<string, SeriesResult[]>();
  for (const s of series) {
    const key = groupLabel(s);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups].map(([label, members]) => {
    const points = members.map((s) => ({ lr: lrOf(s), final: finalLoss(s) })).sort((a, b) => a.lr - b.lr);
    const window = learningRateWindow(members);
    const text = window ? `window ${formatRate(window.from)} … ${formatRate(window.to)}` : 'no rate halves the learned-nothing loss';
    return { label, params: {}, points, summary: { ...members[0]!.summary, text } };
  });
}

/** The learned-nothing loss of the block (the same data in every series), or NaN. */
export function nothingLearned(series: readonly SeriesResult[]): number {
  for (const s of series) {
    const v = details(s)?.nothingLearned;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return Number.NaN;
}

/**
 * The rates whose final loss is at most half the learned-nothing loss: the
 * smallest and largest such rate, or null when no rate halves it.
 */
export function learningRateWindow(series: readonly SeriesResult[]): { from: number; to: number } | null {
  const half = nothingLearned(series) / 2;
  const good = series.filter((s) => finalLoss(s) <= half).map(lrOf).filter(Number.isFinite);
  return good.length === 0 ? null : { from: Math.min(...good), to: Math.max(...good) };
}

/** "3e-2", "0.1": rates as a note would write them. */
export function formatRate(x: number): string {
  return x >= 0.01 && x < 1000 ? String(Number(x.toPrecision(2))) : x.toExponential(0).replace('+', '');
}

/** The window chart's guides: the learned-nothing and halved lines, and the window shaded (per line of the first group). */
export function windowGuides(series: readonly SeriesResult[]): Guide[] {
  const nothing = nothingLearned(series);
  if (!Number.isFinite(nothing)) return [];
  const guides: Guide[] = [
    { kind: 'reference', value: nothing, label: `learned nothing ${formatRate(nothing)}` },
    { kind: 'reference', value: nothing / 2, label: `halved ${formatRate(nothing / 2)}` },
  ];
  const groups = new Set(series.map(groupLabel));
  // With several lines (lr × activation, …) each has its own window: their summaries say it; one shaded range would mislead.
  const window = groups.size === 1 ? learningRateWindow(series) : null;
  if (window) guides.push({ kind: 'window', from: window.from, to: window.to, label: `window ${formatRate(window.from)} … ${formatRate(window.to)}` });
  return guides;
}

/** One line per series: layer t against its typical update ratio (the geometric mean over the steps). */
export function updateRatioSeries(series: readonly SeriesResult[]): SeriesResult[] {
  return series.map((s) => ({
    ...s,
    points: (details(s)?.layers ?? []).map((l) => ({ layer: l.layer, ratio: typicalUpdateRatio(l) })),
  }));
}

export const WINDOW_TITLES: { readonly x: RichText; readonly y: RichText } = { x: { text: 'learning rate' }, y: { text: 'final loss ℓ' } };
export const UPDATE_RATIO_TITLES: { readonly x: RichText; readonly y: RichText } = {
  x: { text: 'layer t' },
  y: { text: '‖ΔWᵗ‖/‖Wᵗ‖ per step', sub: 'geo. mean' },
};
