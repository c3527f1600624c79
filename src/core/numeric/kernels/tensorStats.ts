import { frobeniusNorm } from '../norms';
import { kernelStats } from './index';

/**
 * The per-layer statistics of a tensor in one pass: the same numbers as
 * norms.ts's frobeniusNorm, countNonFinite and countZeros (identical summation
 * order, so bit-identical norms), but one loop instead of three, and one
 * monomorphic loop per storage type — a loop over a Float32Array | Float64Array
 * union makes every element access polymorphic and several times slower.
 */

/** Frobenius norm (float64, sequential sum of squares), count of ±Infinity/NaN, count of ±0. */
export interface TensorStats {
  readonly norm: number;
  readonly nonfinite: number;
  readonly zeros: number;
}

function statsF32(values: Float32Array): TensorStats {
  let sumSq = 0;
  let nonfinite = 0;
  let zeros = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    sumSq += v * v;
    // Branch-free counts: ReLU gradients are ~half zeros in no pattern, and a
    // mispredicted branch per element cost more than the whole sum.
    zeros += +(v === 0);
    nonfinite += +(v - v !== 0); // Inf − Inf and NaN − NaN are NaN
  }
  // Squares of float32 values cannot overflow or underflow a float64 sum (see norms.ts).
  return { norm: finishNorm(values, sumSq), nonfinite, zeros };
}

function statsF64(values: Float64Array): TensorStats {
  let sumSq = 0;
  let nonfinite = 0;
  let zeros = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    sumSq += v * v;
    zeros += +(v === 0);
    nonfinite += +(v - v !== 0);
  }
  return { norm: finishNorm(values, sumSq), nonfinite, zeros };
}

/** Below this many values the copy into WebAssembly memory is not worth it. */
const WASM_MIN_LENGTH = 2048;

/** Norm, non-finite count and zero count of a tensor, in one pass. */
export function tensorStats(values: Float32Array | Float64Array): TensorStats {
  const raw = values.length >= WASM_MIN_LENGTH ? kernelStats()?.(values) : undefined;
  if (!raw) return values instanceof Float32Array ? statsF32(values) : statsF64(values);
  return { norm: finishNorm(values, raw.sumSq), nonfinite: raw.nonfinite, zeros: raw.zeros };
}

/** sqrt of the sum of squares, with norms.ts's scaled route for float64 overflow/underflow. */
function finishNorm(values: Float32Array | Float64Array, sumSq: number): number {
  if (values instanceof Float32Array) return Math.sqrt(sumSq);
  return Number.isFinite(sumSq) && sumSq > 1e-280 ? Math.sqrt(sumSq) : frobeniusNorm(values);
}

/** Frobenius norm only (same value as norms.ts's frobeniusNorm), without the polymorphic loop. */
export function tensorNorm(values: Float32Array | Float64Array): number {
  return tensorStats(values).norm;
}
