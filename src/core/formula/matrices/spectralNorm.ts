/**
 * The spectral norm of a small matrix — its largest singular value, the norm `\|A\|_2` that the
 * Euclidean vector norm induces (`\|Ax\|_2 \le \|A\|_2 \|x\|_2`) — for the vector notation of
 * vectorNotation.ts: the square root of the largest eigenvalue of AᵀA, found by cyclic Jacobi
 * rotations, accurate to rounding for the sizes the readings draw (at most 8×8).
 */
import { multiply, transpose, type Value } from './smallMatrices';

const SWEEPS = 60;

/** The largest singular value of `m`. */
export function spectralNorm(m: Value): number {
  const g = multiply(transpose(m), m);
  const n = g.rows;
  const a = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => g.data[i * n + j]!));
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off === 0) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (apq === 0) continue;
        // The rotation that zeroes a[p][q] (Golub & Van Loan, the symmetric Schur decomposition).
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!;
          const akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!;
          const aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
      }
    }
  }
  return Math.sqrt(Math.max(0, ...a.map((row, i) => row[i]!)));
}
