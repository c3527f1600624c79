import type { BlockDtype } from '../../../types';
import { BLOCK_FORMATS, f32BitsOf, quantizeRows } from '../../blockFormats';

/**
 * The JavaScript side of blockScale.wat and nvfp4.wat: block-scaled quantization
 * in WebAssembly, the same values as blockFormats.ts's quantizeRows (its reference).
 */

type QuantizeMxExport = (
  p: number, rows: number, rowLen: number, stride: number,
  size: number, mantissaBits: number, minExp: number, maxExp: number, maxFiniteBits: number,
) => void;
type QuantizeNvfp4Export = (p: number, rows: number, rowLen: number, stride: number) => void;

/** Quantize rows lying in the module's memory: `rows` rows of `n` at byte `off`, `stride` floats apart, 16 readable bytes after the last. */
export type QuantizeInMemory = (off: number, rows: number, n: number, stride: number, dtype: BlockDtype) => void;

export interface BlockQuantizers {
  readonly inMemory: QuantizeInMemory;
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

  const inMemory: QuantizeInMemory = (off, rows, n, stride, dtype) => {
    const format = BLOCK_FORMATS[dtype];
    if (format.scale === 'nvfp4') return quantizeNvfp4(off, rows, n, stride);
    const e = format.element;
    quantizeMx(off, rows, n, stride, format.blockSize, e.mantissaBits, e.minExp, e.maxExp, f32BitsOf(e.maxFinite));
  };

  function rows(values: Float32Array, rowLength: number, dtype: BlockDtype): void {
    const n = values.length;
    // Short arrays are not worth the two copies; a bad shape gets quantizeRows' error.
    if (n < 64 || !Number.isInteger(rowLength) || rowLength < 1 || n % rowLength !== 0 || !reserve(n * 4 + 16)) {
      return quantizeRows(values, rowLength, dtype);
    }
    const view = new Float32Array(memory.buffer, 0, n);
    view.set(values);
    inMemory(0, n / rowLength, rowLength, rowLength, dtype);
    values.set(view);
  }

  return { inMemory, rows };
}
