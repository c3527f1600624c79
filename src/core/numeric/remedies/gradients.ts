import type { Clip } from '../../types';

/**
 * The gradient remedies of `train`, applied between the backward pass and the
 * update (docs/spec.md, "Remedies"):
 *  - loss scaling: the pass's gradients carry a factor S; they are divided by
 *    S in fp32 (fp64 is refused: it has nothing to rescue), each quotient
 *    rounded once to the master format;
 *  - dynamic loss scaling (PyTorch's GradScaler): S₀ = 2¹⁶; a step whose
 *    unscaled gradients hold ±∞ or NaN is skipped and halves S; 2000 clean
 *    steps in a row double it;
 *  - clipping (after unscaling): {norm: c} is PyTorch's clip_grad_norm_ — one
 *    total norm over every layer's gradient, in float64 from the stored values,
 *    and when it exceeds c every gradient is multiplied by c/(total + 1e-6);
 *    {value: c} clamps each element to [−c, c]. Each result is rounded once
 *    to the master format.
 */

type Master = Float32Array | Float64Array;

export const INITIAL_DYNAMIC_SCALE = 2 ** 16;
export const SCALE_GROWTH_INTERVAL = 2000;
export const SCALE_BACKOFF = 0.5;
export const SCALE_GROWTH = 2;
export const CLIP_EPSILON = 1e-6;

/** PyTorch's GradScaler state: the scale and the count of clean steps since it last changed. */
export class DynamicScaler {
  scale = INITIAL_DYNAMIC_SCALE;
  private clean = 0;

  /** After a step: halve on non-finite gradients, double after SCALE_GROWTH_INTERVAL clean steps. */
  update(finite: boolean): void {
    if (!finite) {
      // Kept in fp32 as GradScaler keeps it; products of powers of two are exact until fp32's range ends.
      this.scale = Math.fround(this.scale * SCALE_BACKOFF);
      this.clean = 0;
      return;
    }
    this.clean++;
    if (this.clean === SCALE_GROWTH_INTERVAL) {
      this.scale = Math.fround(this.scale * SCALE_GROWTH);
      this.clean = 0;
    }
  }
}

/**
 * out[t] = g[t] / scale, each quotient rounded once to the master format
 * (`wide`: fp64, else fp32); returns whether every value is finite.
 */
export function unscaleInto(gradients: readonly Master[], out: readonly Master[], scale: number, wide: boolean): boolean {
  const round = wide ? (x: number) => x : Math.fround;
  let finite = true;
  for (let t = 0; t < gradients.length; t++) {
    const g = gradients[t]!;
    const o = out[t]!;
    for (let i = 0; i < g.length; i++) {
      const v = round(g[i]! / scale);
      o[i] = v;
      // v − v is 0 for finite v and NaN for ±∞ and NaN: one test for both.
      if (v - v !== 0) finite = false;
    }
  }
  return finite;
}

/** Clips the gradients in place; returns whether any value changed. */
export function clipGradients(gradients: readonly Master[], clip: Clip, wide: boolean): boolean {
  const round = wide ? (x: number) => x : Math.fround;
  const c = clip.limit;
  if (clip.kind === 'value') {
    const high = round(c);
    let changed = false;
    for (const g of gradients) {
      for (let i = 0; i < g.length; i++) {
        const v = g[i]!;
        if (v > c) (g[i] = high), (changed = true);
        else if (v < -c) (g[i] = -high), (changed = true);
      }
    }
    return changed;
  }
  let squares = 0;
  for (const g of gradients) for (let i = 0; i < g.length; i++) squares += g[i]! * g[i]!;
  const total = Math.sqrt(squares);
  // NaN > c is false: a NaN total leaves the NaN gradients to diverge the run, as in PyTorch.
  if (!(total > c)) return false;
  const factor = c / (total + CLIP_EPSILON);
  for (const g of gradients) for (let i = 0; i < g.length; i++) g[i] = round(g[i]! * factor);
  return true;
}
