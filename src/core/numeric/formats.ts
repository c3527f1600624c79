import type { Dtype } from '../types';

/** The facts about a number format that charts, summaries and hovers quote. */
export interface FormatInfo {
  readonly dtype: Dtype;
  /** Total bits of storage. */
  readonly bits: number;
  /** Explicit mantissa (fraction) bits. */
  readonly mantissaBits: number;
  /** Largest finite value. */
  readonly maxFinite: number;
  /** Smallest positive normal value. */
  readonly minNormal: number;
  /** Smallest positive (subnormal) value. */
  readonly minPositive: number;
  /** Distance from 1 to the next larger value. */
  readonly epsilon: number;
}

/** Exact values, written as powers of two so that the table can be checked by eye. */
export const FORMATS: Readonly<Record<Dtype, FormatInfo>> = {
  fp64: {
    dtype: 'fp64',
    bits: 64,
    mantissaBits: 52,
    maxFinite: Number.MAX_VALUE,
    minNormal: 2 ** -1022,
    minPositive: Number.MIN_VALUE,
    epsilon: 2 ** -52,
  },
  fp32: {
    dtype: 'fp32',
    bits: 32,
    mantissaBits: 23,
    maxFinite: (2 - 2 ** -23) * 2 ** 127,
    minNormal: 2 ** -126,
    minPositive: 2 ** -149,
    epsilon: 2 ** -23,
  },
  bf16: {
    dtype: 'bf16',
    bits: 16,
    mantissaBits: 7,
    maxFinite: (2 - 2 ** -7) * 2 ** 127,
    minNormal: 2 ** -126,
    minPositive: 2 ** -133,
    epsilon: 2 ** -7,
  },
  fp16: {
    dtype: 'fp16',
    bits: 16,
    mantissaBits: 10,
    maxFinite: 65504,
    minNormal: 2 ** -14,
    minPositive: 2 ** -24,
    epsilon: 2 ** -10,
  },
};
