import type { ExperimentSpec } from '../../src/core/types';

/** A fully resolved spec with the schema's defaults, overridden per test. */
export function makeSpec(overrides: Partial<ExperimentSpec> = {}): ExperimentSpec {
  return {
    experiment: 'mlp',
    title: '',
    dtype: 'fp32',
    seed: 42,
    plot: 'grad-norm',
    depth: 4,
    width: 8,
    batch: 4,
    activation: { name: 'relu' },
    init: { kind: 'normal', mean: 0, std: 1 },
    gain: null,
    loss: 'mse',
    bias: false,
    weightsPath: null,
    weights: null,
    size: 4,
    count: 20,
    range: [-8, 8],
    points: 33,
    base: 1.5,
    n: 30,
    lr: 0.1,
    steps: 10,
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
