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
 * For speed the loops run i → p → j over a row of partial sums, so the inner
 * loop walks B's rows contiguously; the order of additions into each C[i][j] is
 * unchanged. A transposed B is first copied into k×n row-major scratch.
 */

/** B as k×n row-major: b itself, or Bᵀ copied into scratch when b holds n×k. */
function rowMajorB<T extends Float32Array | Float64Array>(transB: boolean, n: number, k: number, b: T, scratch: T): T {
  if (!transB) return b;
  for (let j = 0; j < n; j++) for (let p = 0; p < k; p++) scratch[p * n + j] = b[j * k + p]!;
  return scratch;
}

/** float32 product: each product and each partial sum rounded to float32. */
export const gemmF32Js: Gemm<Float32Array> = (transA, transB, m, n, k, a, b, c) => {
  checkGemmArgs(m, n, k, a, b, c);
  const bRows = rowMajorB(transB, n, k, b, transB ? new Float32Array(k * n) : b);
  // A float32 row of partial sums: every store rounds the sum to float32.
  const acc = new Float32Array(n);
  for (let i = 0; i < m; i++) {
    acc.fill(0);
    for (let p = 0; p < k; p++) {
      const av = transA ? a[p * m + i]! : a[i * k + p]!;
      const row = p * n;
      for (let j = 0; j < n; j++) acc[j] = acc[j]! + Math.fround(av * bRows[row + j]!);
    }
    c.set(acc, i * n);
  }
};

/** float64 product: plain double arithmetic. */
export const gemmF64Js: Gemm<Float64Array> = (transA, transB, m, n, k, a, b, c) => {
  checkGemmArgs(m, n, k, a, b, c);
  const bRows = rowMajorB(transB, n, k, b, transB ? new Float64Array(k * n) : b);
  const acc = new Float64Array(n);
  for (let i = 0; i < m; i++) {
    acc.fill(0);
    for (let p = 0; p < k; p++) {
      const av = transA ? a[p * m + i]! : a[i * k + p]!;
      const row = p * n;
      for (let j = 0; j < n; j++) acc[j] = acc[j]! + av * bRows[row + j]!;
    }
    c.set(acc, i * n);
  }
};
