import type { Gemm } from '../gemm';
import { checkGemmArgs } from '../checkArgs';
import type { BlockDtype } from '../../../types';
import { quantizeRows } from '../../blockFormats';
import { roundF32ArrayJs, type NarrowFormat } from '../roundHalf';
import { decodeBase64 } from './base64';
import { GEMM_WASM_BASE64 } from './gemmWasmBytes';
import { makeBlockQuantizers } from './blockScaleWasm';
import { makeNormalPairs, type NormalPairs } from './normalWasm';

/**
 * The WebAssembly SIMD kernels (gemm.wat, elementwise.wat, blockScale.wat) behind the Gemm contract. Each call
 * copies A and B into the module's linear memory (grown on demand and reused),
 * runs the blocked kernel and copies C out. Results are bit-identical to the
 * plain TypeScript reference (same accumulation order; see gemm.wat).
 */

/** The few WebAssembly JS-API members used here (the core's tsconfig has no DOM/Node types). */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports?: object) => { readonly exports: Record<string, unknown> };
}
type RoundExport = (p: number, count: number, format: number) => void;
type StatsExport = (p: number, count: number) => [number, number, number];
type ReluExport = (z: number, h: number, s: number, count: number) => void;
type MulExport = (g: number, s: number, count: number) => void;
type MulRoundExport = (g: number, s: number, count: number, format: number) => number;
type ZerosOnesExport = (p: number, count: number) => number;

/**
 * What an elementwise product does to its float32 results before they leave the module:
 * round each to bf16/fp16/fp8 (only where every float32 product is exact: see
 * mul_round_f32), or quantize rows of `rowLength` to a block-scaled dtype.
 */
export type ProductFinish = NarrowFinish | BlockFinish;
/**
 * Round the results to bf16/fp16/fp8. With `gInFormat` (g already holds values of the format)
 * and an s of only 0s and 1s (ReLU′), each product is g[i] or ±0, already in the format: the
 * rounding pass is skipped.
 */
export interface NarrowFinish {
  readonly narrow: NarrowFormat;
  readonly gInFormat?: boolean;
}
/** Quantize the results' rows of `rowLength` to a block-scaled dtype before they leave the module. */
export interface BlockFinish {
  readonly block: BlockDtype;
  readonly rowLength: number;
}
/**
 * What a product does to its float32 results before they leave the module: the
 * TypeScript routine on C (m×n, row-major) for the fallback, the WebAssembly one on
 * C where it lies (`rows` rows of `n` at byte `off`, `stride` floats apart).
 */
interface OutputRounding {
  readonly js: (c: Float32Array, n: number) => void;
  readonly wasm: (off: number, rows: number, n: number, stride: number) => void;
}

/** Sequential float64 sum of squares, count of ±Infinity/NaN, count of ±0. */
export interface RawStats {
  readonly sumSq: number;
  readonly nonfinite: number;
  readonly zeros: number;
}
type GemmExport = (
  transA: number, transB: number, m: number, n: number, k: number,
  a: number, b: number, c: number, packA: number, packB: number,
) => void;

