import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, relativeError, type TrainExpected } from '../support/numpyReference';
import { runTrain } from '../../src/core/numeric/train/train';
import type { Coefficients } from '../../src/core/numeric/train/optimizers';
import type { ActivationName, Dtype, OptimizerName, TrainOutcome, WeightsData } from '../../src/core/types';
import { makeSpec } from './specs';

// Fixtures from test/reference/train_numpy.py, an independent numpy implementation.
const DIR = join(__dirname, '../fixtures/numeric/train');

interface Case {
  readonly name: string;
  readonly weights: string;
  readonly activation: ActivationName;
  readonly alpha: number | null;
  readonly head: 'linear' | 'activation';
  readonly steps: number;
  readonly runs: { optimizer: OptimizerName; lr: number; coefficients: Partial<Coefficients>; expected: Record<Dtype, TrainExpected> }[];
}

const cases = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Case[];

function run(c: Case, dtype: Dtype, optimizer: OptimizerName, lr: number, coefficients: Partial<Coefficients>): TrainOutcome {
  const weights = JSON.parse(readFileSync(join(DIR, c.weights), 'utf8')) as WeightsData;
  const activation = c.alpha === null ? { name: c.activation } : { name: c.activation, alpha: c.alpha };
  return runTrain(makeSpec({ experiment: 'train', dtype, activation, head: c.head, optimizer, lr, steps: c.steps, weights, weightsPath: c.weights, ...coefficients }));
}

/** Largest relative error of the losses and of the update ratios against the fixture. */
function compare(actual: TrainOutcome, expected: TrainExpected): { loss: number; ratio: number } {
  expect(actual.diverged).toBe(expected.diverged);
  expect(actual.points.map((p) => p.step)).toEqual(expected.points.map((p) => p.step));
  let loss = 0;
  actual.points.forEach((p, i) => (loss = Math.max(loss, relativeError(p.loss, expected.points[i]!.loss))));
  let ratio = 0;
  expect(actual.layers.length).toBe(expected.layers.length);
  actual.layers.forEach((layer, t) => {
    const want = expected.layers[t]!.updateRatio.map(decode);
    expect(layer.updateRatio.length).toBe(want.length);
    layer.updateRatio.forEach((r, k) => (ratio = Math.max(ratio, relativeError(r, want[k]!))));
  });
  return { loss, ratio };
}

/** Tolerances per dtype: fp64 and fp32 as the spec pins them; bf16/fp16 follow the same rounding steps. */
const TOLERANCE: Partial<Record<Dtype, number>> = { fp64: 1e-9, fp32: 1e-3, bf16: 1e-3, fp16: 1e-3 };

describe('train against the numpy reference', () => {
  it('covers the three optimizers, both heads, and divergence at different steps per dtype', () => {
    const runs = cases.flatMap((c) => c.runs);
    expect(new Set(runs.map((r) => r.optimizer))).toEqual(new Set(['sgd', 'momentum', 'adam']));
    expect(new Set(cases.map((c) => c.head))).toEqual(new Set(['linear', 'activation']));
    const steps = runs.map((r) => r.expected).filter((e) => e.fp64.diverged !== null).map((e) => [e.fp64.diverged, e.fp32.diverged, e.fp16.diverged]);
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.some(([a, , c]) => a !== c)).toBe(true);
  });

  it('covers momentum and Adam coefficients other than the defaults, each changing the losses', () => {
    const own = cases.flatMap((c) => c.runs.filter((r) => Object.keys(r.coefficients).length > 0).map((r) => ({ c, r })));
    expect(new Set(own.flatMap(({ r }) => Object.keys(r.coefficients)))).toEqual(new Set(['momentum', 'beta1', 'beta2', 'eps']));
    for (const { c, r } of own) {
      const withDefaults = run(c, 'fp64', r.optimizer, r.lr, {});
      expect(withDefaults.points.at(-1)!.loss).not.toBe(r.expected.fp64.points.at(-1)!.loss);
    }
  });

  for (const c of cases) {
    for (const r of c.runs) {
      for (const dtype of ['fp64', 'fp32', 'bf16', 'fp16'] as const) {
        const own = Object.entries(r.coefficients).map(([k, v]) => ` ${k} ${v}`).join('');
        it(`${c.name} ${r.optimizer}${own} lr ${r.lr} ${dtype}: every loss and update ratio within ${TOLERANCE[dtype]} relative, same divergence step`, () => {
          const err = compare(run(c, dtype, r.optimizer, r.lr, r.coefficients), r.expected[dtype]);
          expect(err.loss).toBeLessThanOrEqual(TOLERANCE[dtype]!);
          expect(err.ratio).toBeLessThanOrEqual(TOLERANCE[dtype]!);
        });
      }
    }
  }
});
