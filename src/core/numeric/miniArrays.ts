import { pow2, roundMini, type MiniFloat } from './minifloat';

/**
 * Rounding float32 arrays in place to a narrow format (fp8), the same values as
 * roundMini element by element, fast enough for every tensor of an mlp pass.
 *
 * A float32 in the format's normal range is rounded on its bit pattern: add
 * half a quantum minus one plus the last kept bit (ties to even) and clear the
 * dropped bits; a carry correctly bumps the exponent. Below the smallest
 * normal the quantum is fixed, so one float64 offset add rounds it. Values
 * whose rounding overflows (and Infinity, NaN) go through roundMini.
 */

/** The bit-level constants of one format for float32 input. */
interface F32Shape {
  readonly drop: number;
  readonly half: number;
  readonly mask: number;
  /** float32 bits of the smallest normal value. */
  readonly minNormalBits: number;
  /** float32 bits of the smallest |x| whose rounding exceeds the largest finite value. */
  readonly overflowBits: number;
  /** 2^(minExp − mantissaBits + 52): adding and subtracting it rounds a subnormal-range value. */
  readonly subnormalOffset: number;
}

const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);
const bitsOf = (x: number): number => {
  f32[0] = x;
  return f32Bits[0]!;
};

function shapeOf(f: MiniFloat): F32Shape {
  const drop = 23 - f.mantissaBits;
  const maxBits = bitsOf(f.maxFinite);
  // The midpoint above the largest value overflows unless ties-to-even keeps it (its last bit even).
  const midpoint = maxBits + (1 << (drop - 1));
  const maxIsEven = ((maxBits >>> drop) & 1) === 0;
  return {
    drop,
    half: (1 << (drop - 1)) - 1,
    mask: ~((1 << drop) - 1),
    minNormalBits: bitsOf(2 ** f.minExp),
    overflowBits: maxIsEven ? midpoint + 1 : midpoint,
    subnormalOffset: pow2(f.minExp - f.mantissaBits + 52),
  };
}

const shapes = new Map<MiniFloat, F32Shape>();

/** Round every element of `arr` (float32 values) once to `f`, in place. */
export function roundF32ArrayToMini(arr: Float32Array, f: MiniFloat): void {
  let s = shapes.get(f);
  if (!s) shapes.set(f, (s = shapeOf(f)));
  const bits = new Uint32Array(arr.buffer, arr.byteOffset, arr.length);
  const { drop, half, mask, minNormalBits, overflowBits, subnormalOffset } = s;
  for (let i = 0; i < bits.length; i++) {
    const b = bits[i]!;
    const a = b & 0x7fffffff;
    if (a >= minNormalBits && a < overflowBits) {
      bits[i] = (((a + half + ((a >>> drop) & 1)) & mask) | (b & 0x80000000)) >>> 0;
    } else if (a < minNormalBits) {
      const x = arr[i]!;
      const r = (x < 0 ? -x : x) + subnormalOffset - subnormalOffset;
      arr[i] = b >>> 31 ? -r : r; // the sign bit, so −0 stays −0
    } else {
      arr[i] = roundMini(arr[i]!, f);
    }
  }
}

/** Round every float64 of `src` once to `f` into `dst` (same length; may be `src`). */
export function roundF64ArrayToMini(src: Float64Array, dst: Float32Array | Float64Array, f: MiniFloat): void {
  for (let i = 0; i < src.length; i++) dst[i] = roundMini(src[i]!, f);
}
