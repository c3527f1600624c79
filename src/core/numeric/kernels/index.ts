import type { Gemm } from './gemm';
import { gemmF32Js, gemmF64Js } from './gemmJs';

/**
 * The kernels the engine uses. Today the plain TypeScript ones; a faster
 * implementation registers itself through setKernels (tests compare both).
 */
let kernels: { f32: Gemm<Float32Array>; f64: Gemm<Float64Array> } = { f32: gemmF32Js, f64: gemmF64Js };

/** The float32-accumulating matrix product in use. */
export function gemmF32(): Gemm<Float32Array> {
  return kernels.f32;
}

/** The float64 matrix product in use. */
export function gemmF64(): Gemm<Float64Array> {
  return kernels.f64;
}

/** Replace the kernels (e.g. with WebAssembly SIMD ones); returns the previous pair. */
export function setKernels(next: { f32: Gemm<Float32Array>; f64: Gemm<Float64Array> }): typeof kernels {
  const previous = kernels;
  kernels = next;
  return previous;
}
