import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, relativeError, type Encoded } from '../support/numpyReference';
import { runMlp } from '../../src/core/numeric/mlp';
import type { ActivationName, Dtype, LayerStats, WeightsData } from '../../src/core/types';
import { makeSpec } from './specs';

// Fixtures from test/reference/mlp_numpy.py, an independent numpy implementation.
const DIR = join(__dirname, '../fixtures/numeric/mlp');

interface Case {
  readonly name: string;
  readonly weights: string;
  readonly activation: ActivationName;
  readonly alpha: number | null;
  readonly loss: 'mse' | 'sum';
  readonly expected: Record<Dtype, Record<keyof LayerStats, Encoded>[]>;
}

const cases = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Case[];

function run(c: Case, dtype: Dtype): LayerStats[] {
  const weights = JSON.parse(readFileSync(join(DIR, c.weights), 'utf8')) as WeightsData;
  const activation = c.alpha === null ? { name: c.activation } : { name: c.activation, alpha: c.alpha };
  return runMlp(makeSpec({ dtype, activation, loss: c.loss, weights, weightsPath: c.weights }));
}

const NORMS = ['gradW', 'gradH', 'act'] as const;

describe('mlp against the numpy reference', () => {
  it('covers every activation and both overflow and underflow in fp16', () => {
    expect(new Set(cases.map((c) => c.activation)).size).toBe(9);
    const fp16 = cases.flatMap((c) => c.expected.fp16);
    expect(fp16.some((l) => decode(l.nonfinite) > 0)).toBe(true);
    expect(cases.some((c) => c.expected.fp16.some((l) => decode(l.zeros) > 0) && c.expected.fp32.every((l) => l.zeros === 0))).toBe(true);
  });

  for (const c of cases) {
    for (const [dtype, tolerance] of [
      ['fp64', 1e-10],
      ['fp32', 1e-4],
    ] as const) {
      it(`${c.name} ${dtype}: norms within ${tolerance} relative, counts equal`, () => {
        const layers = run(c, dtype);
        const expected = c.expected[dtype];
        expect(layers.length).toBe(expected.length);
        layers.forEach((layer, i) => {
          for (const key of NORMS) expect(relativeError(layer[key], decode(expected[i]![key]))).toBeLessThanOrEqual(tolerance);
          expect(layer.nonfinite).toBe(decode(expected[i]!.nonfinite));
        });
      });
    }
    for (const dtype of ['fp16', 'bf16'] as const) {
      it(`${c.name} ${dtype}: same non-finite and zero layers, norms within 1%`, () => {
        const layers = run(c, dtype);
        const expected = c.expected[dtype];
        const layersWith = (ls: Record<string, Encoded | number>[], key: string) =>
          ls.filter((l) => decode(l[key] as Encoded) > 0).map((l) => l.layer);
        expect(layersWith(layers as never, 'nonfinite')).toEqual(layersWith(expected, 'nonfinite'));
        expect(layersWith(layers as never, 'zeros')).toEqual(layersWith(expected, 'zeros'));
        layers.forEach((layer, i) => {
          for (const key of NORMS) expect(relativeError(layer[key], decode(expected[i]![key]))).toBeLessThanOrEqual(0.01);
        });
      });
    }
  }
});
