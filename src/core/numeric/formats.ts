import type { BlockDtype, Dtype, ScalarDtype } from '../types';
import { BLOCK_FORMATS } from './blockFormats';
import { E4M3, E5M2, minSubnormal, type MiniFloat } from './minifloat';

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
  /** Block-scaled formats: the elements' format and how many share a scale. */
  readonly block?: { readonly element: string; readonly size: number; readonly scale: string };
}

/** The facts of a narrow float used as a dtype of its own. */
function miniInfo(dtype: ScalarDtype, f: MiniFloat): FormatInfo {
  return {
    dtype,
    bits: 1 + f.exponentBits + f.mantissaBits,
    mantissaBits: f.mantissaBits,
    maxFinite: f.maxFinite,
    minNormal: 2 ** f.minExp,
    minPositive: minSubnormal(f),
    epsilon: 2 ** -f.mantissaBits,
  };
}

const FP32_MAX = (2 - 2 ** -23) * 2 ** 127;

/**
 * A block-scaled format's range as stored: values are float32 (the scale takes
 * any magnitude a float32 has, so the largest is float32's), and the smallest
 * positive value is the element's smallest subnormal times the smallest scale
 * (E8M0: 2^−127; NVFP4's fp32 tensor scale reaches float32's own smallest).
 * Precision is the element's: within a block, values far below the block's
 * largest round to 0.
 */
function blockInfo(dtype: BlockDtype): FormatInfo {
  const b = BLOCK_FORMATS[dtype];
  const f = b.element;
  const smallest = b.scale === 'e8m0' ? Math.max(minSubnormal(f) * 2 ** -127, 2 ** -149) : 2 ** -149;
  return {
    dtype,
    bits: 1 + f.exponentBits + f.mantissaBits,
    mantissaBits: f.mantissaBits,
    maxFinite: FP32_MAX,
    minNormal: 2 ** -126,
    minPositive: smallest,
    epsilon: 2 ** -f.mantissaBits,
    block: { element: f.name.toUpperCase(), size: b.blockSize, scale: b.scale === 'e8m0' ? 'E8M0' : 'E4M3 + fp32 per tensor' },
  };
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
  'fp8-e4m3': miniInfo('fp8-e4m3', E4M3),
  'fp8-e5m2': miniInfo('fp8-e5m2', E5M2),
  'mxfp8-e4m3': blockInfo('mxfp8-e4m3'),
  'mxfp8-e5m2': blockInfo('mxfp8-e5m2'),
  'mxfp6-e3m2': blockInfo('mxfp6-e3m2'),
  'mxfp6-e2m3': blockInfo('mxfp6-e2m3'),
  mxfp4: blockInfo('mxfp4'),
  nvfp4: blockInfo('nvfp4'),
};
