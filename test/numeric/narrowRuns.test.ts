import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, relativeError, type Encoded, type TrainExpected } from '../support/numpyReference';
import { runMlp } from '../../src/core/numeric/mlp';
import { runTrain } from '../../src/core/numeric/train/train';
import type { ActivationName, Dtype, LayerStats, OptimizerName, TrainOutcome, WeightsData } from '../../src/core/types';
import { makeSpec } from './specs';

// Fixtures from test/reference/narrow_runs.py: the numpy mlp/train references with the
// narrow roundings of narrow_numpy.py (checked there against exact fractions).
const MLP_DIR = join(__dirname, '../fixtures/numeric/mlp');
const TRAIN_DIR = join(__dirname, '../fixtures/numeric/train');


interface MlpCase {
  readonly name: string;
  readonly weights: string;
  readonly activation: ActivationName;
  readonly alpha: number | null;
  readonly loss: 'mse' | 'sum';
  readonly expected: Record<string, Record<keyof LayerStats, Encoded>[]>;
}
interface TrainCase {
  readonly name: string;
  readonly weights: string;
  readonly activation: ActivationName;
  readonly alpha: number | null;
  readonly head: 'linear' | 'activation';
  readonly steps: number;
  readonly runs: { optimizer: OptimizerName; lr: number; expected: Record<string, TrainExpected> }[];
}

const mlpCases = JSON.parse(readFileSync(join(MLP_DIR, 'narrow_expected.json'), 'utf8')) as MlpCase[];
const trainCases = JSON.parse(readFileSync(join(TRAIN_DIR, 'narrow_expected.json'), 'utf8')) as TrainCase[];
const NARROW = Object.keys(mlpCases[0]!.expected) as Dtype[];

const activationOf = (c: { activation: ActivationName; alpha: number | null }) =>
  c.alpha === null ? { name: c.activation } : { name: c.activation, alpha: c.alpha };

describe('mlp and train in fp8 and block-scaled dtypes against the numpy reference', () => {
  it('covers every narrow dtype, fp8 overflow and underflow, and divergence', () => {
    expect(NARROW).toEqual(['fp8-e4m3', 'fp8-e5m2', 'mxfp8-e4m3', 'mxfp8-e5m2', 'mxfp6-e3m2', 'mxfp6-e2m3', 'mxfp4', 'nvfp4']);
    const layers = (d: string) => mlpCases.flatMap((c) => c.expected[d]!);
    expect(layers('fp8-e4m3').some((l) => decode(l.nonfinite) > 0)).toBe(true);
    expect(layers('fp8-e5m2').some((l) => decode(l.zeros) > 0)).toBe(true);
    expect(trainCases.some((c) => c.runs.some((r) => r.expected.nvfp4!.diverged !== null))).toBe(true);
  });
  for (const dtype of NARROW) {
    it(`mlp ${dtype}: every case's norms within 1e-12 relative, counts equal`, () => {
      const errs: string[] = [];
      for (const c of mlpCases) {
        const weights = JSON.parse(readFileSync(join(MLP_DIR, c.weights), 'utf8')) as WeightsData;
        const layers = runMlp(makeSpec({ dtype, activation: activationOf(c), loss: c.loss, weights, weightsPath: c.weights }));
        layers.forEach((l, i) => {
          const want = c.expected[dtype]![i]!;
          for (const key of ['gradW', 'gradH', 'act', 'nonfinite', 'zeros'] as const) {
            const e = relativeError(l[key], decode(want[key]));
            if (e > 1e-12) errs.push(`${c.name} layer ${l.layer} ${key} ${l[key]} vs ${decode(want[key])} (${e})`);
          }
        });
      }
      expect(errs.slice(0, 5)).toEqual([]);
    });
    it(`train ${dtype}: every run's losses and update ratios within 1e-9 relative, same divergence step`, () => {
      const errs: string[] = [];
      for (const c of trainCases) {
        const weights = JSON.parse(readFileSync(join(TRAIN_DIR, c.weights), 'utf8')) as WeightsData;
        for (const r of c.runs) {
          const out: TrainOutcome = runTrain(makeSpec({ experiment: 'train', dtype, activation: activationOf(c), head: c.head, optimizer: r.optimizer, lr: r.lr, steps: c.steps, weights, weightsPath: c.weights }));
          const want = r.expected[dtype]!;
          if (out.diverged !== want.diverged) errs.push(`${c.name} ${r.optimizer} diverged ${out.diverged} vs ${want.diverged}`);
          out.points.forEach((p, k) => {
            const e = want.points[k] ? relativeError(p.loss, want.points[k]!.loss) : Infinity;
            if (e > 1e-9) errs.push(`${c.name} ${r.optimizer} step ${k} loss ${p.loss} vs ${want.points[k]?.loss} (${e})`);
          });
          out.layers.forEach((layer, t) => {
            layer.updateRatio.forEach((ratio, k) => {
              const e = relativeError(ratio, decode(want.layers[t]!.updateRatio[k]!));
              if (e > 1e-9) errs.push(`${c.name} ${r.optimizer} layer ${layer.layer} step ${k} update ratio (${e})`);
            });
          });
        }
      }
      expect(errs.slice(0, 5)).toEqual([]);
    });
  }
});
