import { describe, expect, it } from 'vitest';
import { quantizeRows } from '../../src/core/numeric/blockFormats';
import { E4M3, roundMini } from '../../src/core/numeric/minifloat';
import { gemmF32Js, gemmF64Js } from '../../src/core/numeric/kernels/gemmJs';
import { createWasmGemm } from '../../src/core/numeric/kernels/wasm/gemmWasm';
import { firstDifference, fromBits, lcg } from './helpers';

/**
 * nvfp4.wat's fast path against blockFormats.ts's quantizeNvfp4 (the reference the
 * WebAssembly quantizer replaces, bit for bit): rows of whole blocks with no padding
 * between them go four blocks at a time, with the tensor's largest |v| from one unmasked
 * pass, thresholds and outputs from the block scales' bits, and the E2M1 code from the
 * comparison masks. Groups holding NaN or ±Infinity, or a scale outside [2^−124, 2^124),
 * go block by block; a block of scale 0 stays ±0 inside a group. These tensors put all of
 * them side by side, over the whole float32 range.
 */

const wasm = createWasmGemm({ f32: gemmF32Js, f64: gemmF64Js }, 0)!;

const MIDPOINTS = [0.25, 0.75, 1.25, 1.75, 2.5, 3.5, 5];
const bitsOf = (x: number): number => new Uint32Array(new Float32Array([x]).buffer)[0]!;
/** The float32 next to x (x > 0) upward or downward. */
const step = (x: number, up: boolean): number => fromBits(bitsOf(x) + (up ? 1 : -1));

/** What a block holds: one case each, so that groups of four mix them. */
type BlockKind = 'random' | 'midpoints' | 'zeros' | 'tiny' | 'nonfinite' | 'grid';

/**
 * A tensor of `blocks` blocks of 16 whose magnitudes lie in 2^lo … 2^hi: each block takes a
 * kind at random (NaN/±Infinity only if `nonfinite`); the tensor's largest value is 2^hi.
 */
function tensor(blocks: number, lo: number, hi: number, seed: number, nonfinite: boolean): Float32Array {
  const rnd = lcg(seed);
  const kinds: BlockKind[] = ['random', 'random', 'midpoints', 'midpoints', 'zeros', 'tiny', 'grid', ...(nonfinite ? (['nonfinite'] as const) : [])];
  const out = new Float32Array(blocks * 16);
  const tensorScale = Math.fround(Math.fround(2 ** hi) / (6 * 448));
  for (let b = 0; b < blocks; b++) {
    const kind = kinds[Math.floor(rnd() * kinds.length)]!;
    const amax = Math.fround((0.5 + rnd() / 2) * 2 ** Math.floor(lo + rnd() * (hi - lo)));
    const scale = roundMini(amax / (6 * tensorScale), E4M3, 'saturate') * tensorScale;
    for (let i = 0; i < 16; i++) {
      const sign = rnd() < 0.5 ? -1 : 1;
      let v: number;
      switch (kind) {
        case 'random': v = amax * rnd(); break;
        case 'midpoints': {
          // On an E2M1 midpoint of the block's scale, or the float32 just beside it.
          const near = Math.fround(MIDPOINTS[Math.floor(rnd() * MIDPOINTS.length)]! * scale);
          const pick = Math.floor(rnd() * 3);
          v = near === 0 || pick === 0 ? near : step(near, pick === 1);
          break;
        }
        case 'zeros': v = 0; break;
        case 'tiny': v = fromBits(Math.floor(rnd() * 0x800000)); break; // float32 subnormal
        case 'nonfinite': v = rnd() < 0.2 ? [NaN, Infinity][Math.floor(rnd() * 2)]! : amax * rnd(); break;
        case 'grid': v = Math.fround([0.5, 1, 1.5, 2, 3, 4, 6][Math.floor(rnd() * 7)]! * scale); break;
      }
      out[b * 16 + i] = sign * v;
    }
    if (kind !== 'zeros' && kind !== 'tiny') out[b * 16 + Math.floor(rnd() * 16)] = (rnd() < 0.5 ? -1 : 1) * amax;
  }
  out[Math.floor(rnd() * out.length)] = Math.fround(2 ** hi); // the tensor's largest value sets S
  return out;
}

