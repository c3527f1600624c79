/**
 * Narrow floating-point formats (8 bits and below): fp8 E4M3 ("FN") and E5M2
 * (OCP 8-bit floating point), and the MX element formats E3M2, E2M3 (fp6) and
 * E2M1 (fp4). One description per format; rounding, decoding and encoding all
 * read it, so the formats differ only in their numbers.
 *
 * Rounding is one IEEE round-to-nearest-ties-to-even of the exact float64
 * input, with subnormals kept, computed as if the exponent were unbounded; a
 * result above the largest finite value then overflows by the format's rule:
 * E5M2 → ±Infinity; E4M3FN → NaN (it has no infinities: 464 is the midpoint
 * between 448 and the next binade step 480 and ties to even 448, anything
 * larger is NaN, as PyTorch's float8_e4m3fn cast); the MX element formats
 * saturate to ±max (OCP Microscaling v1.0 §6.3: conversion clamps to the
 * largest normal). The same float64 offset trick as dtype.ts does the
 * rounding: for a quantum 2^k, a + 2^(k+52) − 2^(k+52) rounds a to it exactly.
 */

/** What a rounding that lands above the largest finite value gives. */
export type OverflowRule = 'infinity' | 'nan' | 'saturate';

/** The layout of one narrow format. */
export interface MiniFloat {
  readonly name: string;
  readonly exponentBits: number;
  readonly mantissaBits: number;
  readonly bias: number;
  /** Largest finite value. */
  readonly maxFinite: number;
  /** Exponent of the smallest normal value, 1 − bias. */
  readonly minExp: number;
  /** Exponent of the largest normal binade (OCP's emax). */
  readonly maxExp: number;
  /** The rule for values beyond maxFinite when the format is a dtype of its own. */
  readonly overflow: OverflowRule;
  /** Which codes are special: E5M2 has IEEE infinities and NaNs, E4M3FN only S.1111.111 = NaN, fp6/fp4 none. */
  readonly specials: 'ieee' | 'fn' | 'none';
}

function miniFloat(name: string, exponentBits: number, mantissaBits: number, specials: MiniFloat['specials'], overflow: OverflowRule): MiniFloat {
  const bias = 2 ** (exponentBits - 1) - 1;
  // IEEE-style formats reserve the top exponent; FN keeps it but not its all-ones mantissa; fp6/fp4 use it all.
  const maxExp = (specials === 'ieee' ? 2 ** exponentBits - 2 : 2 ** exponentBits - 1) - bias;
  const topMantissa = specials === 'fn' ? 2 ** mantissaBits - 2 : 2 ** mantissaBits - 1;
  return {
    name,
    exponentBits,
    mantissaBits,
    bias,
    maxFinite: (1 + topMantissa / 2 ** mantissaBits) * 2 ** maxExp,
    minExp: 1 - bias,
    maxExp,
    overflow,
    specials,
  };
}

export const E4M3: MiniFloat = miniFloat('e4m3', 4, 3, 'fn', 'nan');
export const E5M2: MiniFloat = miniFloat('e5m2', 5, 2, 'ieee', 'infinity');
export const E3M2: MiniFloat = miniFloat('e3m2', 3, 2, 'none', 'saturate');
export const E2M3: MiniFloat = miniFloat('e2m3', 2, 3, 'none', 'saturate');
export const E2M1: MiniFloat = miniFloat('e2m1', 2, 1, 'none', 'saturate');

/** Smallest positive (subnormal) value of a format. */
export function minSubnormal(f: MiniFloat): number {
  return 2 ** (f.minExp - f.mantissaBits);
}

// 2^e for e in [−1100, 1099]: every offset a rounding can need.
const POW2_OFFSET = 1100;
const POW2 = new Float64Array(2200);
for (let e = 0; e < POW2.length; e++) POW2[e] = 2 ** (e - POW2_OFFSET);

/** 2^e for an integer e in [−1100, 1099], from the table. */
export function pow2(e: number): number {
  return POW2[e + POW2_OFFSET]!;
}

