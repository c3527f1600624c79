import type { BlockDtype } from '../../../types';
import { BLOCK_FORMATS, f32BitsOf, keepsZerosAndOnes, onlyZerosAndOnes, quantizeRows } from '../../blockFormats';

/**
 * The JavaScript side of blockScale.wat and nvfp4.wat: block-scaled quantization
 * in WebAssembly, the same values as blockFormats.ts's quantizeRows (its reference).
 */

type QuantizeMxExport = (
  p: number, rows: number, rowLen: number, stride: number,
  size: number, mantissaBits: number, minExp: number, maxExp: number, maxFiniteBits: number,
) => void;
type QuantizeNvfp4Export = (p: number, rows: number, rowLen: number, stride: number) => void;
type ZerosOnesExport = (p: number, count: number) => number;

/** Quantize rows lying in the module's memory: `rows` rows of `n` at byte `off`, `stride` floats apart, 16 readable bytes after the last. */
export type QuantizeInMemory = (off: number, rows: number, n: number, stride: number, dtype: BlockDtype) => void;

export interface BlockQuantizers {
  readonly inMemory: QuantizeInMemory;
  /** Whether the `count` values at byte `off` (count a multiple of 4) are all 0 or 1 and quantizing to `dtype` keeps such a tensor as it is. */
  readonly keepsInMemory: (off: number, count: number, dtype: BlockDtype) => boolean;
  /** Quantize float32 rows of `rowLength` in place (copied in and out; short or ill-shaped input goes to quantizeRows). */
  readonly rows: (values: Float32Array, rowLength: number, dtype: BlockDtype) => void;
}

/** Wrap the module's quantize exports; `reserve` grows the shared memory (false if it cannot). */
export function makeBlockQuantizers(
  exports: Record<string, unknown>,
  memory: { readonly buffer: ArrayBuffer },
  reserve: (bytes: number) => boolean,
): BlockQuantizers {
  const quantizeMx = exports.quantize_mx as QuantizeMxExport;
  const quantizeNvfp4 = exports.quantize_nvfp4 as QuantizeNvfp4Export;
  const zerosOnes = exports.zeros_ones_f32 as ZerosOnesExport;

  const inMemory: QuantizeInMemory = (off, rows, n, stride, dtype) => {
    const format = BLOCK_FORMATS[dtype];
    if (format.scale === 'nvfp4') return quantizeNvfp4(off, rows, n, stride);
    const e = format.element;
    quantizeMx(off, rows, n, stride, format.blockSize, e.mantissaBits, e.minExp, e.maxExp, f32BitsOf(e.maxFinite));
  };

  // A tensor of 0s and 1s (ReLU′) comes back as it is wherever a block of ones does: no pass needed.
  const keepsInMemory = (off: number, count: number, dtype: BlockDtype): boolean => keepsZerosAndOnes(dtype) && zerosOnes(off, count) === 1;

  function rows(values: Float32Array, rowLength: number, dtype: BlockDtype): void {
    const n = values.length;
    // Short arrays are not worth the two copies; a bad shape gets quantizeRows' error.
    if (n < 64 || !Number.isInteger(rowLength) || rowLength < 1 || n % rowLength !== 0 || !reserve(n * 4 + 16)) {
      return quantizeRows(values, rowLength, dtype);
    }
    const view = new Float32Array(memory.buffer, 0, n);
    view.set(values);
    const whole = n & ~3;
    if (keepsInMemory(0, whole, dtype) && onlyZerosAndOnes(values.subarray(whole))) return; // no pass, no copy out
    inMemory(0, n / rowLength, rowLength, rowLength, dtype);
    values.set(view);
  }

  return { inMemory, keepsInMemory, rows };
}
