import { describe, expect, it } from 'vitest';
import { roundToDtype } from '../../src/core/numeric/dtype';
import { multiplyRoundInPlace } from '../../src/core/numeric/kernels/elementwise';
import { firstDifference, randomArray } from './helpers';

function reference(g: Float32Array, s: Float32Array, format: 'bf16' | 'fp16'): Float32Array {
  return g.map((v, i) => roundToDtype(v * s[i]!, format));
}

describe('multiplyRoundInPlace equals one rounding of each exact product', () => {
  for (const format of ['bf16', 'fp16'] as const) {
    it(`${format}: dtype-valued operands, wide float32 operands, and the edges`, () => {
      const g = randomArray(Float32Array, 5000, 1);
      const s = randomArray(Float32Array, 5000, 2);
      const cases: [Float32Array, Float32Array][] = [
        [g.slice(), s.slice()], // arbitrary float32 operands: many inexact products
        [reference(g, new Float32Array(5000).fill(1), format), reference(s, new Float32Array(5000).fill(1), format)],
        [
          new Float32Array([2 ** -70, 2 ** -70, 3e38, NaN, Infinity, 0, -0, 1 + 2 ** -7, 65504, 2 ** -24, 2 ** -13]),
          new Float32Array([2 ** -70, 3 * 2 ** -68, 10, 1, 0, Infinity, 5, 1 + 2 ** -7, 2, 0.5, 2 ** -13]),
        ],
      ];
      for (const [a, b] of cases) {
        const want = reference(a, b, format);
        const got = a.slice();
        multiplyRoundInPlace(got, b, format);
        expect(firstDifference(got, want)).toBe(-1);
      }
    });
  }

  it('rejects a shorter multiplier', () => {
    expect(() => multiplyRoundInPlace(new Float32Array(3), new Float32Array(2), 'fp16')).toThrow(RangeError);
  });
});

describe('reluForward equals applyActivation(relu)', () => {
  it('float32 and float64, short (TypeScript) and long (WebAssembly for float32), in place and not', async () => {
    const { applyActivation } = await import('../../src/core/numeric/activations');
    const { reluForward } = await import('../../src/core/numeric/kernels/elementwise');
    for (const ctor of [Float32Array, Float64Array] as const) {
      for (const n of [1000, 5003]) {
        const z = randomArray(ctor, n, n);
        z.set([NaN, -0, 0, Infinity, -Infinity, -NaN], 0);
        const wantH = new ctor(n);
        const wantS = new ctor(n);
        applyActivation({ name: 'relu' }, ctor === Float32Array ? 'fp32' : 'fp64', z, wantH, wantS);
        const h = new ctor(n);
        const s = new ctor(n);
        reluForward(z, h, s);
        expect(firstDifference(h, wantH)).toBe(-1);
        expect(firstDifference(s, wantS)).toBe(-1);
        expect(Object.is(h[1], 0)).toBe(true); // −0 → +0
        const inPlace = z.slice();
        const s2 = new ctor(n);
        reluForward(inPlace, inPlace, s2);
        expect(firstDifference(inPlace, wantH)).toBe(-1);
        expect(firstDifference(s2, wantS)).toBe(-1);
        const valuesOnly = new ctor(n);
        reluForward(z, valuesOnly, null);
        expect(firstDifference(valuesOnly, wantH)).toBe(-1);
      }
    }
  });

  it('the TypeScript loops give the same values when no WebAssembly kernel is registered', async () => {
    const { reluForward } = await import('../../src/core/numeric/kernels/elementwise');
    const { JS_KERNELS, setKernels } = await import('../../src/core/numeric/kernels');
    const z = randomArray(Float32Array, 4096, 3);
    z[5] = NaN;
    const [h1, s1, h2, s2] = [0, 0, 0, 0].map(() => new Float32Array(4096));
    reluForward(z, h1!, s1!);
    const previous = setKernels(JS_KERNELS);
    try {
      reluForward(z, h2!, s2!);
    } finally {
      setKernels(previous);
    }
    expect(firstDifference(h1!, h2!)).toBe(-1);
    expect(firstDifference(s1!, s2!)).toBe(-1);
  });
});

describe('multiplyInPlace equals the scalar rounding for every dtype', () => {
  it('fp64, fp32, bf16, fp16; short (TypeScript) and long (WebAssembly for fp32) tensors', async () => {
    const { multiplyInPlace } = await import('../../src/core/numeric/kernels/elementwise');
    for (const dtype of ['fp64', 'fp32', 'bf16', 'fp16'] as const) {
      for (const n of [100, 3001]) {
        const ctor = dtype === 'fp64' ? Float64Array : Float32Array;
        const g = randomArray(ctor, n, 11);
        const s = randomArray(ctor, n, 12);
        g[0] = NaN;
        s[1] = Infinity;
        g[2] = 1e-30; // products below float32's normal range (subnormal results must not flush to 0)
        s[2] = 1e-15;
        g[3] = 3e38;
        s[3] = 3; // overflow
        const want = g.map((v, i) => roundToDtype(v * s[i]!, dtype));
        multiplyInPlace(g, s, dtype);
        expect(firstDifference(g, want), `${dtype} n=${n}`).toBe(-1);
      }
    }
  });
});
