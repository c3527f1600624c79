import { isBlockDtype, type BlockDtype, type Dtype } from '../types';
import { quantizeBlockRows, roundF32Array } from './kernels/index';
import { roundF64ArrayToMini } from './miniArrays';
import { E4M3, E5M2, roundMini } from './minifloat';

/**
 * Exact rounding of float64 values to the emulated number formats.
 *
 * Every result is the float64 value that the target format would hold after a
 * single IEEE round-to-nearest-ties-to-even of the exact input: subnormals are
 * kept, overflow goes to ±Infinity, NaN stays NaN and -0 stays -0. We never go
 * through float32 on the way to fp16/bf16, because rounding twice can land on
 * the wrong neighbour when the first rounding creates a tie.
 *
 * The trick: for a ≥ 0 whose rounding quantum is q = 2^k, the float64 sum
 * a + 2^(k+52) lies in a binade whose float64 spacing is exactly q, so the
 * (correctly rounded, ties-to-even) float64 addition performs exactly the
 * rounding we want; subtracting 2^(k+52) back is exact.
 */

/** How a binary16-like format is laid out, for the rounding routine. */
interface FormatShape {
  /** Explicit mantissa bits. */
  readonly mantissaBits: number;
  /** Exponent of the smallest normal number (2^minExp). */
  readonly minExp: number;
  /** Smallest |x| that rounds to Infinity (the midpoint above maxFinite). */
  readonly overflowAt: number;
}

const FP16: FormatShape = { mantissaBits: 10, minExp: -14, overflowAt: 65520 };
const BF16: FormatShape = { mantissaBits: 7, minExp: -126, overflowAt: (2 - 2 ** -8) * 2 ** 127 };

// 2^e for every e a rounding step can need (quanta down to 2^-133, offsets up to 2^180).
const POW2_OFFSET = 1100;
const POW2 = new Float64Array(2200);
for (let e = 0; e < POW2.length; e++) POW2[e] = 2 ** (e - POW2_OFFSET);

// A float64 viewed as two 32-bit words; which word is the high one depends on endianness.
const scratch64 = new Float64Array(1);
const scratchWords = new Uint32Array(scratch64.buffer);
scratch64[0] = 1;
const HIGH_WORD = scratchWords[1] === 0x3ff00000 ? 1 : 0;

/** floor(log2(a)) for finite a > 0, read exactly from the bits (subnormal float64s clamp low, harmlessly). */
function binadeOf(a: number): number {
  scratch64[0] = a;
  return ((scratchWords[HIGH_WORD]! >>> 20) & 0x7ff) - 1023;
}

/** Round a finite or non-finite float64 once to the format described by `shape`. */
function roundToShape(x: number, shape: FormatShape): number {
  const a = x < 0 ? -x : x;
  // NaN, ±Infinity and ±0 pass through unchanged (keeps the sign of -0).
  if (!(a > 0) || a === Infinity) return x;
  if (a >= shape.overflowAt) return x < 0 ? -Infinity : Infinity;
  let e = binadeOf(a);
  if (e < shape.minExp) e = shape.minExp; // subnormal range: fixed quantum 2^(minExp - mantissaBits)
  const offset = POW2[e - shape.mantissaBits + 52 + POW2_OFFSET]!;
  const r = a + offset - offset;
  return x < 0 ? -r : r;
}

/** Round a float64 value to IEEE binary16 (fp16), returned as a float64. */
export function roundFp16(x: number): number {
  return roundToShape(x, FP16);
}

/** Round a float64 value to bfloat16, returned as a float64. */
export function roundBf16(x: number): number {
  return roundToShape(x, BF16);
}

/** Round a float64 value to fp8 E4M3 (FN: overflow → NaN), returned as a float64. */
export function roundE4m3(x: number): number {
  return roundMini(x, E4M3);
}

/** Round a float64 value to fp8 E5M2 (overflow → ±Infinity), returned as a float64. */
export function roundE5m2(x: number): number {
  return roundMini(x, E5M2);
}

/**
 * Round a float64 value once, to nearest with ties to even, to the given
 * format. A block-scaled format has no value-by-value rounding (a value's
 * scale depends on its neighbours): it throws; use roundArrayInPlace with a row length.
 */
