/**
 * The optimizers of `train`, as PyTorch defines them (no weight decay):
 *   sgd       W ← W − lr·g
 *   momentum  v ← μ·v + g, W ← W − lr·v            (μ = 0.9, v₀ = 0)
 *   adam      m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², W ← W − lr·m̂/(√v̂ + ε),
 *             m̂ = m/(1−β₁ᵏ), v̂ = v/(1−β₂ᵏ), k = 1, 2, …  (β₁ 0.9, β₂ 0.999, ε 1e-8)
 * Each new value is computed in float64 from the stored operands and rounded
 * once to its storage (the master format: fp64 for fp64 runs, fp32 otherwise),
 * so the numpy reference can follow the same arithmetic exactly.
 */

import type { OptimizerName } from '../../types';

export const MOMENTUM = 0.9;
export const ADAM_BETA1 = 0.9;
export const ADAM_BETA2 = 0.999;
export const ADAM_EPSILON = 1e-8;

type Master = Float32Array | Float64Array;

/** How far one update moved a layer: Σ(ΔW)² and Σ W² before the update, in float64. */
export interface UpdateSize {
  readonly deltaSquares: number;
  readonly weightSquares: number;
}

/** One optimizer's state for one layer, and its update rule. */
export interface LayerOptimizer {
  /** Update `w` in place from the gradient `g` at update number `k` (1-based). */
  step(w: Master, g: Float32Array | Float64Array, lr: number, k: number): UpdateSize;
}

/** The state of `name` for a layer of `size` weights, stored like the master weights. */
export function makeLayerOptimizer(name: OptimizerName, size: number, wide: boolean): LayerOptimizer {
  const alloc = () => (wide ? new Float64Array(size) : new Float32Array(size));
  switch (name) {
    case 'sgd':
      return {
        step(w, g, lr) {
          let d2 = 0;
          let w2 = 0;
          for (let i = 0; i < w.length; i++) {
            const old = w[i]!;
            w[i] = old - lr * g[i]!;
            d2 += (w[i]! - old) ** 2;
            w2 += old * old;
          }
          return { deltaSquares: d2, weightSquares: w2 };
        },
      };
    case 'momentum': {
      const v = alloc();
      return {
        step(w, g, lr) {
          let d2 = 0;
          let w2 = 0;
          for (let i = 0; i < w.length; i++) {
            v[i] = MOMENTUM * v[i]! + g[i]!;
            const old = w[i]!;
            w[i] = old - lr * v[i]!;
            d2 += (w[i]! - old) ** 2;
            w2 += old * old;
          }
          return { deltaSquares: d2, weightSquares: w2 };
        },
      };
    }
    case 'adam': {
      const m = alloc();
      const v = alloc();
      return {
        step(w, g, lr, k) {
          const c1 = 1 - ADAM_BETA1 ** k;
          const c2 = 1 - ADAM_BETA2 ** k;
          let d2 = 0;
          let w2 = 0;
          for (let i = 0; i < w.length; i++) {
            const gi = g[i]!;
            m[i] = ADAM_BETA1 * m[i]! + (1 - ADAM_BETA1) * gi;
            v[i] = ADAM_BETA2 * v[i]! + (1 - ADAM_BETA2) * gi * gi;
            const old = w[i]!;
            w[i] = old - (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + ADAM_EPSILON);
            d2 += (w[i]! - old) ** 2;
            w2 += old * old;
          }
          return { deltaSquares: d2, weightSquares: w2 };
        },
      };
    }
  }
}

/** ‖ΔW‖_F/‖W‖_F; a zero layer that moved has ratio Infinity, one that did not has 0. */
export function updateRatio(size: UpdateSize): number {
  if (size.weightSquares === 0) return size.deltaSquares === 0 ? 0 : Infinity;
  return Math.sqrt(size.deltaSquares) / Math.sqrt(size.weightSquares);
}