/** The WebAssembly global, or undefined where the host has none. */
function wasmApi(): WasmApi | undefined {
  return (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
}

const PAGE = 65536;
const align64 = (x: number): number => Math.ceil(x / 64) * 64;
const roundUp = (x: number, to: number): number => Math.ceil(x / to) * to;

/** The pair of WebAssembly kernels, with the memory they share. */
export interface WasmGemm {
  readonly f32: Gemm<Float32Array>;
  readonly f64: Gemm<Float64Array>;
  /** The float32 product with every result then rounded once to bf16/fp16/fp8 (fused: one pass, in WebAssembly). */
  readonly f32Rounded: (format: NarrowFormat) => Gemm<Float32Array>;
  /** The float32 product with C's rows then quantized to a block-scaled dtype (fused: in WebAssembly, before C is copied out). */
  readonly f32Blocked: (dtype: BlockDtype) => Gemm<Float32Array>;
  /** Quantize float32 rows of `rowLength` in place to a block-scaled dtype (same values as blockFormats.ts's quantizeRows). */
  readonly quantizeRows: (values: Float32Array, rowLength: number, dtype: BlockDtype) => void;
  /** Round a float32 array in place to bf16/fp16/fp8 (WebAssembly SIMD; same values as roundF32ArrayJs). */
  readonly roundF32: (arr: Float32Array, format: NarrowFormat) => void;
  /** Sum of squares (sequential, float64), non-finite and zero counts; undefined if memory cannot grow. */
  readonly stats: (values: Float32Array | Float64Array) => RawStats | undefined;
  /**
   * h = ReLU(z) and, unless null, s = ReLU′(z), for float32 tensors, then each quantized as
   * `finish` says if given; false (nothing done) if memory cannot grow or the rows do not fit.
   */
  readonly reluF32: (z: Float32Array, h: Float32Array, s: Float32Array | null, finish?: BlockFinish) => boolean;
  /**
   * g ⊙= s in float32 (each product rounded once to float32), then `finish` if given; false
   * (g untouched) if memory cannot grow, the rows do not fit, or a narrow product is not exact.
   */
  readonly mulF32: (g: Float32Array, s: Float32Array, finish?: ProductFinish) => boolean;
  /** Seeded polar-method normals (normal.wat), the same numbers as Rng.fillNormal's own loop. */
  readonly normalPairs: NormalPairs;
  /** Bytes of linear memory currently reserved. */
  memoryBytes(): number;
}

/**
 * Instantiate the embedded module synchronously; undefined when WebAssembly or
 * its SIMD extension is unavailable. `fallback` handles products too small to be
 * worth the copies (fewer than `minWork` multiply-adds) or too large for memory.
 */
export function createWasmGemm(
  fallback: { f32: Gemm<Float32Array>; f64: Gemm<Float64Array> },
  minWork = 512,
): WasmGemm | undefined {
  const api = wasmApi();
  if (!api) return undefined;
  let exports: Record<string, unknown>;
  try {
    exports = new api.Instance(new api.Module(decodeBase64(GEMM_WASM_BASE64))).exports;
  } catch {
    return undefined; // no SIMD (old engine) or WebAssembly disabled by policy
  }
  const memory = exports.memory as WasmMemory;
  const KC = (exports.KC as { value: number }).value;
  const MC = (exports.MC as { value: number }).value;
  const roundExport = exports.round_f32 as RoundExport;
  const FORMAT_CODE: Record<NarrowFormat, number> = { bf16: 1, fp16: 2, 'fp8-e4m3': 3, 'fp8-e5m2': 4 };

  // memory.buffer is a slow getter (a few percent of a training run's time); the buffer
  // changes only when memory grows, and only reserve() grows it (the module never does).
  let buffer = memory.buffer;
  const heap = { get buffer(): ArrayBuffer { return buffer; } };

  /** Grow memory to at least `bytes`; false if the engine refuses. */
  function reserve(bytes: number): boolean {
    const have = buffer.byteLength;
    if (bytes <= have) return true;
    try {
      // Grow by at least half again, so a sequence of slightly larger calls does not grow every time.
      memory.grow(Math.ceil(Math.max(bytes - have, have / 2) / PAGE));
      buffer = memory.buffer;
      return true;
    } catch {
      return false;
    }
  }

  function make<T extends Float32Array | Float64Array>(
    ctor: { new (buffer: ArrayBuffer, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
    nr: number,
    run: GemmExport,
    slow: Gemm<T>,
    rounding?: OutputRounding,
  ): Gemm<T> {
    const slowRounded: Gemm<T> = rounding
      ? (tA, tB, m, n, k, a, b, c) => {
          slow(tA, tB, m, n, k, a, b, c);
          rounding.js((c as Float32Array).subarray(0, m * n), n);
        }
      : slow;
    const es = ctor.BYTES_PER_ELEMENT;
    return (transA, transB, m, n, k, a, b, c) => {
      checkGemmArgs(m, n, k, a, b, c);
      if (m === 0 || n === 0) return;
      if (k === 0) {
        c.fill(0, 0, m * n);
        return;
      }
      if (m * n * k < minWork) return slowRounded(transA, transB, m, n, k, a, b, c);
      const npad = roundUp(n, nr);
      const m4 = roundUp(m, 4);
      const kc = Math.min(KC, k);
      const offA = 0;
      const offB = align64(offA + m * k * es);
      const offPackB = align64(offB + k * n * es);
      const offPackA = align64(offPackB + kc * npad * es);
      const offC = align64(offPackA + Math.min(MC, m4) * kc * es);
      // 16 bytes past C: blockScale.wat reads whole vectors past a row's last block.
      const end = offC + m4 * npad * es + 16;
      if (end > 2 ** 31 || !reserve(end)) return slowRounded(transA, transB, m, n, k, a, b, c);
      const buf = buffer;
      new ctor(buf, offA, m * k).set(a.length === m * k ? a : a.subarray(0, m * k));
      new ctor(buf, offB, k * n).set(b.length === k * n ? b : b.subarray(0, k * n));
      run(transA ? 1 : 0, transB ? 1 : 0, m, n, k, offA, offB, offC, offPackA, offPackB);
      rounding?.wasm(offC, m, n, npad);
      const out = new ctor(buf, offC, m4 * npad);
      if (npad === n) {
        c.set(out.subarray(0, m * n));
      } else {
        for (let i = 0; i < m; i++) c.set(out.subarray(i * npad, i * npad + n), i * n);
      }
    };
  }

  const blockQuantizers = makeBlockQuantizers(exports, heap, reserve);

  const gemmF32 = exports.gemm_f32 as GemmExport;
  const narrow = (format: NarrowFormat): Gemm<Float32Array> =>
    make<Float32Array>(Float32Array, 8, gemmF32, fallback.f32, {
      js: (c) => roundF32ArrayJs(c, format),
      // Padded rows included: the whole region is a multiple of 4 values (npad is a multiple of 8).
      wasm: (off, rows, _n, stride) => roundExport(off, roundUp(rows, 4) * stride, FORMAT_CODE[format]),
    });
  const rounded: Record<NarrowFormat, Gemm<Float32Array>> = {
    bf16: narrow('bf16'),
    fp16: narrow('fp16'),
    'fp8-e4m3': narrow('fp8-e4m3'),
    'fp8-e5m2': narrow('fp8-e5m2'),
  };
  const blocked = new Map<BlockDtype, Gemm<Float32Array>>();
  function f32Blocked(dtype: BlockDtype): Gemm<Float32Array> {
    let g = blocked.get(dtype);
    if (!g) {
      g = make<Float32Array>(Float32Array, 8, gemmF32, fallback.f32, {
        js: (c, n) => quantizeRows(c, n, dtype),
        wasm: (off, rows, n, stride) => blockQuantizers.inMemory(off, rows, n, stride, dtype),
      });
      blocked.set(dtype, g);
    }
    return g;
  }

  function roundF32(arr: Float32Array, format: NarrowFormat): void {
    const n = arr.length;
    // Short arrays are not worth the two copies.
    if (n < 64 || !reserve(Math.ceil(n / 4) * 16)) return roundF32ArrayJs(arr, format);
    const view = new Float32Array(buffer, 0, Math.ceil(n / 4) * 4);
    view.set(arr);
    roundExport(0, view.length, FORMAT_CODE[format]);
    arr.set(view.subarray(0, n));
  }

  const statsF32 = exports.stats_f32 as StatsExport;
  const statsF64 = exports.stats_f64 as StatsExport;
  function stats(values: Float32Array | Float64Array): RawStats | undefined {
    if (!reserve(values.length * values.BYTES_PER_ELEMENT)) return undefined;
    const f32 = values instanceof Float32Array;
    (f32 ? new Float32Array(buffer, 0, values.length) : new Float64Array(buffer, 0, values.length)).set(values);
    const [sumSq, nonfinite, zeros] = (f32 ? statsF32 : statsF64)(0, values.length);
    return { sumSq, nonfinite, zeros };
  }

  const reluExport = exports.relu_f32 as ReluExport;
  function reluF32(z: Float32Array, h: Float32Array, s: Float32Array | null, finish?: BlockFinish): boolean {
    const n = z.length;
    const count = Math.ceil(n / 4) * 4;
    const region = align64(count * 4); // each of z, h, s, padded to whole vectors
    if (finish && (n % finish.rowLength !== 0 || count !== n)) return false;
    if (!reserve(3 * region + 16)) return false; // quantizing reads 16 bytes past s's last row
    const buf = buffer;
    new Float32Array(buf, 0, n).set(z);
    reluExport(0, region, s ? 2 * region : 0, count);
    if (finish) {
      const rows = n / finish.rowLength;
      blockQuantizers.inMemory(region, rows, finish.rowLength, finish.rowLength, finish.block);
      if (s && !blockQuantizers.keepsInMemory(2 * region, n, finish.block)) {
        blockQuantizers.inMemory(2 * region, rows, finish.rowLength, finish.rowLength, finish.block);
      }
    }
    h.set(new Float32Array(buf, region, n));
    if (s) s.set(new Float32Array(buf, 2 * region, n));
    return true;
  }

  const mulExport = exports.mul_f32 as MulExport;
  const mulRoundExport = exports.mul_round_f32 as MulRoundExport;
  const zerosOnesExport = exports.zeros_ones_f32 as ZerosOnesExport;
  function mulF32(g: Float32Array, s: Float32Array, finish?: ProductFinish): boolean {
    const n = g.length;
    const count = Math.ceil(n / 4) * 4;
    const region = align64(count * 4);
    if (finish && 'block' in finish && n % finish.rowLength !== 0) return false;
    if (!reserve(2 * region)) return false;
    const buf = buffer;
    new Float32Array(buf, 0, n).set(g);
    new Float32Array(buf, region, n).set(s.length === n ? s : s.subarray(0, n));
    if (count > n) {
      // Zeros in the padding lanes: their products are exact and stay there.
      new Float32Array(buf, n * 4, count - n).fill(0);
      new Float32Array(buf, region + n * 4, count - n).fill(0);
    }
    if (finish && 'narrow' in finish) {
      if (finish.gInFormat && zerosOnesExport(region, count)) mulExport(0, region, count);
      else if (!mulRoundExport(0, region, count, FORMAT_CODE[finish.narrow])) return false;
    } else {
      mulExport(0, region, count);
      if (finish) blockQuantizers.inMemory(0, n / finish.rowLength, finish.rowLength, finish.rowLength, finish.block);
    }
    g.set(new Float32Array(buf, 0, n));
    return true;
  }

  return {
    f32: make<Float32Array>(Float32Array, 8, gemmF32, fallback.f32),
    f64: make<Float64Array>(Float64Array, 4, exports.gemm_f64 as GemmExport, fallback.f64),
    f32Rounded: (format) => rounded[format],
    f32Blocked,
    quantizeRows: blockQuantizers.rows,
    roundF32,
    stats,
    reluF32,
    mulF32,
    normalPairs: makeNormalPairs(exports.normal_pairs as Parameters<typeof makeNormalPairs>[0], heap, reserve),
    memoryBytes: () => buffer.byteLength,
  };
}
