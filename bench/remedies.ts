import { runSeriesSync } from '../src/core/numeric/run';
import type { ExperimentSpec } from '../src/core/types';
import { median, now } from './measure';
import { benchSpec } from './specs';
import type { BenchRow } from './table';

/**
 * What each remedy costs against the same run without it, measured in one
 * run, the variants interleaved so that a change of machine load falls on all
 * of them alike:
 *  - mlp: the bench's MLP (depth 100 × width 256 × batch 64, ReLU, Kaiming) in
 *    fp32 and fp16, with residual, layernorm, rmsnorm;
 *  - train: the training example's net (depth 12 × width 16 × batch 64,
 *    tanh, Xavier, 100 SGD steps) in fp16, with residual, layernorm, clipping and loss scaling.
 * No goal: the rows say what a note pays for a remedy.
 */

interface Variant {
  readonly name: string;
  readonly spec: ExperimentSpec;
}

/** Median time of each variant, running them in turn `reps` times after one warm-up round; and whether a training run diverged (it then did less work). */
function interleavedMedians(variants: readonly Variant[], reps: number): { ms: number[]; diverged: (number | null)[] } {
  const times = variants.map((): number[] => []);
  const diverged = variants.map((): number | null => null);
  for (let round = -1; round < reps; round++) {
    variants.forEach((v, i) => {
      const t = now();
      const out = runSeriesSync(v.spec);
      if (round >= 0) times[i]!.push(now() - t);
      diverged[i] = out.training?.diverged ?? null;
    });
  }
  return { ms: times.map(median), diverged };
}

function rowsFor(label: string, plain: ExperimentSpec, remedies: readonly Variant[], reps: number): BenchRow[] {
  const { ms, diverged } = interleavedMedians([{ name: 'plain', spec: plain }, ...remedies], reps);
  const base = ms[0]!;
  return remedies.map((v, i) => ({
    workload: `remedy ${v.name}: ${label}`,
    oursMs: ms[i + 1]!,
    against: 'same run without it',
    theirsMs: base,
    ratio: ms[i + 1]! / base,
    ratioLabel: '× plain',
    note: diverged[i + 1] !== null || diverged[0] !== null ? 'a run diverged: the times are not comparable' : undefined,
  }));
}

export function remedyRows(reps: number): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const dtype of ['fp32', 'fp16'] as const) {
    const plain = benchSpec({ experiment: 'mlp', dtype });
    rows.push(...rowsFor(`mlp depth 100 × width 256 × batch 64, ${dtype}`, plain, [
      { name: 'residual', spec: { ...plain, residual: true } },
      { name: 'layernorm', spec: { ...plain, norm: 'layernorm' } },
      { name: 'rmsnorm', spec: { ...plain, norm: 'rmsnorm' } },
    ], reps));
  }
  const train = benchSpec({ experiment: 'train', plot: 'loss', dtype: 'fp16', depth: 12, width: 16, batch: 64, steps: 100, lr: 0.001, activation: { name: 'tanh' }, init: { kind: 'xavier' } });
  rows.push(...rowsFor('train depth 12 × width 16 × batch 64, 100 steps, fp16', train, [
    { name: 'residual', spec: { ...train, residual: true } },
    { name: 'layernorm', spec: { ...train, norm: 'layernorm' } },
    { name: 'clip norm', spec: { ...train, clip: { kind: 'norm', limit: 1 } } },
    { name: 'clip value', spec: { ...train, clip: { kind: 'value', limit: 0.01 } } },
    { name: 'loss-scale 1024', spec: { ...train, lossScale: 1024 } },
    { name: 'loss-scale dynamic', spec: { ...train, lossScale: 'dynamic' } },
  ], reps));
  return rows;
}
