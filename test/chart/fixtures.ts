/**
 * Hand-built BlockRuns for chart tests and previews. The numbers imitate what
 * the engine produces (vanishing sigmoid gradients, fp16 overflow of 1.5ⁿ at
 * n = 28, NaN after inf − inf) without depending on the engine.
 */
import type { BlockRun, Dtype, ExperimentKind, LayerStats, Point, SeriesResult, SeriesSummary } from '../../src/core/types';

/** Deterministic noise in [-1, 1) so fixtures are identical on every run. */
function noise(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

/** Rounds to fp16 the simple way (nearest, subnormal quantum 2⁻²⁴, overflow to ∞): good enough for fixtures. */
export function roughFp16(v: number): number {
  if (!Number.isFinite(v)) return v;
  const a = Math.abs(v);
  if (a >= 65520) return Math.sign(v) * Infinity;
  const e = Math.max(Math.floor(Math.log2(a || 1)), -14);
  const q = 2 ** (e - 10);
  return Math.sign(v) * Math.round(a / q) * q;
}

const summary = (text: string, overflowAt: number | null = null, underflowAt: number | null = null): SeriesSummary => ({
  firstLastRatio: 1, growthPerStep: 1, overflowAt, underflowAt, text,
});

/** A run around the given series. */
export function run(experiment: ExperimentKind, dtype: Dtype, series: SeriesResult[], extra: Partial<BlockRun> = {}): BlockRun {
  return { line: 1, experiment, title: `${experiment} in ${dtype}`, dtype, plot: 'grad-norm', errors: [], series, elapsedMs: 3, ...extra };
}

/** An mlp series from a gradW profile: layer t ↦ value. */
export function mlpSeries(label: string, gradW: (t: number) => number, depth = 100, text = ''): SeriesResult {
  const layers: LayerStats[] = [];
  for (let t = 1; t <= depth; t++) {
    const g = gradW(t);
    layers.push({ layer: t, gradW: g, gradH: g * 3, act: 4, nonfinite: Number.isFinite(g) ? 0 : 64 * 64, zeros: g === 0 ? 64 * 64 : 0 });
  }
  return { label, params: { activation: label }, layers, summary: summary(text) };
}

/** D2L's picture: sigmoid gradients vanish to ~1e-30 at layer 1, ReLU holds near 1. */
export function sigmoidVsRelu(): BlockRun {
  const r = noise(7);
  return run('mlp', 'fp32', [
    mlpSeries('sigmoid', (t) => 0.3 * 10 ** ((-30 * (100 - t)) / 99) * (1 + 0.3 * r()), 100, '×0.50 per layer · first/last 1e-30'),
    mlpSeries('relu', () => 0.8 * (1 + 0.25 * r()), 100, '×1.00 per layer'),
  ], { title: 'Sigmoid vanishes, ReLU holds' });
}

/** fp16: sigmoid underflows to exact 0 below layer 40, one series has NaN layers, a third explodes to Infinity. */
export function fp16Mlp(): BlockRun {
  const r = noise(11);
  return run('mlp', 'fp16', [
    mlpSeries('sigmoid', (t) => roughFp16(0.25 * 0.7 ** (100 - t) * (1 + 0.2 * r())), 100, 'fp16 underflow at layer 46'),
    mlpSeries('tanh (NaN)', (t) => (t >= 61 && t <= 64 ? Number.NaN : roughFp16(0.5 * 1.01 ** t)), 100, 'NaN at layer 61'),
    mlpSeries('normal(0, 2)', (t) => roughFp16(2 * 1.25 ** (100 - t)), 100, 'fp16 overflow at layer 50'),
  ], { title: 'Depth 100 in fp16' });
}

/** Power series aⁿ rounded to the dtype after each multiplication. */
export function powerSeries(base: number, dtype: Dtype, n = 100): SeriesResult {
  const points: Point[] = [];
  let v = 1;
  let overflowAt: number | null = null;
  for (let i = 1; i <= n; i++) {
    v = dtype === 'fp16' ? roughFp16(v * base) : v * base;
    if (!Number.isFinite(v) && overflowAt === null) overflowAt = i;
    points.push({ n: i, value: v });
  }
  return { label: `${base}ⁿ`, params: { base }, points, summary: summary(`${base}ⁿ`, overflowAt) };
}

/** 1.5ⁿ overflows fp16 at n = 28; 0.8ⁿ underflows to 0 near n = 78. */
export function fp16Power(): BlockRun {
  return run('power', 'fp16', [powerSeries(1.5, 'fp16'), powerSeries(0.8, 'fp16')], { title: 'aⁿ in fp16', plot: 'value' });
}

/** D2L's matmul chain: the norm grows ~×4 per step until fp32 overflows, then inf − inf gives NaN. */
export function matmulChain(): BlockRun {
  const r = noise(3);
  const points: Point[] = [];
  for (let step = 0; step <= 100; step++) {
    const norm = step < 64 ? 4 * 4 ** step * (1 + 0.1 * r()) : step < 70 ? Infinity : Number.NaN;
    points.push({ step, norm, maxAbs: Number.isFinite(norm) ? norm / 3 : norm });
  }
  return run('matmul-chain', 'fp32', [{ label: 'std 1', params: { init: 'normal(0, 1)' }, points, summary: summary('×4 per step · overflow at step 64', 64) }]);
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const ACTIVATIONS: Readonly<Record<string, readonly [(x: number) => number, (x: number) => number]>> = {
  sigmoid: [sigmoid, (x) => sigmoid(x) * (1 - sigmoid(x))],
  relu: [(x) => Math.max(0, x), (x) => (x > 0 ? 1 : 0)],
  tanh: [Math.tanh, (x) => 1 - Math.tanh(x) ** 2],
};

/** f and f′ of sigmoid, relu and tanh on [-8, 8]. */
export function activations(points = 161): BlockRun {
  const series = Object.entries(ACTIVATIONS).map(([name, [f, df]]) => {
    const pts: Point[] = [];
    for (let i = 0; i < points; i++) {
      const x = -8 + (16 * i) / (points - 1);
      pts.push({ x, f: f(x), df: df(x) });
    }
    return { label: name, params: { activation: name }, points: pts, summary: summary(name) };
  });
  return run('activation', 'fp32', series, { title: 'Activations and their derivatives', plot: 'both' });
}

/** A block that failed validation: errors, no series. */
export function errorsOnly(): BlockRun {
  return run('mlp', 'fp32', [], {
    title: 'Broken block',
    errors: [
      { line: 4, column: 1, start: 40, end: 45, message: 'unknown key "dept"; did you mean "depth"?' },
      { line: 6, column: 8, start: 70, end: 75, message: 'activation: expected one of relu, sigmoid, … <b>not</b> "sigmod"' },
    ],
  });
}

/** `count` mlp series with distinct slopes, labelled by width. */
export function manySeries(count = 16): BlockRun {
  return run('mlp', 'bf16', Array.from({ length: count }, (_, i) => mlpSeries(`width ${16 * (i + 1)}, gain ${(0.5 + i / 10).toFixed(1)}`, (t) => 10 ** ((i - 8) * (t / 100) * 0.5), 100)), {
    title: 'Sixteen series sweep',
  });
}

/** One power series of `n` points, with off-scale points sprinkled in. */
export function hugeSeries(n = 10_000): BlockRun {
  const r = noise(5);
  const points: Point[] = [];
  for (let i = 1; i <= n; i++) {
    const value = i % 2500 === 0 ? Infinity : i % 3333 === 0 ? Number.NaN : Math.exp(Math.sin(i / 300) * 5) * (1 + 0.5 * r());
    points.push({ n: i, value });
  }
  return run('power', 'fp32', [{ label: 'noisy', params: {}, points, summary: summary('10k points') }]);
}

/** A negative base: signed values over many decades (symlog axis). */
export function negativeBase(): BlockRun {
  return run('power', 'fp64', [powerSeries(-1.5, 'fp64', 60), powerSeries(0.5, 'fp64', 60)], { title: 'Negative base', plot: 'value' });
}

/** Degenerate series: empty, single point, all non-finite. */
export function degenerate(): BlockRun {
  return run('mlp', 'fp16', [
    { label: 'empty', params: {}, layers: [], summary: summary('') },
    mlpSeries('single', () => 3, 1),
    mlpSeries('all NaN', () => Number.NaN, 10),
    mlpSeries('all inf', () => Infinity, 10),
  ], { title: 'Degenerate series' });
}

/** Every fixture by name, for the preview script and loops in tests. */
export const ALL_FIXTURES: Readonly<Record<string, () => BlockRun>> = {
  sigmoidVsRelu, fp16Mlp, fp16Power, matmulChain, activations, errorsOnly, manySeries, hugeSeries, negativeBase, degenerate,
};
