import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Gemm } from '../../src/core/numeric/kernels/gemm';
import { gemmF32Js, gemmF64Js } from '../../src/core/numeric/kernels/gemmJs';
import { createWasmGemm } from '../../src/core/numeric/kernels/wasm/gemmWasm';
import { firstDifference, randomArray } from './helpers';

// minWork 0: every product goes through WebAssembly, even 1×1×1.
const wasm = createWasmGemm({ f32: gemmF32Js, f64: gemmF64Js }, 0)!;

type Ctor = Float32ArrayConstructor | Float64ArrayConstructor;
const TYPES: [string, Ctor, Gemm<any>, Gemm<any>][] = [
  ['f32', Float32Array, wasm.f32, gemmF32Js],
  ['f64', Float64Array, wasm.f64, gemmF64Js],
];
const TRANSPOSES: [boolean, boolean][] = [[false, false], [false, true], [true, false], [true, true]];

/** Run both kernels on the same inputs; returns [wasm result, reference result]. */
function both(kind: (typeof TYPES)[number], tA: boolean, tB: boolean, m: number, n: number, k: number,
              a: Float32Array | Float64Array, b: Float32Array | Float64Array) {
  const [, ctor, fast, ref] = kind;
  const got = new ctor(m * n).fill(123); // stale values must be overwritten
  const want = new ctor(m * n);
  fast(tA, tB, m, n, k, a, b, got);
  ref(tA, tB, m, n, k, a, b, want);
  return [got, want] as const;
}

describe('WebAssembly SIMD gemm equals the TypeScript reference bit for bit', () => {
  it('instantiates in this Node', () => {
    expect(wasm).toBeDefined();
  });

  const ODD = [1, 3, 17, 255, 257];
  for (const kind of TYPES) {
    for (const [tA, tB] of TRANSPOSES) {
      it(`${kind[0]} transA=${tA} transB=${tB}: odd sizes 1, 3, 17, 255, 257`, () => {
        let seed = 1;
        for (const m of ODD) {
          for (const n of ODD) {
            // k over the odd sizes, varied with (m, n) to keep the run short but cover each.
            const k = ODD[(m + n) % ODD.length]!;
            const a = randomArray(kind[1], m * k, seed++);
            const b = randomArray(kind[1], k * n, seed++);
            const [got, want] = both(kind, tA, tB, m, n, k, a, b);
            expect(firstDifference(got, want), `m=${m} n=${n} k=${k}`).toBe(-1);
          }
        }
      });
    }

    it(`${kind[0]}: k past one block (KC = 256) and m past one block (MC = 128) keep the order`, () => {
      for (const [m, n, k] of [[300, 20, 600], [5, 9, 513], [129, 33, 1000]] as const) {
        for (const [tA, tB] of TRANSPOSES) {
          const a = randomArray(kind[1], m * k, m + k);
          const b = randomArray(kind[1], k * n, n + k);
          const [got, want] = both(kind, tA, tB, m, n, k, a, b);
          expect(firstDifference(got, want), `m=${m} n=${n} k=${k} ${tA} ${tB}`).toBe(-1);
        }
      }
    });

    it(`${kind[0]}: Infinity and NaN propagate exactly as in the reference`, () => {
      const m = 9, n = 19, k = 300;
      for (const [tA, tB] of TRANSPOSES) {
        const a = randomArray(kind[1], m * k, 7);
        const b = randomArray(kind[1], k * n, 8);
        a[3] = Infinity;
        a[k + 5] = -Infinity;
        b[2 * n + 1] = NaN;
        b[k * n - 1] = Infinity;
        a[m * k - 1] = 0; // 0·∞ = NaN somewhere
        const [got, want] = both(kind, tA, tB, m, n, k, a, b);
        expect(firstDifference(got, want)).toBe(-1);
        expect(Array.from(got).some(Number.isNaN)).toBe(true);
        expect(Array.from(got).some((v) => v === Infinity || v === -Infinity)).toBe(true);
      }
    });

    it(`${kind[0]}: overflow to ±Infinity and signed zeros match`, () => {
      const big = kind[1] === Float32Array ? 3e38 : 1.7e308;
      const a = new kind[1]([big, big, -0, -0]);
      const b = new kind[1]([2, 2, -0, 1]);
      const [got, want] = both(kind, false, false, 2, 2, 2, a, b);
      expect(firstDifference(got, want)).toBe(-1);
      expect(got[0]).toBe(Infinity);
      expect(Object.is(got[2], 0)).toBe(true); // (+0 + (−0·−0)) + (−0·−0) is +0
    });
  }

  it('random shapes and transposes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 300 }),
        fc.boolean(), fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 1e9 }),
        (m, n, k, tA, tB, f64, seed) => {
          const kind = TYPES[f64 ? 1 : 0]!;
          const a = randomArray(kind[1], m * k, seed);
          const b = randomArray(kind[1], k * n, seed + 1);
          const [got, want] = both(kind, tA, tB, m, n, k, a, b);
          return firstDifference(got, want) === -1;
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('WebAssembly gemm edges and memory', () => {
  it('k = 0 gives zeros; m = 0 or n = 0 writes nothing', () => {
    const c = new Float32Array([5, 5, 5, 5]);
    wasm.f32(false, false, 2, 2, 0, new Float32Array(0), new Float32Array(0), c);
    expect(Array.from(c)).toEqual([0, 0, 0, 0]);
    const d = new Float64Array([7]);
    wasm.f64(false, false, 0, 1, 3, new Float64Array(0), new Float64Array(3), d);
    expect(d[0]).toBe(7);
  });

  it('reads only the first m·k and k·n values of longer arrays', () => {
    const a = randomArray(Float32Array, 4 * 5 + 10, 3);
    const b = randomArray(Float32Array, 5 * 6 + 10, 4);
    const got = new Float32Array(24);
    const want = new Float32Array(24);
    wasm.f32(false, false, 4, 6, 5, a, b, got);
    gemmF32Js(false, false, 4, 6, 5, a.subarray(0, 20), b.subarray(0, 30), want);
    expect(firstDifference(got, want)).toBe(-1);
  });

  it('rejects bad shapes with a RangeError naming the problem', () => {
    const x = new Float32Array(4);
    expect(() => wasm.f32(false, false, 2, 2, 3, x, x, x)).toThrow(/A holds 4 values, needs m·k = 6/);
    expect(() => wasm.f32(false, false, -1, 2, 2, x, x, x)).toThrow(/m must be a non-negative integer/);
    expect(() => wasm.f64(false, false, 1.5, 1, 1, new Float64Array(2), new Float64Array(2), new Float64Array(2)))
      .toThrow(RangeError);
    expect(() => wasm.f32(false, false, 2, 2, 2, x, x, new Float32Array(3))).toThrow(/C holds 3 values/);
  });

  it('grows memory once for a size and then reuses it', () => {
    const m = 200, n = 200, k = 200;
    const a = randomArray(Float32Array, m * k, 1);
    const c = new Float32Array(m * n);
    wasm.f32(false, true, m, n, k, a, a, c);
    const after = wasm.memoryBytes();
    for (let i = 0; i < 3; i++) wasm.f32(false, true, m, n, k, a, a, c);
    expect(wasm.memoryBytes()).toBe(after);
    // A smaller product fits in the same memory.
    wasm.f32(true, false, 50, 50, 50, a, a, c);
    expect(wasm.memoryBytes()).toBe(after);
  });
});
