import { isBlockDtype, type Activation, type Dtype } from '../types';
import { applyActivation } from './activations';
import { multiplyInPlace } from './kernels/elementwise';
import { gemmF32, gemmF32Blocked, gemmF32Rounded, gemmF64, kernelMulF32, kernelReluF32, quantizeBlockRows } from './kernels/index';

/**
 * The tensor operations of a forward/backward pass in any dtype, so that the
 * passes (mlp.ts, train/pass.ts) need not know how each format rounds.
 * Tensors are Float64Array for fp64 and Float32Array otherwise; every result
 * is rounded to the dtype once.
 */

type Tensor = Float32Array | Float64Array;

/**
 * C = op(A)·op(B) (C is m×n, row-major) in the dtype's kernel — float64 for
 * fp64, fp32 accumulation otherwise — and rounded once to the dtype in the
 * kernels' fused pass: bf16, fp16 and fp8 value by value, block-scaled formats
 * along C's rows.
 */
export function matmul(dtype: Dtype, transA: boolean, transB: boolean, m: number, n: number, k: number, a: Tensor, b: Tensor, c: Tensor): void {
  if (dtype === 'fp64') {
    gemmF64()(transA, transB, m, n, k, a as Float64Array, b as Float64Array, c as Float64Array);
    return;
  }
  const gemm = dtype === 'fp32' ? gemmF32() : isBlockDtype(dtype) ? gemmF32Blocked(dtype) : gemmF32Rounded(dtype);
  gemm(transA, transB, m, n, k, a as Float32Array, b as Float32Array, c as Float32Array);
}

/**
 * After an elementwise step (computed in float32 for a block-scaled dtype,
 * see rounderFor), quantize the tensor's rows of `rowLength` to the
 * block-scaled dtype. Other dtypes rounded every value already: nothing to do.
 */
export function roundRows(t: Tensor, rowLength: number, dtype: Dtype): void {
  if (isBlockDtype(dtype)) quantizeBlockRows(t as Float32Array, rowLength, dtype);
}

/**
 * g ⊙= s, then g's rows of `rowLength` rounded to the dtype: multiplyInPlace then
 * roundRows, the same values; for a block-scaled dtype both in one call of the kernels
 * (one copy in and out instead of two) where they have it. `gInDtype`: g already holds
 * values of the dtype, so that for bf16/fp16/fp8 an s of 0s and 1s (ReLU′) needs no rounding.
 */
export function multiplyRoundRows(g: Tensor, s: Tensor, rowLength: number, dtype: Dtype, gInDtype = false): void {
  if (isBlockDtype(dtype) && g.length >= 64 && kernelMulF32()?.(g as Float32Array, s as Float32Array, { block: dtype, rowLength })) return;
  multiplyInPlace(g, s, dtype, gInDtype);
  roundRows(g, rowLength, dtype);
}

/**
 * out = f(z) and, unless null, deriv = f′(z) (applyActivation), then both tensors' rows of
 * `rowLength` rounded to the dtype (roundRows): the same values; for ReLU in a block-scaled
 * dtype all in one call of the kernels where they have it (one copy in, two out, instead
 * of a copy in and out per step).
 */
export function activateRoundRows(act: Activation, dtype: Dtype, z: Tensor, out: Tensor, deriv: Tensor | null, rowLength: number): void {
  if (act.name === 'relu' && isBlockDtype(dtype) && z.length >= 64) {
    const fused = kernelReluF32()?.(z as Float32Array, out as Float32Array, deriv as Float32Array | null, { block: dtype, rowLength });
    if (fused) return;
  }
  applyActivation(act, dtype, z, out, deriv);
  roundRows(out, rowLength, dtype);
  if (deriv) roundRows(deriv, rowLength, dtype);
}
