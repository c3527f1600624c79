/**
 * The optimizers of `train`, as PyTorch defines them (no weight decay):
 *   sgd       W ← W − lr·g
 *   momentum  v ← μ·v + g, W ← W − lr·v            (v₀ = 0)
 *   adam      m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², W ← W − lr·m̂/(√v̂ + ε),
 *             m̂ = m/(1−β₁ᵏ), v̂ = v/(1−β₂ᵏ), k = 1, 2, …
 * μ, β₁, β₂ and ε come from the block (keys momentum, beta1, beta2, eps; their
 * defaults, PyTorch's, are in the key table).
 * Each new value is computed in float64 from the stored operands and rounded
 * once to its storage (the master format: fp64 for fp64 runs, fp32 otherwise),
 * so the numpy reference can follow the same arithmetic exactly.
 */

import type { ExperimentSpec, OptimizerName } from '../../types';

/** The optimizers' coefficients, as the block gives them. */
export type Coefficients = Pick<ExperimentSpec, 'momentum' | 'beta1' | 'beta2' | 'eps'>;

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
export function makeLayerOptimizer(name: OptimizerName, size: number, wide: boolean, c: Coefficients): LayerOptimizer {
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
      const mu = c.momentum;
      return {
        step(w, g, lr) {
          let d2 = 0;
          let w2 = 0;
          for (let i = 0; i < w.length; i++) {
            v[i] = mu * v[i]! + g[i]!;
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
      const { beta1, beta2, eps } = c;
      return {
        step(w, g, lr, k) {
          const c1 = 1 - beta1 ** k;
          const c2 = 1 - beta2 ** k;
          let d2 = 0;
          let w2 = 0;
          for (let i = 0; i < w.length; i++) {
            const gi = g[i]!;
            m[i] = beta1 * m[i]! + (1 - beta1) * gi;
            v[i] = beta2 * v[i]! + (1 - beta2) * gi * gi;
            const old = w[i]!;
            w[i] = old - (lr * (m[i]! / c1)) / (Math.sqrt(v[i]! / c2) + eps);
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
