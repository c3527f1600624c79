import type { ExperimentSpec, LayerStats } from '../types';
import { applyActivation } from './activations';
import { allocTensor, rounderFor } from './dtype';
import { matmul, multiplyRoundRows, roundRows } from './dtypeOps';
import { outputGradient } from './kernels/elementwise';
import { tensorNorm, tensorStats } from './kernels/tensorStats';
import { buildMlpNetwork, type MlpNetwork } from './mlpSetup';
import { hasLayerRemedy, LayerRemedies } from './remedies/layers';

/**
 * Forward and backward pass of the `mlp` experiment (docs/spec.md §1.3):
 * H⁰ = X, Zᵗ = Hᵗ⁻¹(Wᵗ)ᵀ (+ bᵗ), Hᵗ = σ(Zᵗ); ℓ = 1/(2B)·Σ‖Hᴸ − Y‖² or ΣHᴸ.
 * Backward: Gᴸ = ∂ℓ/∂Hᴸ = (Hᴸ − Y)/B (mse) or 1 (sum); for t = L..1:
 * Dᵗ = Gᵗ ⊙ σ′(Zᵗ), ∂ℓ/∂Wᵗ = (Dᵗ)ᵀHᵗ⁻¹, Gᵗ⁻¹ = DᵗWᵗ.
 * With `norm` and `residual`, remedies/layers.ts adds N = norm(Zᵗ) before σ
 * and the skip Hᵗ = Hᵗ⁻¹ + σ(N), and their terms in the backward pass.
 *
 * Every tensor is rounded to the dtype after each operation: products through
 * the fp32-accumulating kernel (fp64 kernel for fp64) and rounded once; the
 * elementwise steps (bias add, H − Y, ÷B, ⊙σ′) computed in float64 and rounded
 * once; σ and σ′ rounded once each. The run is a generator that yields its
 * progress after every layer of the forward and of the backward pass, so that
 * one code path serves both the synchronous and the cancellable async runner.
 */

type Tensor = Float32Array | Float64Array;

/** Number of yields of mlpSteps for a network of this depth (forward + backward layers). */
export function mlpStepCount(depth: number): number {
  return 2 * depth;
}

/** Optional inputs and observers of an MLP run. */
export interface MlpOptions {
  /** Use this network instead of building one from the spec. */
  readonly network?: MlpNetwork;
  /** Sees ∂ℓ/∂Wᵗ (widths[t] × widths[t-1], row-major) before its buffer is reused; for tests. */
  readonly onWeightGradient?: (layer: number, gradient: Float32Array | Float64Array) => void;
}

/** The remedies of a spec for this network, or null when it asks for none. */
function remediesFor(spec: ExperimentSpec, net: MlpNetwork): LayerRemedies | null {
  return hasLayerRemedy(spec) ? new LayerRemedies(spec, spec.dtype, net.batch, net.widths, () => true) : null;
}

/** Forward pass of the network: the rounded Hᵗ for t = 0..L (σ′ not kept). */
function forwardOnly(spec: ExperimentSpec, net: MlpNetwork): Tensor[] {
  const { dtype } = spec;
  const round = rounderFor(dtype);
  const remedies = remediesFor(spec, net);
  const h: Tensor[] = [net.input];
  for (let t = 1; t < net.widths.length; t++) {
    const out = net.widths[t]!;
    const zt = allocTensor(dtype, net.batch * out);
    matmul(dtype, false, true, net.batch, out, net.widths[t - 1]!, h[t - 1]!, net.weights[t - 1]!, zt);
    const b = net.biases?.[t - 1];
    if (b) for (let i = 0; i < zt.length; i++) zt[i] = round(zt[i]! + b[i % out]!);
    if (b) roundRows(zt, out, dtype);
    applyActivation(spec.activation, dtype, remedies ? remedies.normalize(t, zt) : zt, zt, null);
    remedies?.addSkip(zt, h[t - 1]!);
    roundRows(zt, out, dtype);
    h.push(zt);
  }
  return h;
}

/** The loss ℓ of the network in float64 from the stored Hᴸ (for finite-difference checks). */
export function mlpLoss(spec: ExperimentSpec, net: MlpNetwork): number {
  const h = forwardOnly(spec, net);
  const hl = h[h.length - 1]!;
  let sum = 0;
  if (spec.loss === 'sum') {
    for (let i = 0; i < hl.length; i++) sum += hl[i]!;
    return sum;
  }
  for (let i = 0; i < hl.length; i++) sum += (hl[i]! - net.target[i]!) ** 2;
  return sum / (2 * net.batch);
}

