import { runSeriesSync } from '../src/core/numeric/run';
import { medianMs } from './measure';
import { benchSpec } from './specs';
import type { BenchRow } from './table';

/**
 * The training example's workload (examples/training-dynamics.md): three regimes
 * (ReLU/Kaiming, gain 1.6, sigmoid/Xavier) × 13 learning rates of a depth-12,
 * width-16 MLP on 64 samples for 100 SGD steps, one thread, fp32 —
 * 39 × 101 passes ≈ 2.3e9 multiply-adds. The goal is the issue's: under 1 s.
 */
const RATES = [1e-4, 2e-4, 5e-4, 1e-3, 2e-3, 5e-3, 1e-2, 2e-2, 5e-2, 0.1, 0.2, 0.5, 1];

export function trainRows(reps: number): BenchRow[] {
  const base = benchSpec({ experiment: 'train', plot: 'loss', depth: 12, width: 16, batch: 64, steps: 100, optimizer: 'sgd', head: 'linear', task: 'teacher' });
  const regimes = [
    { ...base, activation: { name: 'relu' as const }, init: { kind: 'kaiming' as const } },
    { ...base, activation: { name: 'relu' as const }, init: { kind: 'kaiming' as const }, gain: 1.6 },
    { ...base, activation: { name: 'sigmoid' as const }, init: { kind: 'xavier' as const } },
  ];
  const ms = medianMs(() => {
    for (const spec of regimes) for (const lr of RATES) runSeriesSync({ ...spec, lr });
  }, reps, 1);
  return [{ workload: 'train: 3 regimes × 13 rates, depth 12 × width 16 × batch 64, 100 steps, fp32', oursMs: ms, against: '', goal: '≤ 1000 ms', met: ms <= 1000, note: 'one thread' }];
}
