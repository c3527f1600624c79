import { describe, expect, it } from 'vitest';
import { defaultGain, initMatrix } from '../../src/core/numeric/init';
import { Rng } from '../../src/core/numeric/rng';
import type { Init } from '../../src/core/types';

function moments(values: Float64Array): { mean: number; std: number; min: number; max: number } {
  let sum = 0;
  let sq = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    sum += v;
    sq += v * v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / values.length;
  return { mean, std: Math.sqrt(sq / values.length - mean * mean), min, max };
}

describe('init rules', () => {
  const rows = 300;
  const cols = 200;
  const cases: [Init, number | null, number, number][] = [
    // [rule, gain, expected std, expected bound (uniform) or 0]
    [{ kind: 'normal', mean: 0, std: 0.5 }, null, 0.5, 0],
    [{ kind: 'xavier' }, null, Math.sqrt(2 / (rows + cols)), 0],
    [{ kind: 'kaiming' }, null, Math.sqrt(2 / cols), 0],
    [{ kind: 'kaiming' }, 1, Math.sqrt(1 / cols), 0],
    [{ kind: 'xavier-uniform' }, null, Math.sqrt(6 / (rows + cols)) / Math.sqrt(3), Math.sqrt(6 / (rows + cols))],
    [{ kind: 'kaiming-uniform' }, null, Math.sqrt(6 / cols) / Math.sqrt(3), Math.sqrt(6 / cols)],
    [{ kind: 'uniform', low: -2, high: 2 }, null, 4 / Math.sqrt(12), 2],
  ];
  for (const [init, gain, std, bound] of cases) {
    it(`${init.kind} gain ${gain}: std ${std.toPrecision(3)}`, () => {
      const m = moments(initMatrix(init, gain, rows, cols, new Rng(1)));
      expect(Math.abs(m.mean)).toBeLessThan(0.01 * Math.max(std, 0.1));
      expect(m.std / std).toBeCloseTo(1, 1);
      if (bound > 0) {
        expect(m.min).toBeGreaterThanOrEqual(-bound);
        expect(m.max).toBeLessThan(bound);
        expect(m.max).toBeGreaterThan(0.99 * bound);
      }
    });
  }

  it('normal(mean, std) shifts the mean', () => {
    expect(moments(initMatrix({ kind: 'normal', mean: 3, std: 1 }, null, 100, 100, new Rng(2))).mean).toBeCloseTo(3, 1);
  });

  it('kaiming uses the ReLU gain √2 by default', () => {
    expect(defaultGain({ kind: 'kaiming' })).toBe(Math.SQRT2);
    expect(defaultGain({ kind: 'xavier' })).toBe(1);
  });

  for (const [r, c] of [
    [6, 6],
    [8, 5],
    [4, 9],
  ] as const) {
    it(`orthogonal ${r}×${c} has orthonormal ${r >= c ? 'columns' : 'rows'} (scaled by gain)`, () => {
      const gain = 1.7;
      const w = initMatrix({ kind: 'orthogonal' }, gain, r, c, new Rng(3));
      const small = Math.min(r, c);
      for (let i = 0; i < small; i++) {
        for (let j = 0; j < small; j++) {
          let dot = 0;
          for (let k = 0; k < Math.max(r, c); k++) {
            dot += r >= c ? w[k * c + i]! * w[k * c + j]! : w[i * c + k]! * w[j * c + k]!;
          }
          expect(dot).toBeCloseTo(i === j ? gain * gain : 0, 12);
        }
      }
    });
  }
});