const scratch64 = new Float64Array(1);
const scratchWords = new Uint32Array(scratch64.buffer);
scratch64[0] = 1;
const HIGH_WORD = scratchWords[1] === 0x3ff00000 ? 1 : 0;

/** floor(log2(a)) for finite a > 0 from the float64 bits (float64 subnormals read as −1023: callers clamp above that). */
export function binadeOf(a: number): number {
  scratch64[0] = a;
  return ((scratchWords[HIGH_WORD]! >>> 20) & 0x7ff) - 1023;
}

/**
 * |a| (finite, > 0) rounded to the grid of `f` scaled by 2^shift — the format's
 * values times 2^shift, unbounded above — ties to even. The caller handles overflow.
 */
export function roundMagnitude(a: number, f: MiniFloat, shift: number): number {
  let e = binadeOf(a);
  const minExp = f.minExp + shift;
  if (e < minExp) e = minExp;
  const offset = POW2[e - f.mantissaBits + 52 + POW2_OFFSET]!;
  return a + offset - offset;
}

/** What an overflowing value of sign `negative` becomes under `rule` in a format with this largest value. */
function overflowed(negative: boolean, rule: OverflowRule, max: number): number {
  if (rule === 'nan') return NaN;
  if (rule === 'infinity') return negative ? -Infinity : Infinity;
  return negative ? -max : max;
}

/** Round a float64 once to `f` (ties to even, subnormals kept), overflowing by `rule` (default: the format's own). */
export function roundMini(x: number, f: MiniFloat, rule: OverflowRule = f.overflow): number {
  const a = x < 0 ? -x : x;
  if (a !== a) return NaN;
  if (a === 0) return x; // keeps −0
  // Far above the largest value (this also keeps the offset below finite range).
  if (a >= 2 * f.maxFinite) return overflowed(x < 0, rule, f.maxFinite);
  const r = roundMagnitude(a, f, 0);
  if (r > f.maxFinite) return overflowed(x < 0, rule, f.maxFinite);
  return x < 0 ? -r : r;
}

/** The value of an 8-bit-or-narrower code (sign in bit exponentBits + mantissaBits). */
export function decodeMini(code: number, f: MiniFloat): number {
  const m = f.mantissaBits;
  const width = 1 + f.exponentBits + m;
  if (!Number.isInteger(code) || code < 0 || code >= 2 ** width) throw new RangeError(`decodeMini: ${code} is not a ${width}-bit code of ${f.name}`);
  const negative = code >= 2 ** (width - 1);
  const exponent = Math.floor(code / 2 ** m) % 2 ** f.exponentBits;
  const mantissa = code % 2 ** m;
  const topExponent = 2 ** f.exponentBits - 1;
  let magnitude: number;
  if (f.specials === 'ieee' && exponent === topExponent) magnitude = mantissa === 0 ? Infinity : NaN;
  else if (f.specials === 'fn' && exponent === topExponent && mantissa === 2 ** m - 1) magnitude = NaN;
  else if (exponent === 0) magnitude = mantissa * 2 ** (f.minExp - m);
  else magnitude = (2 ** m + mantissa) * 2 ** (exponent - f.bias - m);
  return negative ? -magnitude : magnitude;
}

/**
 * The code of x rounded to `f` by the format's own overflow rule (decodeMini's
 * inverse on every value): sign, biased exponent and mantissa fields. Every NaN
 * gets the one code with all exponent and mantissa bits set.
 */
export function encodeMini(x: number, f: MiniFloat): number {
  const m = f.mantissaBits;
  const r = roundMini(x, f);
  const signBit = r < 0 || Object.is(r, -0) ? 2 ** (f.exponentBits + m) : 0;
  const a = Math.abs(r);
  const topExponent = 2 ** f.exponentBits - 1;
  if (a !== a) return 2 ** (f.exponentBits + m) - 1;
  if (a === Infinity) return signBit + topExponent * 2 ** m;
  if (a < 2 ** f.minExp) return signBit + a / 2 ** (f.minExp - m);
  const e = binadeOf(a);
  return signBit + (e + f.bias) * 2 ** m + (a / 2 ** e - 1) * 2 ** m;
}
