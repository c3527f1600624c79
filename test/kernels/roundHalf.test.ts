import { describe, expect, it } from 'vitest';
import { roundArrayInPlace, roundToDtype } from '../../src/core/numeric/dtype';
import { gemmF32Js, gemmF64Js } from '../../src/core/numeric/kernels/gemmJs';
import { roundF32ArrayJs, type NarrowFormat } from '../../src/core/numeric/kernels/roundHalf';
import { createWasmGemm } from '../../src/core/numeric/kernels/wasm/gemmWasm';
import { JS_KERNELS, gemmF32Rounded, roundF32Array, setKernels } from '../../src/core/numeric/kernels';
import { firstDifference, randomArray } from './helpers';

const wasm = createWasmGemm({ f32: gemmF32Js, f64: gemmF64Js }, 0)!;
const FORMATS: NarrowFormat[] = ['bf16', 'fp16', 'fp8-e4m3', 'fp8-e5m2'];

/** Float32 values from raw bit patterns: every exponent, both signs, NaN payloads included. */
function randomBits(n: number, seed: number): Float32Array {
  const bits = new Uint32Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    bits[i] = s ^ (s << 13);
  }
  return new Float32Array(bits.buffer);
}

const EDGES = new Float32Array([
  65504, 65519.99, 65520, 65536, 1e9, 2 ** -24, 2 ** -25, 3 * 2 ** -26, 2 ** -14, 2 ** -14 - 2 ** -25,
  1 + 2 ** -8, 1 + 3 * 2 ** -8, 1 + 2 ** -11, 1 + 3 * 2 ** -11, 3.4028234663852886e38, 2 ** -149, 2 ** -126,
  0, -0, NaN, Infinity, -Infinity, -65520, -(2 ** -25), -(2 ** -26), 0.1, -1 / 3,
  // fp8 (from index 27): E4M3 max, its tie, above it; E5M2 max, its tie; smallest subnormals and their halves.
  448, 464, 464.03125, -464, 480, 57344, 61440, -61440, 61439.996, 2 ** -9, 2 ** -10, 3 * 2 ** -11, 2 ** -16, 2 ** -17, 3 * 2 ** -18,
]);

function rounded(values: Float32Array, round: (a: Float32Array) => void): Float32Array {
  const copy = values.slice();
  round(copy);
  return copy;
}

describe('rounding float32 arrays to bf16 / fp16 / fp8', () => {
  for (const format of FORMATS) {
    it(`${format}: WebAssembly, TypeScript and the engine's dtype.ts agree bit for bit on edge values`, () => {
      const engine = rounded(EDGES, (a) => roundArrayInPlace(a, format));
      const js = rounded(EDGES, (a) => roundF32ArrayJs(a, format));
      // Pad past 64 values so the WebAssembly path (not the short-array fallback) runs.
      const padded = new Float32Array(128);
      padded.set(EDGES);
      const viaWasm = rounded(padded, (a) => wasm.roundF32(a, format)).subarray(0, EDGES.length);
      expect(firstDifference(js, engine)).toBe(-1);
      expect(firstDifference(viaWasm, engine)).toBe(-1);
      // And each equals the scalar float64 rounding of the same value.
      EDGES.forEach((v, i) => expect(Object.is(engine[i], roundToDtype(v, format)) || Number.isNaN(v)).toBe(true));
    });

    it(`${format}: the edge cases of docs/spec.md §1.6`, () => {
      const r = rounded(EDGES, (a) => wasm.roundF32(a, format));
      if (format === 'fp16') {
        expect([r[0], r[1], r[2], r[5], r[6]]).toEqual([65504, 65504, Infinity, 2 ** -24, 0]);
        expect(r[7]).toBe(2 ** -24); // 3·2^-26 is above the half-way point
      } else if (format === 'fp8-e4m3') {
        // 464 ties to even 448; above it, and ±Infinity, are NaN (no infinities).
        expect([r[27], r[28], r[30], r[36], r[37], r[38]]).toEqual([448, 448, -448, 2 ** -9, 0, 2 ** -9]);
        for (const i of [29, 31, 20, 21, 22]) expect(Number.isNaN(r[i])).toBe(true);
      } else if (format === 'fp8-e5m2') {
        expect([r[32], r[33], r[34], r[35], r[39], r[40], r[41]]).toEqual([57344, Infinity, -Infinity, 57344, 2 ** -16, 0, 2 ** -16]);
        expect([r[20], r[21]]).toEqual([Infinity, -Infinity]);
      } else {
        expect(r[10]).toBe(1); // 1 + 2^-8 ties to even
        // 1 + 3·2^-8 lies half-way between 1 + 2^-7 (odd last bit) and 1 + 2^-6 (even): ties to even.
        expect(r[11]).toBe(1 + 2 ** -6);
      }
      expect(Object.is(r[18], -0)).toBe(true);
      expect(Number.isNaN(r[19])).toBe(true);
    });

    it(`${format}: random bit patterns (all exponents, NaN payloads, odd lengths)`, () => {
      for (const n of [100_003, 64, 65, 67]) {
        const values = randomBits(n, n);
        const engine = rounded(values, (a) => roundArrayInPlace(a, format));
        expect(firstDifference(rounded(values, (a) => roundF32ArrayJs(a, format)), engine)).toBe(-1);
        expect(firstDifference(rounded(values, (a) => wasm.roundF32(a, format)), engine)).toBe(-1);
      }
    });

    it(`${format}: the fused product equals gemm then rounding`, () => {
      for (const [tA, tB, m, n, k] of [[false, true, 64, 256, 256], [true, false, 33, 17, 5], [false, false, 3, 1, 300]] as const) {
        const a = randomArray(Float32Array, m * k, m);
        const b = randomArray(Float32Array, k * n, n);
        const want = new Float32Array(m * n);
        gemmF32Js(tA, tB, m, n, k, a, b, want);
        roundArrayInPlace(want, format);
        const got = new Float32Array(m * n);
        wasm.f32Rounded(format)(tA, tB, m, n, k, a, b, got);
        expect(firstDifference(got, want)).toBe(-1);
        const viaRegistry = new Float32Array(m * n);
        gemmF32Rounded(format)(tA, tB, m, n, k, a, b, viaRegistry);
        expect(firstDifference(viaRegistry, want)).toBe(-1);
      }
    });
  }

  it('the registry composes gemm and rounding when the kernels have no fused version', () => {
    const previous = setKernels(JS_KERNELS);
    try {
      const a = randomArray(Float32Array, 12, 1);
      const want = new Float32Array(9);
      gemmF32Js(false, false, 3, 3, 4, a, a, want);
      roundArrayInPlace(want, 'fp16');
      const got = new Float32Array(9);
      gemmF32Rounded('fp16')(false, false, 3, 3, 4, a, a, got);
      expect(firstDifference(got, want)).toBe(-1);
      const arr = randomBits(10, 3);
      const copy = rounded(arr, (x) => roundArrayInPlace(x, 'bf16'));
      roundF32Array(arr, 'bf16');
      expect(firstDifference(arr, copy)).toBe(-1);
    } finally {
      setKernels(previous);
    }
  });
});
