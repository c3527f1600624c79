import type { Dtype, ExperimentSpec } from '../src/core/types';

/** A fully resolved spec with the schema's defaults, for benchmarks (no parsing involved). */
export function benchSpec(overrides: Partial<ExperimentSpec>): ExperimentSpec {
  return {
    experiment: 'mlp',
    title: 'bench',
    dtype: 'fp32',
    seed: 42,
    plot: 'grad-norm',
    depth: 100,
    width: 256,
    batch: 64,
    activation: { name: 'relu' },
    init: { kind: 'kaiming' },
    gain: null,
    loss: 'mse',
    bias: false,
    weightsPath: null,
    weights: null,
    size: 4,
    count: 100,
    range: [-8, 8],
    points: 101,
    base: 1.5,
    n: 100,
    lr: 0.01,
    steps: 100,
    optimizer: 'sgd',
    head: 'linear',
    task: 'teacher',
    residual: false,
    norm: 'none',
    clip: null,
    lossScale: null,
    ...overrides,
  };
}

/** The bench's MLP workload (docs/performance.md): depth 100 × width 256 × batch 64, ReLU, Kaiming, in `dtype`. */
export function mlpBenchSpec(dtype: Dtype): ExperimentSpec {
  return benchSpec({ experiment: 'mlp', dtype });
}

/** D2L's 100-step chain of 4×4 products. */
export function chainBenchSpec(dtype: Dtype): ExperimentSpec {
  return benchSpec({ experiment: 'matmul-chain', dtype, size: 4, count: 100, init: { kind: 'normal', mean: 0, std: 1 } });
}
