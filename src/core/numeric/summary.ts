import type { Dtype, SeriesSummary } from '../types';

/**
 * The words and numbers a run says about one series (docs/spec.md §2.2):
 * first/last ratio, geometric growth per layer/step fitted by least squares on
 * log|v| over the finite non-zero values, the first layer/step that overflows
 * (±Infinity or NaN) and the first that underflows (exactly 0).
 */

/** Growth factor g such that v ≈ c·gⁱ, fitted on log|v|; NaN with fewer than two usable values. */
export function fitGrowth(values: readonly number[], positions: readonly number[]): number {
  let n = 0;
  let sumX = 0;
  let sumY = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v) || v === 0) continue;
    n++;
    sumX += positions[i]!;
    sumY += Math.log(Math.abs(v));
  }
  if (n < 2) return NaN;
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v) || v === 0) continue;
    const dx = positions[i]! - meanX;
    sxx += dx * dx;
    sxy += dx * (Math.log(Math.abs(v)) - meanY);
  }
  return sxx > 0 ? Math.exp(sxy / sxx) : NaN;
}

/** "0.25", "1.5", "3.2e+5": two significant digits, exponent form outside [0.01, 1000). */
export function formatFactor(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a !== 0 && (a < 0.01 || a >= 1000)) return x.toExponential(1).replace('.0e', 'e');
  return String(Number(x.toPrecision(2)));
}

/**
 * Summarise a series. `positions` are the layer numbers / steps of the values
 * (default: layers 1, 2, … for unit 'layer', steps 0, 1, … for unit 'step').
 */
export function summarize(
  values: readonly number[],
  dtype: Dtype,
  unit: 'layer' | 'step',
  positions?: readonly number[],
): SeriesSummary {
  const at = positions ?? values.map((_, i) => (unit === 'layer' ? i + 1 : i));
  const first = values[0];
  const last = values[values.length - 1];
  const firstLastRatio = first === undefined || last === undefined ? NaN : last / first;
  const growthPerStep = fitGrowth(values, at);
  const overflowIndex = values.findIndex((v) => !Number.isFinite(v));
  const underflowIndex = values.findIndex((v) => v === 0);
  const overflowAt = overflowIndex >= 0 ? at[overflowIndex]! : null;
  const underflowAt = underflowIndex >= 0 ? at[underflowIndex]! : null;

  const parts: string[] = [];
  if (values.length === 0) parts.push('no values');
  else if (Number.isNaN(growthPerStep)) parts.push('too few finite non-zero values to fit a growth rate');
  else parts.push(`×${formatFactor(growthPerStep)} per ${unit}`);
  if (overflowAt !== null) parts.push(`${dtype} overflow at ${unit} ${overflowAt}`);
  if (underflowAt !== null) parts.push(`${dtype} underflow to 0 at ${unit} ${underflowAt}`);
  return { firstLastRatio, growthPerStep, overflowAt, underflowAt, text: parts.join(' · ') };
}

/**
 * Summary of a per-layer count (mlp `nonfinite` or `zeros`): counts never
 * "overflow", so the text says where the first affected layer is instead.
 * overflowAt/underflowAt mark the first layer with a non-zero count.
 */
export function summarizeCounts(
  counts: readonly number[],
  layers: readonly number[],
  dtype: Dtype,
  what: 'nonfinite' | 'zeros',
): SeriesSummary {
  const base = summarize(counts, dtype, 'layer', layers);
  const index = counts.findIndex((c) => c > 0);
  const firstLayer = index >= 0 ? layers[index]! : null;
  const noun = what === 'nonfinite' ? 'non-finite (inf/NaN)' : 'exactly zero';
  const text =
    firstLayer === null
      ? `no ${noun} entries of ∂ℓ/∂W in ${dtype}`
      : `${noun} entries of ∂ℓ/∂W in ${dtype} from layer ${firstLayer} · at most ${counts.reduce((m, c) => Math.max(m, c), 0)} per layer`;
  return {
    firstLastRatio: base.firstLastRatio,
    growthPerStep: base.growthPerStep,
    overflowAt: what === 'nonfinite' ? firstLayer : null,
    underflowAt: what === 'zeros' ? firstLayer : null,
    text,
  };
}
