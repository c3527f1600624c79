import { isBlockDtype, type Dtype } from '../../types';
import { rounderFor } from '../dtype';
import { kernelMulF32, kernelReluF32, roundF32Array } from './index';
import type { NarrowFormat } from './roundHalf';

type Tensor = Float32Array | Float64Array;

/**
 * g ⊙= s for float32 tensors, each product rounded once to bf16/fp16/fp8 — the
 * same values as g[i] = roundToDtype(g[i]·s[i], format), faster.
 *
 * Why it is exact: the float64 product of two float32 values is exact (48
 * significant bits ≤ 53). When that product is also a float32 (always, for
 * bf16/fp16/fp8 operands, except past float32's range), storing it loses nothing
 * and the bulk rounding rounds it once. Otherwise (float32 underflow/overflow,
 * NaN, or wide float32 operands) the exact scalar routine rounds it directly,
 * and the bulk pass leaves that already-rounded value as it is. `gInFormat`: g
 * already holds values of the format (the kernels then skip the rounding when s is
 * all 0s and 1s, each product being g[i] or ±0).
 */
export function multiplyRoundInPlace(g: Float32Array, s: Float32Array, format: NarrowFormat, gInFormat = false): void {
  if (s.length < g.length) throw new RangeError(`multiplyRoundInPlace: s holds ${s.length} values, g ${g.length}`);
  // The kernels' fused product and rounding: the same steps where every float32 product is exact (false otherwise).
  if (g.length >= 64 && kernelMulF32()?.(g, s, { narrow: format, gInFormat })) return;
  const exact = rounderFor(format);
  for (let i = 0; i < g.length; i++) g[i] = float32OrRounded(g[i]! * s[i]!, exact);
  roundF32Array(g, format);
}

/**
 * x as a float32 when that is exact (a later bulk rounding of it gives exact(x)), else
 * exact(x), already in the narrow format, which the bulk rounding leaves as it is.
 */
function float32OrRounded(x: number, exact: (x: number) => number): number {
  const f = Math.fround(x);
  return f === x ? f : exact(x);
}

/**
 * The output gradient Gᴸ = round(round(Hᴸ − Y)·S/B) of the passes (mlp.ts, train/pass.ts),
 * each step rounded once to `dtype` (S the loss scale, 1 without). For bf16/fp16/fp8 the
 * same values through float32 and the bulk rounding, as multiplyRoundInPlace does.
 * A block-scaled dtype gets the float32 values; the caller then quantizes the rows.
 */
export function outputGradient(h: Tensor, target: Tensor, scale: number, batch: number, g: Tensor, dtype: Dtype): void {
  const exact = rounderFor(dtype);
  if (!(g instanceof Float32Array) || dtype === 'fp32' || isBlockDtype(dtype)) {
    // S·d/B in float64 is d/B exactly when S = 1: unscaled runs round as before.
    for (let i = 0; i < g.length; i++) g[i] = exact((exact(h[i]! - target[i]!) * scale) / batch);
    return;
  }
  const format = dtype as NarrowFormat;
  for (let i = 0; i < g.length; i++) g[i] = float32OrRounded(h[i]! - target[i]!, exact);
  roundF32Array(g, format);
  for (let i = 0; i < g.length; i++) g[i] = float32OrRounded((g[i]! * scale) / batch, exact);
  roundF32Array(g, format);
}

function multiplyF32(g: Float32Array, s: Float32Array): void {
  for (let i = 0; i < g.length; i++) g[i] = g[i]! * s[i]!; // the float32 store rounds once
}

function multiplyF64(g: Float64Array, s: Float64Array): void {
  for (let i = 0; i < g.length; i++) g[i] = g[i]! * s[i]!;
}

/**
 * g ⊙= s with each product rounded once to `dtype` (the storage is float64 for
 * fp64, float32 otherwise): the same values as g[i] = roundToDtype(g[i]·s[i], dtype).
 * A block-scaled dtype gets the float32 products; the caller then quantizes the rows.
 * `gInDtype` as multiplyRoundInPlace's `gInFormat`.
 */
export function multiplyInPlace(g: Float32Array | Float64Array, s: Float32Array | Float64Array, dtype: Dtype, gInDtype = false): void {
  if (s.length < g.length) throw new RangeError(`multiplyInPlace: s holds ${s.length} values, g ${g.length}`);
  if (dtype === 'fp64') multiplyF64(g as Float64Array, s as Float64Array);
  else if (dtype === 'fp32' || isBlockDtype(dtype)) {
    if (g.length >= 1024 && kernelMulF32()?.(g as Float32Array, s as Float32Array)) return;
    multiplyF32(g as Float32Array, s as Float32Array);
  }
  else multiplyRoundInPlace(g as Float32Array, s as Float32Array, dtype, gInDtype);
}

function reluValuesF32(z: Float32Array, out: Float32Array): void {
  // max(x, 0): x for x > 0, +0 for ±0 and x < 0, NaN for NaN — without a data-dependent branch.
  for (let i = 0; i < z.length; i++) out[i] = Math.max(z[i]!, 0);
}

function reluDerivF32(z: Float32Array, deriv: Float32Array): void {
  for (let i = 0; i < z.length; i++) {
    const x = z[i]!;
    const step = +(x > 0); // 1 or 0 from a comparison, no branch on the sign
    deriv[i] = x === x ? step : NaN; // NaN is rare: a well-predicted branch
  }
}

function reluValuesF64(z: Float64Array, out: Float64Array): void {
  // max(x, 0): x for x > 0, +0 for ±0 and x < 0, NaN for NaN — without a data-dependent branch.
  for (let i = 0; i < z.length; i++) out[i] = Math.max(z[i]!, 0);
}

function reluDerivF64(z: Float64Array, deriv: Float64Array): void {
  for (let i = 0; i < z.length; i++) {
    const x = z[i]!;
    const step = +(x > 0); // 1 or 0 from a comparison, no branch on the sign
    deriv[i] = x === x ? step : NaN; // NaN is rare: a well-predicted branch
  }
}

/**
 * ReLU and its derivative: the same values as activations.ts's applyActivation
 * for relu (NaN stays NaN, −0 → +0, ReLU′(0) = 0, ReLU′(NaN) = NaN), but with
 * one monomorphic, branch-free loop per storage type (the sign of a
 * pre-activation is a coin flip, so a branch on it mispredicts half the time).
 * `out` may be `z`: the derivative is taken first. No rounding is needed: every result is an input value, 0, 1 or NaN.
 */
export function reluForward<T extends Float32Array | Float64Array>(z: T, out: T, deriv: T | null): void {
  const wasm = z.length >= 1024 && z instanceof Float32Array ? kernelReluF32() : undefined;
  // The WebAssembly routine copies z in before writing, so out may be z; false: memory could not grow.
  if (wasm?.(z as Float32Array, out as Float32Array, deriv as Float32Array | null)) return;
  if (z instanceof Float32Array) {
    if (deriv) reluDerivF32(z, deriv as Float32Array);
    reluValuesF32(z, out as Float32Array);
  } else {
    if (deriv) reluDerivF64(z as Float64Array, deriv as Float64Array);
    reluValuesF64(z as Float64Array, out as Float64Array);
  }
}
