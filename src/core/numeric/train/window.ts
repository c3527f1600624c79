import type { SeriesResult, TrainDetails } from '../../types';

/**
 * The learning-rate window of a block of `train` series (one per rate): the
 * rates whose final loss is at most half the learned-nothing loss, the first
 * rate that diverges, and the best rate — read by the window chart and the
 * block's summary line.
 */

/** A series' training details, if it looks like one (runs may arrive over JSON). */
export function trainDetails(s: SeriesResult): TrainDetails | undefined {
  const t = s.training;
  return typeof t === 'object' && t !== null && Array.isArray(t.layers) ? t : undefined;
}

/** The learning rate of a series, NaN when it is not a train series. */
export function seriesRate(s: SeriesResult): number {
  const lr = trainDetails(s)?.lr;
  return typeof lr === 'number' ? lr : Number.NaN;
}

/** The final loss of a series; +∞ when it diverged. */
export function finalLoss(s: SeriesResult): number {
  if (typeof trainDetails(s)?.diverged === 'number') return Number.POSITIVE_INFINITY;
  const points = Array.isArray(s.points) ? s.points : [];
  const last = points[points.length - 1]?.loss;
  return typeof last === 'number' ? last : Number.NaN;
}

/** The learned-nothing loss of the block (the same data in every series), or NaN. */
export function nothingLearned(series: readonly SeriesResult[]): number {
  for (const s of series) {
    const v = trainDetails(s)?.nothingLearned;
    if (typeof v === 'number' && Number.isFinite(v)) return v;
  }
  return Number.NaN;
}

/** The smallest and largest rate whose final loss is at most half the learned-nothing loss, or null. */
export function learningRateWindow(series: readonly SeriesResult[]): { from: number; to: number } | null {
  const half = nothingLearned(series) / 2;
  const good = series.filter((s) => finalLoss(s) <= half).map(seriesRate).filter(Number.isFinite);
  return good.length === 0 ? null : { from: Math.min(...good), to: Math.max(...good) };
}

/** "3e-2", "0.1": rates as a note would write them. */
export function formatRate(x: number): string {
  return x >= 0.01 && x < 1000 ? String(Number(x.toPrecision(2))) : x.toExponential(0).replace('+', '');
}

/**
 * One line about a learning-rate sweep: "window 0.01 … 0.1 · best 0.03: 0.12 ·
 * diverges from 0.5", or "no rate halves the learned-nothing loss 0.5 · …".
 * Undefined unless the block sweeps lr alone (with other swept keys, each
 * series' own line says it).
 */
export function sweepSummary(series: readonly SeriesResult[]): string | undefined {
  if (series.length < 2 || !series.every((s) => trainDetails(s) && Object.keys(s.params ?? {}).join() === 'lr')) return undefined;
  const byRate = [...series].sort((a, b) => seriesRate(a) - seriesRate(b));
  const window = learningRateWindow(byRate);
  const nothing = nothingLearned(byRate);
  const parts = [window ? `window ${formatRate(window.from)} … ${formatRate(window.to)}` : `no rate halves the learned-nothing loss ${formatRate(nothing)}`];
  const finite = byRate.filter((s) => Number.isFinite(finalLoss(s)));
  if (finite.length > 0) {
    const best = finite.reduce((a, b) => (finalLoss(b) < finalLoss(a) ? b : a));
    parts.push(`best ${formatRate(seriesRate(best))}: ${Number(finalLoss(best).toPrecision(2))}`);
  }
  const firstDiverged = byRate.find((s) => trainDetails(s)?.diverged !== null);
  parts.push(firstDiverged ? `diverges from ${formatRate(seriesRate(firstDiverged))}` : 'no rate diverges');
  return parts.join(' · ');
}
