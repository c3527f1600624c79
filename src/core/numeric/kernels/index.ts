import type { Gemm } from './gemm';
import { gemmF32Js, gemmF64Js } from './gemmJs';
import { createWasmGemm } from './wasm/gemmWasm';

/** A float32 and a float64 matrix product, with a name for reports and benchmarks. */
export interface KernelPair {
  readonly name: string;
  readonly f32: Gemm<Float32Array>;
  readonly f64: Gemm<Float64Array>;
}

/** The plain TypeScript kernels: the fallback and the reference. */
export const JS_KERNELS: KernelPair = { name: 'typescript', f32: gemmF32Js, f64: gemmF64Js };

/**
 * The WebAssembly SIMD kernels, or undefined where WebAssembly (or its SIMD
 * extension) is missing. Instantiated once, synchronously, on first import.
 */
export const WASM_KERNELS: KernelPair | undefined = (() => {
  const w = createWasmGemm(JS_KERNELS);
  return w && { name: 'wasm-simd', f32: w.f32, f64: w.f64 };
})();

/**
 * The kernels the engine uses: WebAssembly SIMD when available, else plain
 * TypeScript. Both give bit-identical results (tests compare them).
 */
let kernels: KernelPair = WASM_KERNELS ?? JS_KERNELS;

/** The float32-accumulating matrix product in use. */
export function gemmF32(): Gemm<Float32Array> {
  return kernels.f32;
}

/** The float64 matrix product in use. */
export function gemmF64(): Gemm<Float64Array> {
  return kernels.f64;
}

/** Name of the kernels in use ('wasm-simd', 'typescript' or a caller's name). */
export function kernelName(): string {
  return kernels.name;
}

/** Replace the kernels (e.g. force the TypeScript ones); returns the previous pair. */
export function setKernels(next: { name?: string; f32: Gemm<Float32Array>; f64: Gemm<Float64Array> }): KernelPair {
  const previous = kernels;
  kernels = { name: next.name ?? 'custom', f32: next.f32, f64: next.f64 };
  return previous;
}