/** Quantize `values` as rows of `row` with the WebAssembly kernels and the reference; index of the first difference. */
function difference(values: Float32Array, row: number): number {
  const want = values.slice();
  quantizeRows(want, row, 'nvfp4');
  const got = values.slice();
  wasm.quantizeRows(got, row, 'nvfp4');
  return firstDifference(got, want);
}

describe('NVFP4 in WebAssembly, four blocks at a time, equals blockFormats.ts bit for bit', () => {
  // Magnitude ranges: ordinary; a tensor spanning float32 (groups fall back on both sides);
  // tiny tensors whose scales straddle 2^−124; huge ones whose scales straddle 2^124.
  const RANGES: readonly (readonly [number, number])[] = [[-8, 4], [-140, 127], [-135, -105], [-126, -118], [112, 127], [120, 127]];
  for (const [lo, hi] of RANGES) {
    it(`magnitudes 2^${lo} … 2^${hi}: random, midpoint, grid, all-zero, subnormal and saturating blocks`, () => {
      let seed = 1;
      for (const row of [16, 32, 64, 1024]) {
        for (const rows of [1, 3, 16]) {
          const values = tensor((row / 16) * rows, lo, hi, seed++, false);
          expect(difference(values, row), `rows of ${row} × ${rows}, seed ${seed - 1}`).toBe(-1);
        }
      }
    });
  }

  it('NaN and ±Infinity in some blocks: those groups go block by block, the others use the finite largest value', () => {
    let seed = 100;
    for (const [lo, hi] of RANGES) {
      for (const row of [16, 64]) {
        const values = tensor(4 * row, lo, hi, seed++, true);
        expect(Array.from(values).some((v) => !Number.isFinite(v)), `seed ${seed - 1}`).toBe(true);
        expect(difference(values, row), `2^${lo} … 2^${hi}, rows of ${row}, seed ${seed - 1}`).toBe(-1);
      }
    }
  });

  it('a block of scale 0 beside ordinary ones in the same group keeps its signed zeros', () => {
    const values = new Float32Array(64);
    for (let i = 0; i < 64; i++) values[i] = (i % 2 ? -1 : 1) * (1 + i / 64);
    values.fill(2 ** -40, 16, 24).fill(-(2 ** -40), 24, 32); // far below the tensor's 2: scale 0
    values.fill(0, 32, 40).fill(-0, 40, 48); // all zero
    const want = values.slice();
    quantizeRows(want, 16, 'nvfp4');
    expect(difference(values, 16)).toBe(-1);
    expect(Array.from(want.subarray(16, 48)).map((v) => Object.is(v, -0))).toEqual([...Array(8).fill(false), ...Array(8).fill(true), ...Array(8).fill(false), ...Array(8).fill(true)]);
  });

  it('tensors whose length is not a multiple of 4 or 16 (one row, rows of 17, rows of 20) read their largest value exactly', () => {
    let seed = 200;
    for (const [rows, row] of [[1, 1000], [1, 1001], [3, 17], [5, 20], [7, 36], [1, 70]] as const) {
      const values = tensor(Math.ceil((rows * row) / 16), -20, 10, seed++, false).subarray(0, rows * row);
      values[values.length - 1] = 2 ** 12; // the largest value in the last, partial vector
      expect(difference(values.slice(), row), `${rows} × ${row}`).toBe(-1);
    }
  });

  it('the ranges above do reach both ways out of the fast path: scales 0 < s < 2^−124 and s ≥ 2^124', () => {
    const scales = (lo: number, hi: number, seed: number): number[] => {
      const values = tensor(256, lo, hi, seed, false);
      const S = Math.fround(Math.max(...Array.from(values, Math.abs)) / (6 * 448));
      const out: number[] = [];
      for (let b = 0; b < 256; b++) {
        const amax = Math.max(...Array.from(values.subarray(b * 16, b * 16 + 16), Math.abs));
        if (amax > 0) out.push(roundMini(amax / (6 * S), E4M3, 'saturate') * S);
      }
      return out;
    };
    expect(scales(-126, -118, 9).some((s) => s > 0 && s < 2 ** -124)).toBe(true);
    expect(scales(-126, -118, 9).some((s) => s >= 2 ** -124)).toBe(true);
    expect(scales(120, 127, 9).some((s) => s >= 2 ** 124)).toBe(true);
    expect(scales(120, 127, 9).some((s) => s < 2 ** 124)).toBe(true);
  });
});
