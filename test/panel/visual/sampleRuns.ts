/**
 * Realistic runs for looking at the panel: sigmoid gradients vanishing over
 * 60 layers while ReLU holds, and 1.5ⁿ overflowing fp16 at n = 28. Numbers are
 * computed here from the closed forms, not by the engine.
 */
import type { BlockRun, LayerStats, Point, SeriesResult } from '../../../src/core/types';

function summary(text: string, ratio: number, growth: number, overflowAt: number | null = null) {
  return { firstLastRatio: ratio, growthPerStep: growth, overflowAt, underflowAt: null, text };
}

function mlpSeries(label: string, growth: number, depth: number): SeriesResult {
  const layers: LayerStats[] = [];
  for (let layer = 1; layer <= depth; layer++) {
    const g = 0.8 * growth ** (depth - layer) * (1 + 0.15 * Math.sin(layer * 1.7));
    layers.push({ layer, gradW: g, gradH: g * 0.6, act: 4 * growth ** layer, nonfinite: 0, zeros: 0 });
  }
  const ratio = (layers.at(-1)?.gradW ?? 1) / (layers[0]?.gradW ?? 1);
  return { label, params: { activation: label }, layers, summary: summary(`${label}: ×${growth} per layer`, ratio, growth) };
}

/** A 60-layer mlp with sigmoid and relu. */
export const mlpRun: BlockRun = {
  line: 14,
  experiment: 'mlp',
  title: 'Sigmoid vanishes, ReLU holds',
  dtype: 'fp32',
  plot: 'grad-norm',
  errors: [],
  series: [mlpSeries('sigmoid', 0.25, 60), mlpSeries('relu', 1.02, 60)],
  elapsedMs: 12.4,
};

function powerSeries(base: number, n: number): SeriesResult {
  const points: Point[] = [];
  let overflowAt: number | null = null;
  for (let i = 1; i <= n; i++) {
    const v = base ** i;
    const value = v > 65504 ? Infinity : v;
    if (value === Infinity && overflowAt === null) overflowAt = i;
    points.push({ n: i, value });
  }
  const text = overflowAt ? `base ${base}: fp16 overflow at n = ${overflowAt}` : `base ${base}: ×${base} per step`;
  return { label: `base ${base}`, params: { base }, points, summary: summary(text, base ** (n - 1), base, overflowAt) };
}

/** 1.5ⁿ and 0.8ⁿ in fp16 for n up to 40. */
export const powerRun: BlockRun = {
  line: 40,
  experiment: 'power',
  title: 'fp16 overflows at 1.5²⁸',
  dtype: 'fp16',
  plot: 'value',
  errors: [],
  series: [powerSeries(1.5, 40), powerSeries(0.8, 40)],
  elapsedMs: 0.8,
};
