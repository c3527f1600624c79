import type { Dtype, NormName } from '../../types';
import { rounderFor } from '../dtype';

/**
 * Normalization of each row (sample) of Zᵗ before σ, without affine
 * parameters, ε = 1e-5 (docs/spec.md, "Remedies"):
 *   layernorm  N = (Z − μ)·r,  μ = mean(Z),  r = 1/√(mean((Z − μ)²) + ε)
 *   rmsnorm    N = Z·r,        r = 1/√(mean(Z²) + ε)
 * Backward, from D = ∂ℓ/∂N (the exact derivatives, written with the stored N):
 *   layernorm  ∂ℓ/∂Z = r·(D − mean(D) − N·mean(D⊙N))
 *   rmsnorm    ∂ℓ/∂Z = r·(D − N·mean(D⊙N))
 * Rounding, as mixed precision keeps a norm's statistics: each row sum is
 * accumulated in float64 in index order and the statistics μ, r, mean(D),
 * mean(D⊙N) are rounded once to the accumulation format (fp32; fp64 for
 * fp64); each element of N and of ∂ℓ/∂Z is computed in float64 from stored
 * values and rounded once to the dtype.
 */

type Tensor = Float32Array | Float64Array;

export const NORM_EPSILON = 1e-5;

/** The rounding of the statistics: fp64 for fp64 runs, fp32 otherwise. */
function statsRounder(dtype: Dtype): (x: number) => number {
  return dtype === 'fp64' ? (x) => x : Math.fround;
}

/** N = norm(Z) row by row (`out` may be `z`); `scale[r]` receives r of each row for the backward pass. */
export function normForward(kind: Exclude<NormName, 'none'>, dtype: Dtype, z: Tensor, out: Tensor, scale: Float64Array, rows: number, cols: number): void {
  const round = rounderFor(dtype);
  const stat = statsRounder(dtype);
  const centred = kind === 'layernorm';
  for (let r = 0; r < rows; r++) {
    const at = r * cols;
    let mean = 0;
    if (centred) {
      let sum = 0;
      for (let j = 0; j < cols; j++) sum += z[at + j]!;
      mean = stat(sum / cols);
    }
    let squares = 0;
    for (let j = 0; j < cols; j++) squares += (z[at + j]! - mean) ** 2;
    const rs = stat(1 / Math.sqrt(squares / cols + NORM_EPSILON));
    scale[r] = rs;
    for (let j = 0; j < cols; j++) out[at + j] = round((z[at + j]! - mean) * rs);
  }
}

/** D = ∂ℓ/∂N → ∂ℓ/∂Z in place, from the stored N and the row scales of normForward. */
export function normBackward(kind: Exclude<NormName, 'none'>, dtype: Dtype, d: Tensor, n: Tensor, scale: Float64Array, rows: number, cols: number): void {
  const round = rounderFor(dtype);
  const stat = statsRounder(dtype);
  const centred = kind === 'layernorm';
  for (let r = 0; r < rows; r++) {
    const at = r * cols;
    let sumD = 0;
    let sumDN = 0;
    for (let j = 0; j < cols; j++) {
      sumD += d[at + j]!;
      sumDN += d[at + j]! * n[at + j]!;
    }
    const meanD = centred ? stat(sumD / cols) : 0;
    const meanDN = stat(sumDN / cols);
    const rs = scale[r]!;
    for (let j = 0; j < cols; j++) d[at + j] = round((d[at + j]! - meanD - n[at + j]! * meanDN) * rs);
  }
}