export function roundToDtype(x: number, dtype: Dtype): number {
  if (isBlockDtype(dtype)) throw new RangeError(`${dtype} is block-scaled: it rounds whole rows, not single values`);
  return rounderFor(dtype)(x);
}

/**
 * The scalar rounding function of a dtype, for hot loops that cannot switch
 * per element. For a block-scaled dtype this is the float32 rounding its
 * elementwise steps are computed in, before the whole tensor is quantized
 * (roundArrayInPlace with the row length).
 */
export function rounderFor(dtype: Dtype): (x: number) => number {
  switch (dtype) {
    case 'fp64':
      return (x) => x;
    case 'fp32':
      return Math.fround;
    case 'bf16':
      return roundBf16;
    case 'fp16':
      return roundFp16;
    case 'fp8-e4m3':
      return roundE4m3;
    case 'fp8-e5m2':
      return roundE5m2;
    default:
      return Math.fround;
  }
}

/** The storage a tensor of this dtype uses: float64 for fp64, float32 (which holds bf16/fp16 exactly) otherwise. */
export function allocTensor(dtype: Dtype, length: number): Float32Array | Float64Array {
  return dtype === 'fp64' ? new Float64Array(length) : new Float32Array(length);
}

/**
 * Round every element of `arr` to `dtype` in place. Float32Array input holds
 * values already rounded to fp32, so bf16 can use an exact integer trick on the
 * bits; float64 input (or fp16) goes through the exact scalar routine. A
 * block-scaled dtype quantizes blocks along rows of `rowLength` (required for it).
 */
export function roundArrayInPlace(arr: Float32Array | Float64Array, dtype: Dtype, rowLength?: number): void {
  if (dtype === 'fp64') return;
  if (isBlockDtype(dtype)) {
    if (arr instanceof Float64Array) for (let i = 0; i < arr.length; i++) arr[i] = Math.fround(arr[i]!);
    quantizeBlocks(arr, dtype, rowLength);
    return;
  }
  if (arr instanceof Float32Array) {
    // bf16, fp16 and fp8 in the kernels in use (WebAssembly SIMD for all but short arrays; the same values).
    if (dtype !== 'fp32') roundF32Array(arr, dtype);
    return;
  }
  if (dtype === 'fp8-e4m3' || dtype === 'fp8-e5m2') {
    roundF64ArrayToMini(arr, arr, dtype === 'fp8-e4m3' ? E4M3 : E5M2);
    return;
  }
  roundArrayInto(arr, arr, dtype);
}

/**
 * Round every float64 of `src` once to `dtype` into `dst` (same length; may be `src`
 * itself): the same values as roundToDtype, element by element. Building a bf16/fp16
 * network rounds millions of weights, so the common case — a normal number of the
 * target format — is rounded on the bit pattern with integer operations and no
 * data-dependent branch (a branch on the sign alone mispredicts half the time);
 * subnormals, overflow, zeros, infinities and NaN take roundToShape.
 */
export function roundArrayInto(src: Float64Array, dst: Float32Array | Float64Array, dtype: Dtype, rowLength?: number): void {
  if (dst.length !== src.length) throw new RangeError(`roundArrayInto: ${dst.length} slots for ${src.length} values`);
  if (dtype === 'fp8-e4m3' || dtype === 'fp8-e5m2') {
    roundF64ArrayToMini(src, dst, dtype === 'fp8-e4m3' ? E4M3 : E5M2);
    return;
  }
  if (isBlockDtype(dtype)) {
    // Each value to float32 first (the storage every elementwise step writes), then the blocks.
    if (dst !== src) dst.set(src);
    else for (let i = 0; i < src.length; i++) src[i] = Math.fround(src[i]!);
    quantizeBlocks(dst, dtype, rowLength);
    return;
  }
  if (dtype === 'fp64' || dtype === 'fp32') {
    // A typed-array copy rounds to float32 exactly as Math.fround does (or copies float64 as is).
    if (dst !== src) dst.set(src);
    else if (dtype === 'fp32') for (let i = 0; i < src.length; i++) src[i] = Math.fround(src[i]!);
    return;
  }
  const shape = dtype === 'bf16' ? BF16 : FP16;
  const bits = dtype === 'bf16' ? BF16_BITS : FP16_BITS;
  const words = new Uint32Array(src.buffer, src.byteOffset, 2 * src.length);
  if (dst instanceof Float32Array) roundIntoFloat32(src, words, dst, shape, bits);
  else roundIntoFloat64(src, words, dst, shape, bits);
}

