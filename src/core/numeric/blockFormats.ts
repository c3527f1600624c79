import type { BlockDtype } from '../types';
import { E2M1, E2M3, E3M2, E4M3, E5M2, pow2, roundMagnitude, roundMini, type MiniFloat } from './minifloat';

/**
 * Block-scaled formats: a tensor is cut into blocks of consecutive elements
 * along each row (the last block of a row is shorter when the row length is
 * not a multiple of the block size); each block shares one scale, each
 * element is a narrow float. Tensors keep the dequantized values (scale ×
 * element) in float32, so matrix products accumulate them in fp32.
 *
 * MX (OCP Microscaling Formats v1.0, §6.3): 32 elements share an E8M0 scale
 * X = 2^(floor(log2(amax)) − emax_elem), amax the block's largest |v|, clamped
 * to E8M0's smallest 2^−127; each element is v/X rounded to nearest, ties to
 * even, clamped to the element format's largest normal.
 *
 * NVFP4 (NVIDIA): 16 E2M1 elements share an E4M3 scale, on top of one fp32
 * scale per tensor S = fp32(amax_tensor / (6·448)); the block's scale is
 * s = E4M3(amax_block / (6·S)) and each element is v/(s·S) rounded to E2M1
 * (clamped to ±6); the stored value is fp32(q·s·S).
 *
 * A block holding NaN or ±Infinity becomes all NaN (MX: its scale is NaN; no
 * finite scale represents it). An all-zero block stays zero (signs kept).
 */

/** How one block-scaled dtype is built. */
export interface BlockFormat {
  readonly dtype: BlockDtype;
  readonly element: MiniFloat;
  readonly blockSize: number;
  readonly scale: 'e8m0' | 'nvfp4';
}

export const BLOCK_FORMATS: Readonly<Record<BlockDtype, BlockFormat>> = {
  'mxfp8-e4m3': { dtype: 'mxfp8-e4m3', element: E4M3, blockSize: 32, scale: 'e8m0' },
  'mxfp8-e5m2': { dtype: 'mxfp8-e5m2', element: E5M2, blockSize: 32, scale: 'e8m0' },
  'mxfp6-e3m2': { dtype: 'mxfp6-e3m2', element: E3M2, blockSize: 32, scale: 'e8m0' },
  'mxfp6-e2m3': { dtype: 'mxfp6-e2m3', element: E2M3, blockSize: 32, scale: 'e8m0' },
  mxfp4: { dtype: 'mxfp4', element: E2M1, blockSize: 32, scale: 'e8m0' },
  nvfp4: { dtype: 'nvfp4', element: E2M1, blockSize: 16, scale: 'nvfp4' },
};

/** E8M0's smallest scale exponent (2^−127); its largest, 2^127, is never needed for float32 input. */
const E8M0_MIN_EXP = -127;

/** Largest |v| of values[from, to); NaN when any value is NaN or ±Infinity. */
function blockAmax(values: Float32Array, from: number, to: number): number {
  let amax = 0;
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    const a = v < 0 ? -v : v;
    if (a > amax) amax = a;
    else if (a !== a) return NaN;
  }
  return amax - amax === 0 ? amax : NaN;
}

const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);
/** The float32 bit pattern of x. */
const f32BitsOf = (x: number): number => {
  f32[0] = x;
  return f32Bits[0]!;
};

/**
 * Quantize each block of each row of `values` to an MX format, in place. The
 * block's largest |v| is read from the float32 bit patterns (an Int32Array view
 * keeps every value a small integer; the largest magnitude pattern is the
 * largest magnitude), and floor(log2(amax)) is its exponent field.
 */
