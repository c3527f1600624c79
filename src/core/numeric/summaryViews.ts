import type { Dtype, Point, SeriesSummary } from '../types';
import { formatFactor, summarize } from './summary';

/**
 * Summaries phrased the way a reader thinks about each experiment. Gradients
 * flow from the output back to the input, so "vanishing" means shrinking as
 * the layer number goes *down*; an activation curve has no growth at all,
 * only where its derivative peaks and where it dies.
 */

/**
 * Summary of a per-layer gradient norm, read from the output layer back to
 * the input: growth is per layer toward the input, and the first overflow or
 * underflow is the first met on the way back (the highest such layer).
 */
export function summarizeBackward(values: readonly number[], layers: readonly number[], dtype: Dtype): SeriesSummary {
  const reversedValues = [...values].reverse();
  const reversedLayers = [...layers].reverse();
  const forward = summarize(values, dtype, 'layer', layers);
  // Fitting against reversed positions gives the factor per step toward the input.
  const backward = summarize(reversedValues, dtype, 'layer', reversedLayers.map((l) => -l));
  const overflowAt = firstWhere(reversedValues, reversedLayers, (v) => !Number.isFinite(v));
  const underflowAt = firstWhere(reversedValues, reversedLayers, (v) => v === 0);
  const parts: string[] = [];
  if (Number.isNaN(backward.growthPerStep)) parts.push('too few finite non-zero values to fit a growth rate');
  else parts.push(`×${formatFactor(backward.growthPerStep)} per layer toward the input`);
  if (overflowAt !== null) parts.push(`${dtype} overflow from layer ${overflowAt} down`);
  if (underflowAt !== null) parts.push(`${dtype} underflow to 0 from layer ${underflowAt} down`);
  return {
    firstLastRatio: forward.firstLastRatio,
    growthPerStep: forward.growthPerStep,
    overflowAt,
    underflowAt,
    text: parts.join(' · '),
  };
}

function firstWhere(values: readonly number[], at: readonly number[], test: (v: number) => boolean): number | null {
  const i = values.findIndex(test);
  return i >= 0 ? at[i]! : null;
}

/**
 * Summary of an activation curve: where f′ peaks, its value at the ends of
 * the range, and how much of the range has f′ exactly 0 (a dead region).
 */
export function summarizeCurve(points: readonly Point[], dtype: Dtype): SeriesSummary {
  let peak = -Infinity;
  let peakX = NaN;
  let zeros = 0;
  let firstNonFinite: number | null = null;
  for (const p of points) {
    const d = p.df!;
    if (!Number.isFinite(d)) {
      firstNonFinite ??= p.x!;
      continue;
    }
    if (d > peak) {
      peak = d;
      peakX = p.x!;
    }
    if (d === 0) zeros++;
  }
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return { firstLastRatio: NaN, growthPerStep: NaN, overflowAt: null, underflowAt: null, text: 'no values' };
  const parts = [
    `f′ peaks at ${formatFactor(peak)} (x = ${formatFactor(peakX)})`,
    `f′(${formatFactor(first.x!)}) = ${formatFactor(first.df!)}, f′(${formatFactor(last.x!)}) = ${formatFactor(last.df!)}`,
  ];
  if (zeros > 0) parts.push(`f′ = 0 at ${zeros} of ${points.length} points`);
  if (firstNonFinite !== null) parts.push(`non-finite in ${dtype} from x = ${formatFactor(firstNonFinite)}`);
  return {
    firstLastRatio: last.df! / first.df!,
    growthPerStep: NaN,
    overflowAt: firstNonFinite,
    underflowAt: null,
    text: parts.join(' · '),
  };
}

/**
 * Summary of aⁿ by repeated multiplication: the fitted growth, plus where the
 * product stops changing although the exact one would not — rounding to the
 * dtype returns the same value (0.8ⁿ in fp16 sticks at 2⁻²³ instead of 0).
 */
export function summarizePower(points: readonly Point[], dtype: Dtype): SeriesSummary {
  const values = points.map((p) => p.value!);
  const base = summarize(values, dtype, 'step', points.map((p) => p.n!));
  const stuck = stuckFrom(values);
  if (stuck === null) return base;
  const n = points[stuck]!.n!;
  return { ...base, text: `${base.text} · stuck at ${formatFactor(values[stuck]!)} from n = ${n}` };
}

/** Index from which a finite, non-zero, non-unit series stops changing to its end (at least 3 equal values). */
function stuckFrom(values: readonly number[]): number | null {
  const last = values[values.length - 1];
  if (last === undefined || !Number.isFinite(last) || last === 0 || Math.abs(last) === 1) return null;
  let i = values.length - 1;
  while (i > 0 && values[i - 1] === last) i--;
  return values.length - i >= 3 ? i : null;
}