/**
 * Quantize a tensor of a block-scaled dtype along its rows of `rowLength`
 * (float64 storage holding float32 values is quantized through a float32 copy).
 */
function quantizeBlocks(arr: Float32Array | Float64Array, dtype: BlockDtype, rowLength: number | undefined): void {
  if (rowLength === undefined) throw new RangeError(`${dtype} rounds blocks along rows: the row length is needed`);
  if (arr instanceof Float32Array) quantizeBlockRows(arr, rowLength, dtype);
  else {
    const copy = Float32Array.from(arr);
    quantizeBlockRows(copy, rowLength, dtype);
    arr.set(copy);
  }
}

/** Where a format's normal numbers lie in a float64's high word, and how many of its bits rounding drops. */
interface HighWordShape {
  /** Mantissa bits of the high word below the format's last kept bit (20 − mantissaBits). */
  readonly drop: number;
  /** High word of the smallest normal number of the format. */
  readonly minNormal: number;
  /** High word of the smallest |x| that rounds to Infinity (its low word is 0). */
  readonly overflow: number;
}

const FP16_BITS: HighWordShape = { drop: 10, minNormal: 0x3f100000, overflow: 0x40effe00 };
const BF16_BITS: HighWordShape = { drop: 13, minNormal: 0x38100000, overflow: 0x47eff000 };

/**
 * The high word of x rounded to the format, ties to even, for |x| in the format's normal
 * range: add half an ulp minus one, plus the last kept bit, to the dropped bits (the low
 * word's contribution is a carry of 1 unless it and that bit are both 0), then clear them.
 * A carry out of the mantissa correctly bumps the exponent.
 */
function roundedHighWord(hi: number, lo: number, drop: number): number {
  const v = lo | ((hi >>> drop) & 1);
  const carry = (v | -v) >>> 31; // 1 unless v is 0
  return (hi + (1 << (drop - 1)) - 1 + carry) & ~((1 << drop) - 1);
}

function roundIntoFloat32(src: Float64Array, words: Uint32Array, dst: Float32Array, shape: FormatShape, b: HighWordShape): void {
  const out = new Uint32Array(dst.buffer, dst.byteOffset, dst.length);
  for (let i = 0; i < src.length; i++) {
    const hi = words[2 * i + HIGH_WORD]!;
    const abs = hi & 0x7fffffff;
    if (abs >= b.minNormal && abs < b.overflow) {
      const r = roundedHighWord(hi, words[2 * i + 1 - HIGH_WORD]!, b.drop);
      // The same value as float32 bits: sign, exponent rebiased from 1023 to 127, the top 23 mantissa bits.
      out[i] = (r & 0x80000000) | ((((r >>> 20) & 0x7ff) - 896) << 23) | ((r & 0xfffff) << 3);
    } else {
      dst[i] = roundToShape(src[i]!, shape);
    }
  }
}

function roundIntoFloat64(src: Float64Array, words: Uint32Array, dst: Float64Array, shape: FormatShape, b: HighWordShape): void {
  const out = new Uint32Array(dst.buffer, dst.byteOffset, 2 * dst.length);
  for (let i = 0; i < src.length; i++) {
    const hi = words[2 * i + HIGH_WORD]!;
    const abs = hi & 0x7fffffff;
    if (abs >= b.minNormal && abs < b.overflow) {
      out[2 * i + HIGH_WORD] = roundedHighWord(hi, words[2 * i + 1 - HIGH_WORD]!, b.drop);
      out[2 * i + 1 - HIGH_WORD] = 0;
    } else {
      dst[i] = roundToShape(src[i]!, shape);
    }
  }
}

