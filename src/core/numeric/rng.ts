/**
 * The seeded random numbers behind every experiment. The algorithm is part of
 * the product's contract (docs/spec.md §1.5: same block + seed → same numbers on every machine and
 * every release), so it is written out here and pinned by golden tests:
 *
 * - Generator: xoshiro128** (Blackman & Vigna), 32-bit words, Math.imul only.
 * - Seeding: splitmix64 over z = seed mod 2⁶⁴ gives w; stream k starts
 *   splitmix64 again from w XOR (k · 0xD1B54A32D192ED03 mod 2⁶⁴); its next two
 *   64-bit outputs, split into high/low 32-bit halves, are the state s0..s3.
 * - uniform(): 53 random bits / 2⁵³, from two draws (27 high bits of the first,
 *   26 of the second), in [0, 1).
 * - normal(): Marsaglia's polar method with u, v = 2·uniform() − 1, both
 *   outputs used (the second cached). Its logarithm is `deterministicLog` below,
 *   written with + − × ÷ only, because Math.log may differ between JS engines.
 *
 * Long fills run the same algorithm in WebAssembly (kernels/wasm/normal.wat), which
 * gives the same doubles (IEEE operations in the same order) about four times faster;
 * the loop below stays as the fallback and the reference the tests compare it with.
 */

import { kernelNormalPairs } from './kernels';

const MASK64 = (1n << 64n) - 1n;

/** Below this many pairs the copies into WebAssembly memory cost more than they save. */
const MIN_KERNEL_PAIRS = 64;

/** One splitmix64 step: returns [next state, output]. */
function splitmix64(state: bigint): [bigint, bigint] {
  const next = (state + 0x9e3779b97f4a7c15n) & MASK64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return [next, z ^ (z >> 31n)];
}

const LN2_HI = 0.6931471803691238; // ln 2 split so that k·LN2_HI is exact for |k| < 2¹¹
const LN2_LO = 1.9082149292705877e-10;
const SQRT_HALF = Math.SQRT1_2;
const TWO_NEG_53 = 2 ** -53;

// 1/(2n+1) for the atanh series (the same doubles as a runtime division), as constants for speed.
const C0 = 1, C1 = 1 / 3, C2 = 1 / 5, C3 = 1 / 7, C4 = 1 / 9, C5 = 1 / 11, C6 = 1 / 13;
const C7 = 1 / 15, C8 = 1 / 17, C9 = 1 / 19, C10 = 1 / 21, C11 = 1 / 23, C12 = 1 / 25;
const TWO_32 = 2 ** 32;

/**
 * ln(x) for finite x > 0 using only + − × ÷ (so it is bit-reproducible in every
 * engine, unlike Math.log): x = m·2^k with m in [√½, √2) by exact scaling,
 * ln m = 2·atanh(s), s = (m−1)/(m+1), summed as an odd series in s (|s| < 0.172,
 * 13 terms reach float64 precision); ln 2 is split in hi/lo parts.
 */
export function deterministicLog(x: number): number {
  if (!(x > 0) || x === Infinity) return x === Infinity ? Infinity : x === 0 ? -Infinity : NaN;
  let m = x;
  let k = 0;
  // Coarse steps first so that extreme inputs do not take ~1000 iterations.
  while (m >= TWO_32) {
    m *= 1 / TWO_32;
    k += 32;
  }
  while (m < 1 / TWO_32) {
    m *= TWO_32;
    k -= 32;
  }
  while (m < SQRT_HALF) {
    m *= 2;
    k -= 1;
  }
  while (m >= Math.SQRT2) {
    m *= 0.5;
    k += 1;
  }
  const s = (m - 1) / (m + 1);
  const z = s * s;
  const series =
    C0 + z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * (C6 + z * (C7 + z * (C8 + z * (C9 + z * (C10 + z * (C11 + z * C12)))))))))));
  return k * LN2_HI + (2 * s * series + k * LN2_LO);
}

