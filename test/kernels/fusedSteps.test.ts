import { describe, expect, it } from 'vitest';
import { activationDerivative, activationValue } from '../../src/core/numeric/activations';
import { keepsZerosAndOnes, quantizeRows } from '../../src/core/numeric/blockFormats';
import { roundToDtype } from '../../src/core/numeric/dtype';
import { activateRoundRows, multiplyRoundRows } from '../../src/core/numeric/dtypeOps';
import { multiplyRoundInPlace, outputGradient } from '../../src/core/numeric/kernels/elementwise';
import { gemmF32Js, gemmF64Js } from '../../src/core/numeric/kernels/gemmJs';
import { createWasmGemm } from '../../src/core/numeric/kernels/wasm/gemmWasm';
import { BLOCK_DTYPES, type BlockDtype, type Dtype } from '../../src/core/types';
import { firstDifference, lcg, randomArray, trickyValues } from './helpers';

/**
 * The training pass's fused fast paths against the plain steps they replace (the
 * reference path: one rounding per value with roundToDtype, blockFormats.ts's
 * quantizeRows), on random values and on the edges: saturation, all-zero blocks,
 * float32 subnormals, NaN and ±Infinity.
 */

const wasm = createWasmGemm({ f32: gemmF32Js, f64: gemmF64Js }, 0)!;
const NARROW = ['bf16', 'fp16', 'fp8-e4m3', 'fp8-e5m2'] as const;

/** Values already in `dtype` (each rounded once), so their products are exact in float32. */
function inFormat(values: Float32Array, dtype: (typeof NARROW)[number]): Float32Array {
  return values.map((v) => roundToDtype(v, dtype));
}

/** Edge values: saturating and overflowing, subnormal in every format, float32 subnormals, zeros, non-finite. */
const EDGES = Float32Array.from([448, 464, 480, 57344, 61440, 65504, 3e38, 2 ** -9, 2 ** -16, 2 ** -24, 2 ** -133, 1e-45, 0, -0, NaN, Infinity, -Infinity, 1.5, -6]);

describe('the WebAssembly product rounded to bf16/fp16/fp8 (mul_round_f32)', () => {
  for (const format of NARROW) {
    it(`${format}: format-valued operands take the fused path and equal one rounding of each exact product`, () => {
      const g = inFormat(randomArray(Float32Array, 4096, 11), format);
      const s = inFormat(randomArray(Float32Array, 4096, 12), format);
      const want = g.map((v, i) => roundToDtype(v * s[i]!, format));
      const got = g.slice();
      expect(wasm.mulF32(got, s, { narrow: format })).toBe(true);
      expect(firstDifference(got, want)).toBe(-1);
    });

    it(`${format}: an inexact, NaN or overflowing product refuses (g untouched), and multiplyRoundInPlace still equals the reference`, () => {
      const cases: [Float32Array, Float32Array][] = [
        [randomArray(Float32Array, 1000, 3), randomArray(Float32Array, 1000, 4)], // wide float32 operands
        [trickyValues(1024, 7), trickyValues(1024, 8)],
        [EDGES, EDGES.slice().reverse()], // NaN products among them
        [new Float32Array(256).fill(3e38), new Float32Array(256).fill(10)],
        [new Float32Array(256).fill(2 ** -80), new Float32Array(256).fill(2 ** -80)], // below float32's subnormals
      ];
      for (const [a, b] of cases) {
        const untouched = a.slice();
        expect(wasm.mulF32(untouched, b, { narrow: format })).toBe(false);
        expect(firstDifference(untouched, a)).toBe(-1);
        const want = a.map((v, i) => roundToDtype(v * b[i]!, format));
        const got = a.slice();
        multiplyRoundInPlace(got, b, format);
        expect(firstDifference(got, want)).toBe(-1);
      }
    });
  }

  it('g already in the format and s of 0s and 1s (ReLU′): the rounding is skipped, the values are the reference\'s', () => {
    for (const format of NARROW) {
      const g = inFormat(trickyValues(1024, 31), format);
      g.set(inFormat(EDGES, format), 100);
      const rnd = lcg(9);
      const s = Float32Array.from({ length: 1024 }, () => (rnd() < 0.5 ? 1 : rnd() < 0.5 ? 0 : -0));
      const wide = s.slice();
      wide[500] = 0.5; // not 0/1: the rounding pass runs
      for (const mult of [s, wide]) {
        const want = g.map((v, i) => roundToDtype(v * mult[i]!, format));
        const got = g.slice();
        if (!wasm.mulF32(got, mult, { narrow: format, gInFormat: true })) multiplyRoundInPlace(got, mult, format, true); // NaN/Inf edges refuse
        expect(firstDifference(got, want)).toBe(-1);
        const viaOps = g.slice();
        multiplyRoundRows(viaOps, mult, 16, format, true);
        expect(firstDifference(viaOps, want)).toBe(-1);
      }
    }
  });

  it('format-valued edges (saturation, subnormals, ±0, ±Infinity) take the fused path where exact, with a length not a multiple of 4', () => {
    for (const format of NARROW) {
      const edges = inFormat(EDGES.filter((v) => !Number.isNaN(v)), format).filter((v) => !Number.isNaN(v));
      const g = Float32Array.from({ length: 103 }, (_, i) => edges[i % edges.length]!);
      const s = Float32Array.from({ length: 103 }, (_, i) => edges[(i * 7 + 3) % edges.length]! * (i % 2 ? 1 : 0.5));
      const want = g.map((v, i) => roundToDtype(v * s[i]!, format));
      const got = g.slice();
      multiplyRoundInPlace(got, s, format);
      expect(firstDifference(got, want)).toBe(-1);
    }
  });
});

