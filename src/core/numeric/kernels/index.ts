import type { BlockDtype } from '../../types';
import { quantizeRows } from '../blockFormats';
import type { Gemm } from './gemm';
import { gemmF32Js, gemmF64Js } from './gemmJs';
import { roundF32ArrayJs, type NarrowFormat } from './roundHalf';
import { createWasmGemm, type BlockFinish, type ProductFinish, type RawStats } from './wasm/gemmWasm';
import type { NormalPairs } from './wasm/normalWasm';

export type { Gemm } from './gemm';
export type { NarrowFormat } from './roundHalf';
export type { NormalPairs } from './wasm/normalWasm';
export type { BlockFinish, ProductFinish } from './wasm/gemmWasm';

/** A float32 and a float64 matrix product, with a name for reports and benchmarks. */
export interface KernelPair {
  readonly name: string;
  readonly f32: Gemm<Float32Array>;
  readonly f64: Gemm<Float64Array>;
  /** f32 followed by rounding every result to bf16/fp16/fp8, fused; absent: compose f32 and roundF32. */
  readonly f32Rounded?: (format: NarrowFormat) => Gemm<Float32Array>;
  /** f32 followed by quantizing C's rows to a block-scaled dtype, fused; absent: compose f32 and quantizeRows. */
  readonly f32Blocked?: (dtype: BlockDtype) => Gemm<Float32Array>;
  /** In-place quantization of float32 rows to a block-scaled dtype; absent: blockFormats.ts's quantizeRows. */
  readonly quantizeRows?: (values: Float32Array, rowLength: number, dtype: BlockDtype) => void;
  /** In-place rounding of a float32 array to bf16/fp16/fp8; absent: the TypeScript routine. */
  readonly roundF32?: (arr: Float32Array, format: NarrowFormat) => void;
  /** Sequential float64 sum of squares and non-finite/zero counts; absent: tensorStats' own loops. */
  readonly stats?: (values: Float32Array | Float64Array) => RawStats | undefined;
  /** h = ReLU(z), s = ReLU′(z) for float32 tensors, then quantized as `finish` says (false: nothing done); absent: elementwise.ts's own loops. */
  readonly reluF32?: (z: Float32Array, h: Float32Array, s: Float32Array | null, finish?: BlockFinish) => boolean;
  /** g ⊙= s in float32, then rounded or quantized as `finish` says (false: nothing done); absent: elementwise.ts's own loops. */
  readonly mulF32?: (g: Float32Array, s: Float32Array, finish?: ProductFinish) => boolean;
  /** Seeded polar-method normal pairs (Rng.fillNormal's numbers); absent: rng.ts's own loop. */
  readonly normalPairs?: NormalPairs;
}

/** The plain TypeScript kernels: the fallback and the reference. */
export const JS_KERNELS: KernelPair = { name: 'typescript', f32: gemmF32Js, f64: gemmF64Js };

/**
 * The WebAssembly SIMD kernels, or undefined where WebAssembly (or its SIMD
 * extension) is missing. Instantiated once, synchronously, on first import.
 */
export const WASM_KERNELS: KernelPair | undefined = (() => {
  const w = createWasmGemm(JS_KERNELS);
  return w && { name: 'wasm-simd', f32: w.f32, f64: w.f64, f32Rounded: w.f32Rounded, f32Blocked: w.f32Blocked, quantizeRows: w.quantizeRows, roundF32: w.roundF32, stats: w.stats, reluF32: w.reluF32, mulF32: w.mulF32, normalPairs: w.normalPairs };
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

/**
 * The float32 product with every result rounded once to bf16/fp16/fp8 — the same
 * values as gemmF32() followed by rounding the output, in one fused pass where
 * the kernels provide it (the engine's bf16/fp16/fp8 matmul).
 */
export function gemmF32Rounded(format: NarrowFormat): Gemm<Float32Array> {
  const k = kernels;
  if (k.f32Rounded) return k.f32Rounded(format);
  const round = k.roundF32 ?? roundF32ArrayJs;
  return (transA, transB, m, n, kk, a, b, c) => {
    k.f32(transA, transB, m, n, kk, a, b, c);
    round(c.subarray(0, m * n), format);
  };
}

/**
 * The float32 product with C's rows then quantized to a block-scaled dtype — the same
 * values as gemmF32() followed by quantizeRows, fused where the kernels provide it.
 */
export function gemmF32Blocked(dtype: BlockDtype): Gemm<Float32Array> {
  const k = kernels;
  if (k.f32Blocked) return k.f32Blocked(dtype);
  return (transA, transB, m, n, kk, a, b, c) => {
    k.f32(transA, transB, m, n, kk, a, b, c);
    quantizeBlockRows(c.subarray(0, m * n), n, dtype);
  };
}

/** Quantize float32 rows of `rowLength` in place to a block-scaled dtype (blockFormats.ts's values, in the kernels in use). */
export function quantizeBlockRows(values: Float32Array, rowLength: number, dtype: BlockDtype): void {
  (kernels.quantizeRows ?? quantizeRows)(values, rowLength, dtype);
}

/** Round a float32 array (already float32 values) in place to bf16/fp16/fp8, once, ties to even. */
export function roundF32Array(arr: Float32Array, format: NarrowFormat): void {
  (kernels.roundF32 ?? roundF32ArrayJs)(arr, format);
}

/** The kernels' tensor-statistics routine, if they have one (tensorStats.ts uses it for large tensors). */
export function kernelStats(): ((values: Float32Array | Float64Array) => RawStats | undefined) | undefined {
  return kernels.stats;
}

/** The kernels' float32 ReLU routine, if they have one (elementwise.ts uses it for large tensors). */
export function kernelReluF32(): ((z: Float32Array, h: Float32Array, s: Float32Array | null, finish?: BlockFinish) => boolean) | undefined {
  return kernels.reluF32;
}

/** The kernels' float32 elementwise product, if they have one (elementwise.ts uses it for large tensors). */
export function kernelMulF32(): ((g: Float32Array, s: Float32Array, finish?: ProductFinish) => boolean) | undefined {
  return kernels.mulF32;
}

/** The kernels' seeded normal-pair generator, if they have one (rng.ts uses it for long fills). */
export function kernelNormalPairs(): NormalPairs | undefined {
  return kernels.normalPairs;
}

/** Name of the kernels in use ('wasm-simd', 'typescript' or a caller's name). */
export function kernelName(): string {
  return kernels.name;
}

/** Replace the kernels (e.g. force the TypeScript ones); returns the previous pair. */
export function setKernels(next: Omit<KernelPair, 'name'> & { readonly name?: string }): KernelPair {
  const previous = kernels;
  kernels = { ...next, name: next.name ?? 'custom' };
  return previous;
}
