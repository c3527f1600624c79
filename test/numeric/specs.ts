import type { ExperimentSpec } from '../../src/core/types';
import { defaultSpec } from '../../src/core/spec/defaults';

/** The schema's defaults with a small, fast network (depth 4 × width 8 × batch 4, ReLU, N(0, 1)), then `overrides`. */
export function makeSpec(overrides: Partial<ExperimentSpec> = {}): ExperimentSpec {
  return {
    ...defaultSpec(),
    seed: 42,
    depth: 4,
    width: 8,
    batch: 4,
    activation: { name: 'relu' },
    init: { kind: 'normal', mean: 0, std: 1 },
    count: 20,
    points: 33,
    n: 30,
    lr: 0.1,
    steps: 10,
    ...overrides,
  };
}
