import type { Dtype, NormName } from '../../types';
import { allocTensor, roundBf16, roundFp16, rounderFor } from '../dtype';
import { roundF32Array } from '../kernels/index';
import { normBackward, normForward } from './norm';

/**
 * The per-layer remedies of `mlp` and `train` (docs/spec.md, "Remedies"),
 * for the passes in mlp.ts and train/pass.ts:
 *   forward   Z → N = norm(Z) (when normalized) → S = σ(N) → Hᵗ = Hᵗ⁻¹ + S (residual)
 *   backward  Gᵗ → Dᵗ = Gᵗ ⊙ σ′(N) → ∂ℓ/∂Z = norm′(Dᵗ) → ∂ℓ/∂Wᵗ, and
 *             Gᵗ⁻¹ = DᵗWᵗ + Gᵗ (residual: the skip path carries Gᵗ unchanged)
 * Each sum is rounded once to the dtype. Buffers are allocated once per network.
 */

type Tensor = Float32Array | Float64Array;

export interface RemedyChoice {
  readonly residual: boolean;
  readonly norm: NormName;
}

/** Whether a spec asks for any per-layer remedy. */
export function hasLayerRemedy(choice: RemedyChoice): boolean {
  return choice.residual || choice.norm !== 'none';
}

/**
 * a[i] = round(a[i] + b[i]) for the first a.length elements, one rounding of
 * the exact float64 sum. For bf16/fp16 the sums that are float32 values (most
 * of them) are stored as they are and rounded in one bulk pass; the others are
 * rounded exactly on the spot and the bulk pass leaves them unchanged.
 */
function addRounded(a: Tensor, b: Tensor, dtype: Dtype): void {
  if (dtype === 'bf16' || dtype === 'fp16') {
    const exact = dtype === 'bf16' ? roundBf16 : roundFp16;
    for (let i = 0; i < a.length; i++) {
      const sum = a[i]! + b[i]!;
      const f = Math.fround(sum);
      a[i] = f === sum ? f : exact(sum);
    }
    roundF32Array(a as Float32Array, dtype);
    return;
  }
  const round = rounderFor(dtype);
  for (let i = 0; i < a.length; i++) a[i] = round(a[i]! + b[i]!);
}

export class LayerRemedies {
  /** N of each normalized layer (index t), kept for the backward pass. */
  private readonly normOut: (Tensor | null)[];
  /** The row scales r of each normalized layer. */
  private readonly scales: (Float64Array | null)[];
  /** Gᵗ before it is multiplied by σ′, for the skip path of the backward pass. */
  private readonly kept: Tensor;

  /**
   * @param widths widths[0] = input width, widths[t] = output width of layer t (equal when residual).
   * @param normalized whether layer t (1-based) is normalized (a linear head is not).
   */
  constructor(
    private readonly choice: RemedyChoice,
    private readonly dtype: Dtype,
    private readonly batch: number,
    private readonly widths: readonly number[],
    normalized: (t: number) => boolean,
  ) {
    const norm = choice.norm !== 'none';
    this.normOut = widths.map((w, t) => (norm && t > 0 && normalized(t) ? allocTensor(dtype, batch * w) : null));
    this.scales = this.normOut.map((n) => (n ? new Float64Array(batch) : null));
    const widest = widths.reduce((a, b) => Math.max(a, b), 0);
    this.kept = allocTensor(dtype, choice.residual ? batch * widest : 0);
  }

  /** The tensor σ reads at layer t: N = norm(Z) when the layer is normalized, else Z itself. */
  normalize(t: number, z: Tensor): Tensor {
    const out = this.normOut[t];
    if (!out || this.choice.norm === 'none') return z;
    normForward(this.choice.norm, this.dtype, z, out, this.scales[t]!, this.batch, this.widths[t]!);
    return out;
  }

  /** Hᵗ = round(Hᵗ⁻¹ + σ(N)) when residual; `h` holds σ(N) on entry. */
  addSkip(h: Tensor, previous: Tensor): void {
    if (this.choice.residual) addRounded(h, previous, this.dtype);
  }

  /** Keeps Gᵗ (before ⊙σ′) for the skip path; call before the product overwrites it. */
  keepGradient(g: Tensor): void {
    if (this.choice.residual) this.kept.set(g);
  }

  /** D = ∂ℓ/∂N → ∂ℓ/∂Z in place when layer t is normalized. */
  denormalize(t: number, d: Tensor): void {
    const n = this.normOut[t];
    if (!n || this.choice.norm === 'none') return;
    normBackward(this.choice.norm, this.dtype, d, n, this.scales[t]!, this.batch, this.widths[t]!);
  }

  /** Gᵗ⁻¹ = round(DᵗWᵗ + Gᵗ) when residual; `next` holds DᵗWᵗ on entry. */
  addSkipGradient(next: Tensor): void {
    if (this.choice.residual) addRounded(next, this.kept, this.dtype);
  }
}
