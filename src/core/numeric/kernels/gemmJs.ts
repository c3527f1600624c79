import type { Gemm } from './gemm';
import { checkGemmArgs } from './checkArgs';

/**
 * Plain TypeScript matrix products: the fallback where WebAssembly is missing
 * and the reference the faster kernels are tested against.
 *
 * Accumulation order (the contract every kernel keeps): each C[i][j] starts at
 * +0 and adds the products for p = 0, 1, …, k−1 in ascending order,
 * sum = ((0 + a0b0) + a1b1) + …, each product and each partial sum rounded to
 * the kernel's precision (float32 for gemmF32Js, float64 for gemmF64Js).
 *
 * For speed the loops run i → p → j over rows of partial sums (four rows of C
 * at a time), so the inner loop walks B's rows contiguously; the order of
 * additions into each C[i][j] is unchanged. A transposed B is first copied into
 * k×n row-major scratch.
 */

/** B as k×n row-major: b itself, or Bᵀ copied into scratch when b holds n×k. */
function rowMajorB<T extends Float32Array | Float64Array>(transB: boolean, n: number, k: number, b: T, scratch: T): T {
  if (!transB) return b;
  for (let j = 0; j < n; j++) for (let p = 0; p < k; p++) scratch[p * n + j] = b[j * k + p]!;
  return scratch;
}

/** The value A[i][p] of op(A). */
const aAt = (a: Float32Array | Float64Array, transA: boolean, m: number, k: number, i: number, p: number): number =>
  transA ? a[p * m + i]! : a[i * k + p]!;

/** float32 product: each product and each partial sum rounded to float32. */
export const gemmF32Js: Gemm<Float32Array> = (transA, transB, m, n, k, a, b, c) => {
  checkGemmArgs(m, n, k, a, b, c);
  const bRows = rowMajorB(transB, n, k, b, transB ? new Float32Array(k * n) : b);
  // Rows of partial sums in float32: every store rounds the sum to float32. Four
  // rows at a time share each load of B's row (each row still adds p in order).
  const acc = new Float32Array(4 * n);
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    acc.fill(0);
    for (let p = 0; p < k; p++) {
      const a0 = aAt(a, transA, m, k, i, p);
      const a1 = aAt(a, transA, m, k, i + 1, p);
      const a2 = aAt(a, transA, m, k, i + 2, p);
      const a3 = aAt(a, transA, m, k, i + 3, p);
      const row = p * n;
      for (let j = 0; j < n; j++) {
        const bv = bRows[row + j]!;
        acc[j] = acc[j]! + Math.fround(a0 * bv);
        acc[n + j] = acc[n + j]! + Math.fround(a1 * bv);
        acc[2 * n + j] = acc[2 * n + j]! + Math.fround(a2 * bv);
        acc[3 * n + j] = acc[3 * n + j]! + Math.fround(a3 * bv);
      }
    }
    c.set(acc, i * n);
  }
  for (; i < m; i++) {
    const one = acc.subarray(0, n);
    one.fill(0);
    for (let p = 0; p < k; p++) {
      const av = aAt(a, transA, m, k, i, p);
      const row = p * n;
      for (let j = 0; j < n; j++) one[j] = one[j]! + Math.fround(av * bRows[row + j]!);
    }
    c.set(one, i * n);
  }
};

/** float64 product: plain double arithmetic. */
export const gemmF64Js: Gemm<Float64Array> = (transA, transB, m, n, k, a, b, c) => {
  checkGemmArgs(m, n, k, a, b, c);
  const bRows = rowMajorB(transB, n, k, b, transB ? new Float64Array(k * n) : b);
  const acc = new Float64Array(4 * n);
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    acc.fill(0);
    for (let p = 0; p < k; p++) {
      const a0 = aAt(a, transA, m, k, i, p);
      const a1 = aAt(a, transA, m, k, i + 1, p);
      const a2 = aAt(a, transA, m, k, i + 2, p);
      const a3 = aAt(a, transA, m, k, i + 3, p);
      const row = p * n;
      for (let j = 0; j < n; j++) {
        const bv = bRows[row + j]!;
        acc[j] = acc[j]! + a0 * bv;
        acc[n + j] = acc[n + j]! + a1 * bv;
        acc[2 * n + j] = acc[2 * n + j]! + a2 * bv;
        acc[3 * n + j] = acc[3 * n + j]! + a3 * bv;
      }
    }
    c.set(acc, i * n);
  }
  for (; i < m; i++) {
    const one = acc.subarray(0, n);
    one.fill(0);
    for (let p = 0; p < k; p++) {
      const av = aAt(a, transA, m, k, i, p);
      const row = p * n;
      for (let j = 0; j < n; j++) one[j] = one[j]! + av * bRows[row + j]!;
    }
    c.set(one, i * n);
  }
};
