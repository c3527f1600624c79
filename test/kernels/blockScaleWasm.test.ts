import { describe, expect, it } from 'vitest';
import { quantizeRows } from '../../src/core/numeric/blockFormats';
import { E4M3, roundMini } from '../../src/core/numeric/minifloat';
import { gemmF32Js, gemmF64Js } from '../../src/core/numeric/kernels/gemmJs';
import { createWasmGemm } from '../../src/core/numeric/kernels/wasm/gemmWasm';
import { BLOCK_DTYPES } from '../../src/core/types';
import { firstDifference, fromBits, lcg, randomArray, trickyValues } from './helpers';

// minWork 0: every product goes through WebAssembly, even 1×1×1.
const wasm = createWasmGemm({ f32: gemmF32Js, f64: gemmF64Js }, 0)!;

const ROW_LENGTHS = [1, 3, 4, 7, 15, 16, 17, 31, 32, 33, 48, 63, 100, 256];

describe('the WebAssembly block quantizer (blockScale.wat) equals blockFormats.ts bit for bit', () => {
  for (const dtype of BLOCK_DTYPES) {
    it(`${dtype}: random, subnormal, all-zero, saturating, tied and non-finite blocks over row lengths ${ROW_LENGTHS.join(', ')}`, () => {
      let seed = 7;
      for (const row of ROW_LENGTHS) {
        for (const rows of [1, 5, 33]) {
          const values = trickyValues(row * rows, seed++);
          const want = values.slice();
          quantizeRows(want, row, dtype);
          const got = values.slice();
          wasm.quantizeRows(got, row, dtype);
          expect(firstDifference(got, want), `row ${row} × ${rows}, seed ${seed - 1}`).toBe(-1);
        }
      }
    });
  }

  it('the cases occur: the reference turns some blocks to NaN, keeps −0 and clamps to the grid top', () => {
    const values = trickyValues(4096, 3);
    quantizeRows(values, 32, 'mxfp8-e4m3');
    const arr = Array.from(values);
    expect(arr.some(Number.isNaN)).toBe(true);
    expect(arr.some((v) => Object.is(v, -0))).toBe(true);
    // E4M3's largest element times a power of two: 448 · 2^k has mantissa 1.75.
    expect(arr.some((v) => v !== 0 && Number.isFinite(v) && Math.abs(v) / 2 ** Math.floor(Math.log2(Math.abs(v))) === 1.75)).toBe(true);
  });

  it('a block with only tiny values (float32 subnormals) takes the scalar path and still matches', () => {
    for (const dtype of BLOCK_DTYPES) {
      // Eight blocks: whole groups of four blocks take the tiny path too.
      const values = Float32Array.from({ length: 256 }, (_, i) => fromBits(0x300000 + (i % 64) * 0x1fff) * (i % 3 ? 1 : -1));
      values.fill(0, 96, 128); // an all-zero block among tiny ones
      const want = values.slice();
      quantizeRows(want, 32, dtype);
      wasm.quantizeRows(values, 32, dtype);
      expect(firstDifference(values, want), dtype).toBe(-1);
      expect(Array.from(want).some((v) => v !== 0), dtype).toBe(true);
    }
  });

  it('an NVFP4 block far below the tensor’s largest value (scale 0) keeps each value’s sign', () => {
    const values = new Float32Array(32);
    values[0] = 1;
    values.fill(2 ** -40, 16, 24).fill(-(2 ** -40), 24, 31);
    values[31] = -0;
    const want = values.slice();
    quantizeRows(want, 32, 'nvfp4');
    wasm.quantizeRows(values, 32, 'nvfp4');
    expect(firstDifference(values, want)).toBe(-1);
    expect(Array.from(want.subarray(16))).toEqual([...Array(8).fill(0), ...Array(8).fill(-0)]);
  });

  // Rows of 16 are one run of whole blocks (taken four at a time); rows of 17 go block by block.
  for (const row of [16, 17]) {
    it(`NVFP4, rows of ${row}: values on and next to every E2M1 midpoint of their block (float32 cannot hold most)`, () => {
      const rnd = lcg(5);
      const blocks = 64;
      const values = new Float32Array(row * blocks);
      values[0] = 1000; // the tensor's largest value sets S
      const tensorScale = Math.fround(1000 / (6 * 448));
      const midpoints = [0.25, 0.75, 1.25, 1.75, 2.5, 3.5, 5];
      const next = (x: number, up: boolean) => fromBits(new Uint32Array(new Float32Array([x]).buffer)[0]! + (up ? 1 : -1));
      for (let j = 1; j < blocks; j++) {
        const amax = Math.fround((0.5 + rnd()) * 2 ** Math.floor(rnd() * 30 - 20));
        const scale = roundMini(amax / (6 * tensorScale), E4M3, 'saturate') * tensorScale;
        values[row * j] = amax;
        for (let i = 1; i < 16; i++) {
          const m = midpoints[Math.floor(rnd() * midpoints.length)]! * scale;
          const near = Math.fround(m);
          const pick = Math.floor(rnd() * 3);
          values[row * j + i] = (rnd() < 0.5 ? -1 : 1) * (pick === 0 ? near : next(near, pick === 1));
        }
      }
      const want = values.slice();
      quantizeRows(want, row, 'nvfp4');
      wasm.quantizeRows(values, row, 'nvfp4');
      expect(firstDifference(values, want)).toBe(-1);
    });
  }

  it('rejects rows that do not fit the values with the reference’s error', () => {
    expect(() => wasm.quantizeRows(new Float32Array(100), 3, 'mxfp4')).toThrow(/rows of 3/);
    expect(() => wasm.quantizeRows(new Float32Array(100), 2.5, 'nvfp4')).toThrow(/rows of 2.5/);
    expect(() => wasm.quantizeRows(new Float32Array(100), 0, 'mxfp4')).toThrow(/rows of 0/);
  });
});

describe('the fused product (f32Blocked) equals the float32 product then quantizeRows', () => {
  // Odd sizes give padded rows in the module (npad > n) and rows that end mid-block.
  for (const dtype of BLOCK_DTYPES) {
    it(`${dtype}: odd and padded shapes, both transposes`, () => {
      let seed = 11;
      for (const [m, n, k] of [[1, 1, 1], [3, 17, 5], [64, 33, 20], [7, 256, 64], [65, 100, 3]] as const) {
        for (const [tA, tB] of [[false, true], [true, false]] as const) {
          const a = randomArray(Float32Array, m * k, seed++);
          const b = randomArray(Float32Array, k * n, seed++);
          if (m * k > 4) a[2] = m % 2 ? Infinity : 1e-41; // one poisoned or tiny value
          const want = new Float32Array(m * n);
          gemmF32Js(tA, tB, m, n, k, a, b, want);
          quantizeRows(want, n, dtype);
          const got = new Float32Array(m * n).fill(123);
          wasm.f32Blocked(dtype)(tA, tB, m, n, k, a, b, got);
          expect(firstDifference(got, want), `${m}×${n}×${k} ${tA} ${tB}`).toBe(-1);
        }
      }
    });
  }
});