/** The reference of the block steps: float32 products (or ReLU), then quantizeRows. */
function quantized(values: Float32Array, rowLength: number, dtype: BlockDtype): Float32Array {
  const out = values.slice();
  quantizeRows(out, rowLength, dtype);
  return out;
}

describe('block-scaled steps fused in one call (product or ReLU, then quantization)', () => {
  const shapes = [[64, 16], [33, 16], [8, 32], [5, 100], [16, 7]] as const;
  for (const dtype of BLOCK_DTYPES) {
    it(`${dtype}: g ⊙ s then quantized rows equals the product then quantizeRows`, () => {
      for (const [rows, rowLength] of shapes) {
        const n = rows * rowLength;
        const g = trickyValues(n, n + 1);
        const s = trickyValues(n, n + 2);
        const want = quantized(g.map((v, i) => Math.fround(v * s[i]!)), rowLength, dtype);
        const direct = g.slice();
        expect(wasm.mulF32(direct, s, { block: dtype, rowLength })).toBe(true);
        expect(firstDifference(direct, want)).toBe(-1);
        const viaOps = g.slice();
        multiplyRoundRows(viaOps, s, rowLength, dtype);
        expect(firstDifference(viaOps, want)).toBe(-1);
      }
    });

    it(`${dtype}: ReLU and ReLU′ then quantized rows equal applyActivation then quantizeRows, NaN and ±Infinity included`, () => {
      for (const [rows, rowLength] of shapes) {
        const n = rows * rowLength;
        const z = trickyValues(n, 3 * n);
        const wantH = quantized(z.map((x) => activationValue({ name: 'relu' }, x)), rowLength, dtype);
        const wantS = quantized(z.map((x) => activationDerivative({ name: 'relu' }, x)), rowLength, dtype);
        const h = new Float32Array(n);
        const s = new Float32Array(n);
        activateRoundRows({ name: 'relu' }, dtype, z, h, s, rowLength);
        expect(firstDifference(h, wantH)).toBe(-1);
        expect(firstDifference(s, wantS)).toBe(-1);
        // Finite inputs only: ReLU′ is all 0s and 1s, the case the quantizer skips.
        const finite = z.map((x) => (Number.isFinite(x) ? x : 0));
        const h2 = new Float32Array(n);
        const s2 = new Float32Array(n);
        activateRoundRows({ name: 'relu' }, dtype, finite, h2, s2, rowLength);
        expect(firstDifference(s2, quantized(finite.map((x) => +(x > 0)), rowLength, dtype))).toBe(-1);
        expect(firstDifference(h2, quantized(finite.map((x) => Math.max(x, 0)), rowLength, dtype))).toBe(-1);
        // One NaN among them (first, last or in between): ReLU′ is no longer 0s and 1s and is quantized.
        for (const at of [0, n - 1, Math.floor(n / 3)]) {
          const oneNaN = finite.slice();
          oneNaN[at] = NaN;
          const h3 = new Float32Array(n);
          const s3 = new Float32Array(n);
          activateRoundRows({ name: 'relu' }, dtype, oneNaN, h3, s3, rowLength);
          expect(firstDifference(s3, quantized(oneNaN.map((x) => activationDerivative({ name: 'relu' }, x)), rowLength, dtype)), `NaN at ${at}`).toBe(-1);
          expect(firstDifference(h3, quantized(oneNaN.map((x) => activationValue({ name: 'relu' }, x)), rowLength, dtype)), `NaN at ${at}`).toBe(-1);
          expect(Number.isNaN(s3[at]), `NaN at ${at}`).toBe(true);
        }
      }
    });

    it(`${dtype}: a tensor of 0s and 1s is kept by the reference quantizer, so skipping it is exact`, () => {
      expect(keepsZerosAndOnes(dtype)).toBe(true);
      const rnd = lcg(17);
      for (const [rows, rowLength] of shapes) {
        const n = rows * rowLength;
        // Random 0/1 with −0 and whole zero blocks (the first rows).
        const t = Float32Array.from({ length: n }, (_, i) => (i < 2 * rowLength ? (i % 2 ? -0 : 0) : rnd() < 0.5 ? 1 : rnd() < 0.5 ? 0 : -0));
        expect(firstDifference(quantized(t, rowLength, dtype), t)).toBe(-1);
        const viaKernel = t.slice();
        wasm.quantizeRows(viaKernel, rowLength, dtype);
        expect(firstDifference(viaKernel, t)).toBe(-1);
        // One other value (2, a subnormal, NaN, −1) anywhere: the full pass, still the reference's values.
        for (const other of [2, 1e-40, NaN, -1]) {
          const mixed = t.slice();
          mixed[Math.floor(rnd() * n)] = other;
          const got = mixed.slice();
          wasm.quantizeRows(got, rowLength, dtype);
          expect(firstDifference(got, quantized(mixed, rowLength, dtype))).toBe(-1);
        }
      }
    });
  }
});

describe('outputGradient equals round(round(H − Y)·S/B) value by value', () => {
  const dtypes: Dtype[] = ['fp64', 'fp32', ...NARROW, 'nvfp4', 'mxfp4'];
  for (const dtype of dtypes) {
    it(`${dtype}: random and edge outputs and targets, scales 1, 3 and 2¹⁶`, () => {
      const n = 1024;
      const ctor = dtype === 'fp64' ? Float64Array : Float32Array;
      const round = (x: number) => roundToDtype(x, dtype === 'nvfp4' || dtype === 'mxfp4' ? 'fp32' : dtype);
      const h = new ctor(randomArray(Float32Array, n, 21).map(round));
      const y = new ctor(trickyValues(n, 22).map(round));
      h.set(EDGES.map(round), 0);
      y.set(EDGES.map(round).reverse(), 40);
      for (const scale of [1, 3, 2 ** 16]) {
        for (const batch of [64, 3]) {
          const want = new ctor(n).map((_, i) => round((round(h[i]! - y[i]!) * scale) / batch));
          const got = new ctor(n);
          outputGradient(h, y, scale, batch, got, dtype);
          expect(firstDifference(got, want)).toBe(-1);
        }
      }
    });
  }
});
