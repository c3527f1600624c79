import { describe, expect, it } from 'vitest';
import { gemmF32Js, gemmF64Js } from '../../src/core/numeric/kernels/gemmJs';
import { naiveF32, naiveF64 } from './naiveGemm';
import { firstDifference, randomArray } from './helpers';

describe('the TypeScript kernels keep the documented accumulation order', () => {
  const SHAPES = [[1, 1, 1], [3, 17, 5], [17, 3, 255], [4, 4, 4], [33, 65, 2], [7, 1, 257]] as const;
  for (const [name, fast, naive, ctor] of [
    ['f32', gemmF32Js, naiveF32, Float32Array],
    ['f64', gemmF64Js, naiveF64, Float64Array],
  ] as const) {
    it(`${name}: equals the plain triple loop bit for bit, every transpose`, () => {
      for (const [m, n, k] of SHAPES) {
        for (const tA of [false, true]) {
          for (const tB of [false, true]) {
            const a = randomArray(ctor, m * k, m * 31 + k);
            const b = randomArray(ctor, k * n, n * 17 + k);
            a[0] = -0;
            if (b.length > 2) b[2] = Infinity;
            const got = new ctor(m * n).fill(9);
            const want = new ctor(m * n);
            (fast as (...x: unknown[]) => void)(tA, tB, m, n, k, a, b, got);
            (naive as (...x: unknown[]) => void)(tA, tB, m, n, k, a, b, want);
            expect(firstDifference(got, want), `${m}×${n}×${k} ${tA} ${tB}`).toBe(-1);
          }
        }
      }
    });
  }

  it('float32 accumulation really rounds each partial sum (differs from float64 summation)', () => {
    // 1 + 2^-24 + 2^-24: in float32 each add ties back to 1; in float64 the sum is 1 + 2^-23.
    const a = new Float32Array([1, 2 ** -24, 2 ** -24]);
    const b = new Float32Array([1, 1, 1]);
    const c = new Float32Array(1);
    gemmF32Js(false, false, 1, 1, 3, a, b, c);
    expect(c[0]).toBe(1);
    const c64 = new Float64Array(1);
    gemmF64Js(false, false, 1, 1, 3, Float64Array.from(a), Float64Array.from(b), c64);
    expect(c64[0]).toBe(1 + 2 ** -23);
  });

  it('rejects short arrays instead of reading past them', () => {
    expect(() => gemmF32Js(false, false, 2, 2, 2, new Float32Array(3), new Float32Array(4), new Float32Array(4)))
      .toThrow(/A holds 3 values/);
  });
});