/** Run the MLP, yielding the fraction done after each layer; returns per-layer statistics. */
export function* mlpSteps(spec: ExperimentSpec, options: MlpOptions = {}): Generator<number, LayerStats[], void> {
  const net = options.network ?? buildMlpNetwork(spec);
  const { dtype } = spec;
  const { widths, batch: B, weights, biases } = net;
  const depth = widths.length - 1;
  const total = mlpStepCount(depth);
  const round = rounderFor(dtype);
  const maxWidth = widths.reduce((a, b) => Math.max(a, b), 0);
  const remedies = remediesFor(spec, net);

  // Forward: keep every Hᵗ and σ′(Zᵗ) for the backward pass.
  const h: Tensor[] = [net.input];
  const deriv: Tensor[] = [allocTensor(dtype, 0)];
  const z = allocTensor(dtype, B * maxWidth);
  const act = new Array<number>(depth + 1).fill(0);
  for (let t = 1; t <= depth; t++) {
    const out = widths[t]!;
    const zt = z.subarray(0, B * out);
    matmul(dtype, false, true, B, out, widths[t - 1]!, h[t - 1]!, weights[t - 1]!, zt);
    if (biases) {
      const b = biases[t - 1]!;
      for (let r = 0; r < B; r++) for (let j = 0; j < out; j++) zt[r * out + j] = round(zt[r * out + j]! + b[j]!);
      roundRows(zt, out, dtype);
    }
    const ht = allocTensor(dtype, B * out);
    const st = allocTensor(dtype, B * out);
    // ReLU, the common case, goes to its branch-free kernel through its table entry.
    applyActivation(spec.activation, dtype, remedies ? remedies.normalize(t, zt) : zt, ht, st);
    remedies?.addSkip(ht, h[t - 1]!);
    roundRows(ht, out, dtype);
    roundRows(st, out, dtype);
    h.push(ht);
    deriv.push(st);
    act[t] = tensorNorm(ht);
    yield t / total;
  }

  // Gᴸ = ∂ℓ/∂Hᴸ.
  const outWidth = widths[depth]!;
  // Two full-size buffers used in turn for Gᵗ and Gᵗ⁻¹; g is a view of the current one.
  let current = allocTensor(dtype, B * maxWidth);
  let spare = allocTensor(dtype, B * maxWidth);
  let g = current.subarray(0, B * outWidth);
  const hl = h[depth]!;
  if (spec.loss === 'sum') g.fill(1);
  else outputGradient(hl, net.target, 1, B, g, dtype);
  roundRows(g, outWidth, dtype);

  const dW = allocTensor(dtype, maxWidth * maxWidth);
  const stats = new Array<LayerStats>(depth);
  for (let t = depth; t >= 1; t--) {
    const out = widths[t]!;
    const inp = widths[t - 1]!;
    const gradH = tensorNorm(g);
    // Dᵗ = Gᵗ ⊙ σ′(Zᵗ), in place: Gᵗ itself is no longer needed.
    const st = deriv[t]!;
    remedies?.keepGradient(g);
    // Without remedies g is here a product or Gᴸ, rounded to the dtype.
    multiplyRoundRows(g, st, out, dtype, !remedies);
    if (remedies) {
      remedies.denormalize(t, g);
      roundRows(g, out, dtype);
    }
    const dWt = dW.subarray(0, out * inp);
    matmul(dtype, true, false, out, inp, B, g, h[t - 1]!, dWt);
    options.onWeightGradient?.(t, dWt);
    // Norm, non-finite and zero counts in one pass (same bits as norms.ts).
    const w = tensorStats(dWt);
    stats[t - 1] = { layer: t, gradW: w.norm, gradH, act: act[t]!, nonfinite: w.nonfinite, zeros: w.zeros };
    if (t > 1) {
      const next = spare.subarray(0, B * inp);
      matmul(dtype, false, false, B, inp, out, g, weights[t - 1]!, next);
      remedies?.addSkipGradient(next);
      [current, spare] = [spare, current];
      g = next;
    }
    // Release what the rest of the backward pass no longer reads.
    h[t] = deriv[t] = deriv[0]!;
    yield (2 * depth - t + 1) / total;
  }
  return stats;
}

/** Run the MLP to completion synchronously (tests and small runs). */
export function runMlp(spec: ExperimentSpec, options: MlpOptions = {}): LayerStats[] {
  const steps = mlpSteps(spec, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
