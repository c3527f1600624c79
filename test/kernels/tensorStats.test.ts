import { describe, expect, it } from 'vitest';
import { countNonFinite, countZeros, frobeniusNorm } from '../../src/core/numeric/norms';
import { tensorNorm, tensorStats } from '../../src/core/numeric/kernels/tensorStats';
import { randomArray } from './helpers';

function expectSameAsNorms(values: Float32Array | Float64Array): void {
  const s = tensorStats(values);
  expect(Object.is(s.norm, frobeniusNorm(values))).toBe(true);
  expect(s.nonfinite).toBe(countNonFinite(values));
  expect(s.zeros).toBe(countZeros(values));
  expect(Object.is(tensorNorm(values), s.norm)).toBe(true);
}

describe('tensorStats equals norms.ts exactly', () => {
  it('random float32 and float64 tensors, with zeros, Inf and NaN sprinkled in', () => {
    for (const ctor of [Float32Array, Float64Array]) {
      for (const n of [0, 1, 7, 65536]) {
        const values = randomArray(ctor, n, n + 1);
        expectSameAsNorms(values);
        if (n > 5) {
          values[1] = 0;
          values[2] = -0;
          values[3] = Infinity;
          expectSameAsNorms(values);
          values[4] = NaN;
          expectSameAsNorms(values);
        }
      }
    }
  });

  it('float64 tensors that overflow or underflow a plain sum of squares', () => {
    expectSameAsNorms(new Float64Array([1e200, 1e200, -3e199]));
    expectSameAsNorms(new Float64Array([1e-200, 3e-201, 0]));
    expectSameAsNorms(new Float64Array([5e-324, 5e-324]));
    expectSameAsNorms(new Float64Array([1.7e308, -Infinity]));
    expect(tensorStats(new Float64Array([1e200, 1e200])).norm).toBeCloseTo(Math.SQRT2 * 1e200, -190);
  });

  it('large tensors (the WebAssembly route) with overflow, underflow and non-finite values', () => {
    const big = new Float64Array(5000).fill(1e200);
    expectSameAsNorms(big);
    expectSameAsNorms(new Float64Array(5000).fill(1e-200));
    big[17] = NaN;
    expectSameAsNorms(big);
    const f = randomArray(Float32Array, 5000, 9);
    f[0] = -Infinity;
    f[1] = 0;
    expectSameAsNorms(f);
  });

  it('float32 extremes', () => {
    expectSameAsNorms(new Float32Array([3.4e38, 3.4e38, 1e-45, -1e-45]));
  });
});
