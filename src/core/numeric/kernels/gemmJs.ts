import type { Gemm } from './gemm';

/**
 * Plain TypeScript matrix products: the fallback where WebAssembly is missing
 * and the reference the faster kernels are tested against.
 * The k-loop runs innermost in ascending order for every (i, j), so the
 * accumulation order is fixed and documented: sum = ((a0b0 + a1b1) + a2b2) + …
 */
function makeGemm<T extends Float32Array | Float64Array>(round: (x: number) => number): Gemm<T> {
  return (transA, transB, m, n, k, a, b, c) => {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let p = 0; p < k; p++) {
          const av = transA ? a[p * m + i] : a[i * k + p];
          const bv = transB ? b[j * k + p] : b[p * n + j];
          sum = round(sum + round(av * bv));
        }
        c[i * n + j] = sum;
      }
    }
  };
}

const identity = (x: number): number => x;

/** float32 product: each product and each partial sum rounded to float32. */
export const gemmF32Js: Gemm<Float32Array> = makeGemm<Float32Array>(Math.fround);
/** float64 product: plain double arithmetic. */
export const gemmF64Js: Gemm<Float64Array> = makeGemm<Float64Array>(identity);
