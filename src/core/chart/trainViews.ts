/**
 * The charts of `train` besides loss-against-step: the learning-rate window
 * (final loss against rate, log–log) and who learns (each layer's typical
 * update ratio ‖ΔWᵗ‖/‖Wᵗ‖ per rate). Both regroup the run's series (one per
 * rate) into the lines they draw and add guides: reference lines and the
 * shaded window.
 */
import type { SeriesResult } from '../types';
import { finalLoss, formatRate, learningRateWindow, nothingLearned, seriesRate as lrOf, trainDetails as details } from '../numeric/train/window';
import { typicalUpdateRatio } from '../numeric/train/summary';
import type { RichText } from './types';

/** A horizontal reference line, or a shaded range of x, in data units. */
export type Guide =
  | { readonly kind: 'reference'; readonly value: number; readonly label: string }
  | { readonly kind: 'window'; readonly from: number; readonly to: number; readonly label: string };

/** The update ratio practitioners aim for (≈ 10⁻³ of the weights per step). */
export const HEALTHY_UPDATE_RATIO = 1e-3;

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

/** The window chart's guides: the learned-nothing and halved lines, and the window shaded when there is one line. */
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
