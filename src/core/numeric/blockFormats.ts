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

const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);
/** The float32 bit pattern of x. */
export const f32BitsOf = (x: number): number => {
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

/** E2M1's non-negative values by code. */
const E2M1_VALUES = Float64Array.from([0, 0.5, 1, 1.5, 2, 3, 4, 6]);

function quantizeNvfp4(values: Float32Array, rowLength: number, format: BlockFormat): void {
  const bits = new Int32Array(values.buffer, values.byteOffset, values.length);
  let tensorAmaxBits = 0;
  for (let i = 0; i < bits.length; i++) {
    const a = bits[i]! & 0x7fffffff;
    if (a > tensorAmaxBits && a < 0x7f800000) tensorAmaxBits = a;
  }
  f32Bits[0] = tensorAmaxBits;
  const tensorScale = Math.fround(f32[0]! / (6 * E4M3.maxFinite));
  for (let row = 0; row < values.length; row += rowLength) {
    const rowEnd = row + rowLength;
    for (let from = row; from < rowEnd; from += format.blockSize) {
      const to = from + format.blockSize < rowEnd ? from + format.blockSize : rowEnd;
      let amaxBits = 0;
      for (let i = from; i < to; i++) {
        const a = bits[i]! & 0x7fffffff;
        if (a > amaxBits) amaxBits = a;
      }
      if (amaxBits >= 0x7f800000) {
        values.fill(NaN, from, to);
        continue;
      }
      if (amaxBits === 0) continue;
      f32Bits[0] = amaxBits;
      // 6·S is exact in float64; one division, then one rounding to E4M3 (saturating: no NaN scale).
      const blockScale = tensorScale === 0 ? 0 : roundMini(f32[0]! / (6 * tensorScale), E4M3, 'saturate');
      // Exact: 4 × 24 significant bits. A zero scale (a block far below the tensor's largest
      // value) makes every midpoint 0, so the loop below gives each value ±0, its sign kept.
      const scale = blockScale * tensorScale;
      // v/scale rounds to E2M1 by where |v| lies among the midpoints of E2M1's values times
      // the scale (exact products); a value on a midpoint goes to the even code, so the
      // comparison is ≥ where the upper neighbour's code is even, > where it is odd.
      const m0 = 0.25 * scale, m1 = 0.75 * scale, m2 = 1.25 * scale, m3 = 1.75 * scale;
      const m4 = 2.5 * scale, m5 = 3.5 * scale, m6 = 5 * scale;
      for (let i = from; i < to; i++) {
        const a = Math.abs(values[i]!);
        const code = (a > m0 ? 1 : 0) + (a >= m1 ? 1 : 0) + (a > m2 ? 1 : 0) + (a >= m3 ? 1 : 0) + (a > m4 ? 1 : 0) + (a >= m5 ? 1 : 0) + (a > m6 ? 1 : 0);
        // The sign from the bits (±1), not a branch on it: signs are a coin flip. −0 stays −0.
        // The float32 store rounds q·s·S once.
        values[i] = E2M1_VALUES[code]! * scale * ((bits[i]! >> 31) | 1);
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

/** Per dtype: whether quantizing a block of ones gives it back (computed on first use). */
const keepsOnes = new Map<BlockDtype, boolean>();

/**
 * Whether quantizing to `dtype` leaves every tensor of only 0s and 1s as it is (a ReLU′
 * tensor, say). In such a tensor every block holding a 1 has amax 1 (NVFP4: and the
 * tensor's amax is 1), so every such block gets the same scale and rounds 1 to the same
 * value, and a 0 stays +0: one block of ones decides it for all of them.
 */
export function keepsZerosAndOnes(dtype: BlockDtype): boolean {
  let keeps = keepsOnes.get(dtype);
  if (keeps === undefined) {
    const ones = new Float32Array(BLOCK_FORMATS[dtype].blockSize).fill(1);
    quantizeRows(ones, ones.length, dtype);
    keeps = ones.every((v) => v === 1);
    keepsOnes.set(dtype, keeps);
  }
  return keeps;
}

/** Whether every value is 0 (either sign) or 1; stops at the first that is not. */
export function onlyZerosAndOnes(values: Float32Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== 0 && v !== 1) return false;
  }
  return true;
}
