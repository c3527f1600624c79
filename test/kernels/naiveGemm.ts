import type { Gemm } from '../../src/core/numeric/kernels/gemm';

/**
 * The accumulation-order contract written as the plainest triple loop (the
 * project's first TypeScript kernel): for each (i, j), p ascending, each product
 * and partial sum rounded. The optimised kernels are tested against it.
 */
function makeNaive<T extends Float32Array | Float64Array>(round: (x: number) => number): Gemm<T> {
  return (transA, transB, m, n, k, a, b, c) => {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let p = 0; p < k; p++) {
          const av = transA ? a[p * m + i]! : a[i * k + p]!;
          const bv = transB ? b[j * k + p]! : b[p * n + j]!;
          sum = round(sum + round(av * bv));
        }
        c[i * n + j] = sum;
      }
    }
  };
}

/** float32 triple loop. */
export const naiveF32: Gemm<Float32Array> = makeNaive<Float32Array>(Math.fround);
/** float64 triple loop. */
export const naiveF64: Gemm<Float64Array> = makeNaive<Float64Array>((x) => x);