/** A seeded xoshiro128** generator with uniform and normal draws (see the module doc). */
export class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spareNormal = 0;
  private hasSpare = false;

  /** Seed must be a safe integer; `stream` separates independent sequences of one seed. */
  constructor(seed: number, stream = 0) {
    if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
    if (!Number.isSafeInteger(stream) || stream < 0) throw new RangeError(`stream must be a non-negative integer, got ${stream}`);
    const [, w] = splitmix64(BigInt(seed) & MASK64);
    let state = w ^ ((BigInt(stream) * 0xd1b54a32d192ed03n) & MASK64);
    let a: bigint;
    let b: bigint;
    [state, a] = splitmix64(state);
    [state, b] = splitmix64(state);
    // State words are kept as signed int32 (`| 0`) so V8 stores them unboxed.
    this.s0 = Number(a >> 32n) | 0;
    this.s1 = Number(a & 0xffffffffn) | 0;
    this.s2 = Number(b >> 32n) | 0;
    this.s3 = Number(b & 0xffffffffn) | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the one forbidden state
  }

  /** A generator at an explicit xoshiro128** state (for checking against the reference vectors). */
  static fromState(s0: number, s1: number, s2: number, s3: number): Rng {
    const rng = new Rng(0);
    rng.s0 = s0 | 0;
    rng.s1 = s1 | 0;
    rng.s2 = s2 | 0;
    rng.s3 = s3 | 0;
    return rng;
  }

  /** Next 32-bit unsigned integer (xoshiro128**). */
  nextUint32(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  /** Uniform float64 in [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 0x4000000 + lo) * TWO_NEG_53;
  }

  /** Standard normal N(0, 1) by the polar method. */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spareNormal;
    }
    for (;;) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const f = Math.sqrt((-2 * deterministicLog(s)) / s);
      this.spareNormal = v * f;
      this.hasSpare = true;
      return u * f;
    }
  }

  /** Fill `out` with mean + std·N(0,1) draws, in index order. */
  fillNormal(out: Float64Array, mean = 0, std = 1): void {
    const n = out.length;
    let i = 0;
    if (this.hasSpare && n > 0) out[i++] = mean + std * this.normal();
    const pairs = (n - i) >> 1;
    if (pairs >= MIN_KERNEL_PAIRS && this.kernelPairs(out, i, pairs, mean, std)) i += 2 * pairs;
    // Whole pairs straight from the polar method (same sequence as calling normal()).
    while (i + 1 < n) {
      const u = 2 * this.uniform() - 1;
      const v = 2 * this.uniform() - 1;
      const s = u * u + v * v;
      if (s >= 1 || s === 0) continue;
      const f = Math.sqrt((-2 * deterministicLog(s)) / s);
      out[i++] = mean + std * (u * f);
      out[i++] = mean + std * (v * f);
    }
    if (i < n) out[i] = mean + std * this.normal();
  }

  /** The same pairs as fillNormal's loop, drawn by the WebAssembly kernel (normal.wat); false if unavailable. */
  private kernelPairs(out: Float64Array, offset: number, pairs: number, mean: number, std: number): boolean {
    const kernel = kernelNormalPairs();
    if (!kernel) return false;
    const state = Int32Array.of(this.s0, this.s1, this.s2, this.s3);
    if (!kernel(state, out, offset, pairs, mean, std)) return false;
    [this.s0, this.s1, this.s2, this.s3] = state;
    return true;
  }

  /** Fill `out` with uniform draws on [low, high), in index order. */
  fillUniform(out: Float64Array, low: number, high: number): void {
    const span = high - low;
    for (let i = 0; i < out.length; i++) out[i] = low + span * this.uniform();
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** Named streams so that, e.g., changing the batch size does not change the weights. */
export const STREAMS = {
  weights: 1,
  biases: 2,
  input: 3,
  target: 4,
  chainStart: 5,
  chainFactors: 6,
  teacher: 7,
} as const;
