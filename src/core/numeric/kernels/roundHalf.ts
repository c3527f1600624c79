/**
 * Rounding a float32 array in place to bfloat16 or IEEE binary16 (fp16), once,
 * to nearest with ties to even; subnormals kept, overflow to ±Infinity, NaN and
 * ±Infinity unchanged, −0 kept. This plain TypeScript version is the fallback
 * and the reference for the WebAssembly one (round_f32 in wasm/elementwise.wat); both work
 * on the float32 bit patterns, so they cannot double-round.
 */

import { roundF32ArrayToMini } from '../miniArrays';
import { E4M3, E5M2 } from '../minifloat';

/** The formats a float32 result can be rounded to value by value: 16-bit and fp8. */
export type NarrowFormat = 'bf16' | 'fp16' | 'fp8-e4m3' | 'fp8-e5m2';

const TWO_POW_24 = 2 ** 24;

/** Round-half-even of a non-negative double that is an exact multiple of 2⁻¹ (no error in the steps). */
function roundHalfEven(q: number): number {
  const floor = Math.floor(q);
  const frac = q - floor;
  return frac > 0.5 || (frac === 0.5 && floor % 2 === 1) ? floor + 1 : floor;
}

/** Round every element of `arr` (float32 values) to `format`, in place. */
export function roundF32ArrayJs(arr: Float32Array, format: NarrowFormat): void {
  if (format === 'fp8-e4m3' || format === 'fp8-e5m2') {
    roundF32ArrayToMini(arr, format === 'fp8-e4m3' ? E4M3 : E5M2);
    return;
  }
  const bits = new Uint32Array(arr.buffer, arr.byteOffset, arr.length);
  if (format === 'bf16') {
    for (let i = 0; i < bits.length; i++) {
      const b = bits[i]!;
      if ((b & 0x7f800000) === 0x7f800000) continue; // Inf/NaN (a NaN must not become Inf)
      bits[i] = ((b + 0x7fff + ((b >>> 16) & 1)) & 0xffff0000) >>> 0;
    }
    return;
  }
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i]!;
    const a = b & 0x7fffffff;
    if (a >= 0x7f800000) continue;
    if (a < 0x38800000) {
      // fp16 subnormal range: multiples of 2^-24. |x|·2^24 is exact and < 1024.
      const x = arr[i]!;
      const r = roundHalfEven(Math.abs(x) * TWO_POW_24) / TWO_POW_24;
      arr[i] = x < 0 || Object.is(x, -0) ? -r : r;
      continue;
    }
    let r = ((a + 0xfff + ((a >>> 13) & 1)) & 0xffffe000) >>> 0;
    if (r > 0x477fe000) r = 0x7f800000; // above 65504 after rounding: Infinity
    bits[i] = (r | (b & 0x80000000)) >>> 0;
  }
}
