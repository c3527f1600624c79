import type { Dtype, ExperimentSpec } from '../src/core/types';
import { defaultSpec } from '../src/core/spec/defaults';

/** The schema's defaults with the bench's own workload (depth 100 × width 256 × batch 64, ReLU, Kaiming), then `overrides`. */
export function benchSpec(overrides: Partial<ExperimentSpec>): ExperimentSpec {
  return {
    ...defaultSpec(),
    title: 'bench',
    seed: 42,
    width: 256,
    batch: 64,
    activation: { name: 'relu' },
    init: { kind: 'kaiming' },
    points: 101,
    lr: 0.01,
    ...overrides,
  };
}

/** The bench's MLP workload (docs/performance.md): depth 100 × width 256 × batch 64, ReLU, Kaiming, in `dtype`. */
export function mlpBenchSpec(dtype: Dtype): ExperimentSpec {
  return benchSpec({ experiment: 'mlp', dtype });
}

/**
 * The training example's plain-SGD workload (examples/training-dynamics.md): a depth-12,
 * width-16 MLP on 64 samples, 100 SGD steps, ReLU/Kaiming unless `overrides` say otherwise.
 */
export function trainBenchSpec(overrides: Partial<ExperimentSpec> = {}): ExperimentSpec {
  return benchSpec({ experiment: 'train', plot: 'loss', depth: 12, width: 16, batch: 64, steps: 100, optimizer: 'sgd', head: 'linear', task: 'teacher', ...overrides });
}

/** D2L's 100-step chain of 4×4 products. */
export function chainBenchSpec(dtype: Dtype): ExperimentSpec {
  return benchSpec({ experiment: 'matmul-chain', dtype, size: 4, count: 100, init: { kind: 'normal', mean: 0, std: 1 } });
}
