import type { Activation, Dtype, Head } from '../../types';
import { allocTensor } from '../dtype';
import { activateRoundRows, matmul, multiplyRoundRows, roundRows } from '../dtypeOps';
import { outputGradient } from '../kernels/elementwise';
import { hasLayerRemedy, LayerRemedies, type RemedyChoice } from '../remedies/layers';

/**
 * One forward and backward pass of a training step (docs/spec.md, "train"):
 * the mlp's pass, rows are samples, every tensor rounded to the dtype after
 * each operation, except that with `head: linear` the last layer applies no σ
 * (Hᴸ = Zᴸ, Dᴸ = Gᴸ) and is not normalized. Buffers are allocated once and
 * reused every step. With loss scaling the backward pass starts from
 * Gᴸ = round(round(Hᴸ − Y)·S/B), one rounding of the scaled gradient.
 */

type Tensor = Float32Array | Float64Array;

/** The loss 1/(2B)·Σ‖Hᴸ − Y‖² in float64 from the stored values. */
export function mseLoss(output: Tensor, target: Tensor, batch: number): number {
  let sum = 0;
  for (let i = 0; i < output.length; i++) sum += (output[i]! - target[i]!) ** 2;
  return sum / (2 * batch);
}

/** Reusable buffers for the training passes of one network shape. */
export class TrainPass {
  /** gradients[t-1] = ∂ℓ/∂Wᵗ (widths[t] × widths[t-1], row-major), valid after a pass with a finite loss. */
  readonly gradients: Tensor[];
  private readonly h: Tensor[];
  private readonly deriv: Tensor[];
  private readonly gA: Tensor;
  private readonly gB: Tensor;
  private readonly remedies: LayerRemedies | null;

  constructor(
    private readonly widths: readonly number[],
    private readonly batch: number,
    private readonly dtype: Dtype,
    private readonly activation: Activation,
    private readonly head: Head,
    remedies: RemedyChoice = { residual: false, norm: 'none' },
  ) {
    const depth = widths.length - 1;
    const widest = widths.reduce((a, b) => Math.max(a, b), 0);
    this.h = [allocTensor(dtype, 0)];
    this.deriv = [allocTensor(dtype, 0)];
    this.gradients = [];
    for (let t = 1; t <= depth; t++) {
      this.h.push(allocTensor(dtype, batch * widths[t]!));
      this.deriv.push(allocTensor(dtype, batch * widths[t]!));
      this.gradients.push(allocTensor(dtype, widths[t]! * widths[t - 1]!));
    }
    this.gA = allocTensor(dtype, batch * widest);
    this.gB = allocTensor(dtype, batch * widest);
    this.remedies = hasLayerRemedy(remedies) ? new LayerRemedies(remedies, dtype, batch, widths, (t) => this.applies(t)) : null;
  }

  /** Whether layer t applies σ (and its normalization): every layer but a linear head. */
  private applies(t: number): boolean {
    return t < this.widths.length - 1 || this.head === 'activation';
  }

  /**
   * Forward pass with `weights` (already in the dtype) on `input`; returns ℓ.
   * When ℓ is finite, the backward pass fills `gradients` (times the loss scale S); otherwise they are stale.
   */
  run(weights: readonly Tensor[], input: Tensor, target: Tensor, scale = 1): number {
    const { widths, batch: B, dtype } = this;
    const depth = widths.length - 1;
    const remedies = this.remedies;
    this.h[0] = input;
    for (let t = 1; t <= depth; t++) {
      const out = widths[t]!;
      const ht = this.h[t]!;
      matmul(dtype, false, true, B, out, widths[t - 1]!, this.h[t - 1]!, weights[t - 1]!, ht);
      if (this.applies(t)) {
        activateRoundRows(this.activation, dtype, remedies ? remedies.normalize(t, ht) : ht, ht, this.deriv[t]!, out);
      }
      if (remedies) {
        remedies.addSkip(ht, this.h[t - 1]!);
        roundRows(ht, out, dtype);
      }
    }
    const hl = this.h[depth]!;
    const loss = mseLoss(hl, target, B);
    if (!Number.isFinite(loss)) return loss;

    let g = this.gA.subarray(0, B * widths[depth]!);
    let spare = this.gB;
    outputGradient(hl, target, scale, B, g, dtype);
    roundRows(g, widths[depth]!, dtype);
    for (let t = depth; t >= 1; t--) {
      const out = widths[t]!;
      const inp = widths[t - 1]!;
      remedies?.keepGradient(g);
      if (this.applies(t)) {
        // Without remedies g is here a product or Gᴸ, rounded to the dtype.
        multiplyRoundRows(g, this.deriv[t]!, out, dtype, !remedies);
        if (remedies) {
          remedies.denormalize(t, g);
          roundRows(g, out, dtype);
        }
      }
      matmul(dtype, true, false, out, inp, B, g, this.h[t - 1]!, this.gradients[t - 1]!);
      if (t > 1) {
        const next = spare.subarray(0, B * inp);
        matmul(dtype, false, false, B, inp, out, g, weights[t - 1]!, next);
        remedies?.addSkipGradient(next);
        spare = g.buffer === this.gA.buffer ? this.gA : this.gB;
        g = next;
      }
    }
    return loss;
  }
}
