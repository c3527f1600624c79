/**
 * Norms and counts over stored tensors, in float64 (spec: "norms are computed
 * in float64 from the stored values"). A tensor holding NaN has norm NaN, one
 * holding ±Infinity (and no NaN) has norm Infinity — never a silent 0 or a
 * NaN born from Inf − Inf.
 */

/**
 * Frobenius norm. Float32 storage cannot overflow or underflow a float64 sum of
 * squares (fp32 max² ≈ 1.2e77, min² ≈ 2e-90), so one pass suffices there; for
 * float64 storage a plain pass is retried with scaling by the largest |x|
 * when the sum overflows or may have lost tiny values to underflow.
 */
export function frobeniusNorm(values: Float32Array | Float64Array): number {
  let sumSq = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    sumSq += v * v;
  }
  if (values instanceof Float32Array) return Math.sqrt(sumSq);
  if (Number.isFinite(sumSq) && sumSq > 1e-280) return Math.sqrt(sumSq);
  if (Number.isNaN(sumSq)) return NaN;
  return scaledNorm(values);
}

/** Two-pass norm: max |x| first (NaN/Inf decided there), then Σ(x/max)². */
function scaledNorm(values: Float64Array): number {
  let max = 0;
  let sawNaN = false;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]!);
    if (a > max) max = a;
    else if (a !== a) sawNaN = true;
  }
  if (sawNaN) return NaN;
  if (max === Infinity) return Infinity;
  if (max === 0) return 0;
  const inv = 1 / max;
  // 1/max overflows for subnormal max; scale up by 2^600 first in that case.
  const scale = Number.isFinite(inv) ? inv : 2 ** 600;
  let sumSq = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]! * scale;
    sumSq += v * v;
  }
  return Math.sqrt(sumSq) / scale;
}

/** Number of ±Infinity and NaN entries. */
export function countNonFinite(values: Float32Array | Float64Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v - v !== 0) count++; // Inf − Inf and NaN − NaN are NaN; finite − itself is 0
  }
  return count;
}

/** Number of exact zeros (+0 and −0). */
export function countZeros(values: Float32Array | Float64Array): number {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === 0) count++;
  return count;
}

/** Largest |x| (NaN if any entry is NaN). */
export function maxAbs(values: Float32Array | Float64Array): number {
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const a = Math.abs(values[i]!);
    if (a > max) max = a;
    else if (a !== a) return NaN;
  }
  return max;
}
