/**
 * The matrix-product contract every kernel (plain TypeScript, WebAssembly SIMD)
 * implements, so the engine can swap them and the tests can compare them.
 *
 * C[m×n] = op(A) · op(B), all row-major and dense; op(X) is X or Xᵀ.
 * A is m×k after op, B is k×n after op. C is overwritten, not accumulated into.
 * Float32 kernels accumulate in float32 (each add rounded to float32, as a
 * tensor core's fp32 accumulator does); float64 kernels in float64.
 */
export type Gemm<T extends Float32Array | Float64Array> = (
  transA: boolean,
  transB: boolean,
  m: number,
  n: number,
  k: number,
  a: T,
  b: T,
  c: T,
) => void;