function quantizeMx(values: Float32Array, rowLength: number, format: BlockFormat): void {
  const bits = new Int32Array(values.buffer, values.byteOffset, values.length);
  const f = format.element;
  const size = format.blockSize;
  const drop = 23 - f.mantissaBits;
  const half = (1 << (drop - 1)) - 1;
  const mask = ~((1 << drop) - 1);
  const maxBitsAtScale1 = f32BitsOf(f.maxFinite);
  for (let row = 0; row < values.length; row += rowLength) {
    const rowEnd = row + rowLength;
    for (let from = row; from < rowEnd; from += size) {
      const to = from + size < rowEnd ? from + size : rowEnd;
      let amaxBits = 0;
      for (let i = from; i < to; i++) {
        const a = bits[i]! & 0x7fffffff;
        if (a > amaxBits) amaxBits = a;
      }
      if (amaxBits >= 0x7f800000) {
        values.fill(NaN, from, to); // NaN or ±Infinity: no E8M0 scale represents the block
        continue;
      }
      if (amaxBits === 0) continue; // all zeros (signs kept)
      // X = 2^(floor(log2 amax) − emax), at least 2^−127 (a float32 subnormal amax clamps too).
      const e = (amaxBits >>> 23) - 127 - f.maxExp;
      const sharedExp = e > E8M0_MIN_EXP ? e : E8M0_MIN_EXP;
      const minNormalExp = f.minExp + sharedExp;
      if (minNormalExp < -126) {
        // The scaled normals reach below float32's: float32 subnormal inputs need the general routine (rare).
        quantizeTinyBlock(values, from, to, f, sharedExp);
        continue;
      }
      // A scaled normal is rounded on its bits: add half a quantum minus one plus the last kept
      // bit (ties to even), clear the dropped bits, clamp to the scaled largest element. Below
      // the smallest scaled normal the quantum is fixed, 2^(minExp + sharedExp − mantissaBits),
      // and |v| + 2^(that + 52) − the same rounds to it in float64.
      const maxBits = maxBitsAtScale1 + (sharedExp << 23);
      const minNormalBits = (minNormalExp + 127) << 23;
      const offset = pow2(minNormalExp - f.mantissaBits + 52);
      for (let i = from; i < to; i++) {
        const b = bits[i]!;
        const a = b & 0x7fffffff;
        if (a >= minNormalBits) {
          const r = (a + half + ((a >>> drop) & 1)) & mask;
          bits[i] = (r > maxBits ? maxBits : r) | (b & 0x80000000);
        } else if (a !== 0) {
          const v = values[i]!;
          const r = (v < 0 ? -v : v) + offset - offset;
          values[i] = v < 0 ? -r : r;
        }
      }
    }
  }
}

/** An MX block whose scaled normals reach below float32's smallest normal: value by value, in float64. */
function quantizeTinyBlock(values: Float32Array, from: number, to: number, f: MiniFloat, sharedExp: number): void {
  const maxValue = f.maxFinite * pow2(sharedExp);
  for (let i = from; i < to; i++) {
    const v = values[i]!;
    if (v === 0) continue;
    const r = Math.min(roundMagnitude(v < 0 ? -v : v, f, sharedExp), maxValue);
    values[i] = v < 0 ? -r : r;
  }
}

/**
 * a ≥ 0 rounded to E2M1 {0, 0.5, 1, 1.5, 2, 3, 4, 6}, ties to even, clamped to 6:
 * the quantum is 0.5 below 2, 1 below 4, 2 above, and a + 2^(k+52) − 2^(k+52)
 * rounds to the quantum 2^k exactly (the same values as roundMini(a, E2M1, 'saturate')).
 */
function roundE2m1Saturating(a: number): number {
  if (a < 2) return a + 2 ** 51 - 2 ** 51;
  if (a < 4) return a + 2 ** 52 - 2 ** 52;
  const r = a + 2 ** 53 - 2 ** 53;
  return r > 6 ? 6 : r;
}

/** Quantize each 16-element block of each row of `values` to NVFP4 (one per-tensor scale for all of `values`), in place. */
function quantizeNvfp4(values: Float32Array, rowLength: number, format: BlockFormat): void {
  let tensorAmax = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]!);
    if (a > tensorAmax && a !== Infinity) tensorAmax = a;
  }
  const tensorScale = Math.fround(tensorAmax / (6 * E4M3.maxFinite));
  for (let row = 0; row < values.length; row += rowLength) {
    for (let from = row; from < row + rowLength; from += format.blockSize) {
      const to = Math.min(from + format.blockSize, row + rowLength);
      const amax = blockAmax(values, from, to);
      if (amax !== amax) {
        values.fill(NaN, from, to);
        continue;
      }
      if (amax === 0) continue;
      // 6·S is exact in float64; one division, then one rounding to E4M3 (saturating: no NaN scale).
      const blockScale = tensorScale === 0 ? 0 : roundMini(amax / (6 * tensorScale), E4M3, 'saturate');
      const scale = blockScale * tensorScale; // exact: 4 × 24 significant bits
      for (let i = from; i < to; i++) {
        const v = values[i]!;
        const q = scale === 0 ? 0 : roundE2m1Saturating(v < 0 ? -v / scale : v / scale);
        values[i] = v < 0 ? -q * scale : q * scale; // the float32 store rounds q·s·S once; −0 kept
      }
    }
  }
}

/**
 * Quantize `values` (float32 values, row-major rows of `rowLength`) to a
 * block-scaled dtype in place: blocks run along each row.
 */
export function quantizeRows(values: Float32Array, rowLength: number, dtype: BlockDtype): void {
  if (!Number.isInteger(rowLength) || rowLength < 1 || values.length % rowLength !== 0) {
    throw new RangeError(`quantizeRows: ${values.length} values do not make rows of ${rowLength}`);
  }
  const format = BLOCK_FORMATS[dtype];
  if (format.scale === 'e8m0') quantizeMx(values, rowLength, format);
  else quantizeNvfp4(values, rowLength, format);
}
