import type { ExperimentSpec } from '../../types';

/**
 * Remedies that cannot apply to a series, each with the key to point at and
 * why. The parser runs this on drawn networks (every width = `width`); the
 * pipeline runs it again once a weights file has given the real widths.
 */

export interface RemedyProblem {
  readonly key: 'residual' | 'norm' | 'loss-scale';
  readonly message: string;
}

/** widths[0] = input width, widths[t] = output width of layer t. */
export function remedyProblems(spec: ExperimentSpec, widths: readonly number[]): RemedyProblem[] {
  const problems: RemedyProblem[] = [];
  if (spec.residual) {
    for (let t = 1; t < widths.length; t++) {
      if (widths[t] !== widths[t - 1]) {
        problems.push({
          key: 'residual',
          message: `residual connections need equal widths, but layer ${t} maps width ${widths[t - 1]} to ${widths[t]}: Hᵗ⁻¹ + σ(Zᵗ) cannot be added`,
        });
        break;
      }
    }
  }
  if (spec.norm === 'layernorm') {
    // A linear head is not normalized, so its width does not matter.
    const last = spec.experiment === 'train' && spec.head === 'linear' ? widths.length - 2 : widths.length - 1;
    for (let t = 1; t <= last; t++) {
      if (widths[t] === 1) {
        problems.push({ key: 'norm', message: `layernorm over layer ${t}'s single unit subtracts its only value: every output would be 0 (use rmsnorm or a wider layer)` });
        break;
      }
    }
  }
  if (spec.lossScale !== null && spec.dtype === 'fp64') {
    problems.push({
      key: 'loss-scale',
      message: 'loss scaling rescues gradients that underflow a narrow format; fp64 holds values down to 5e-324, so there is nothing to rescue (use it with fp16 or bf16, or remove loss-scale)',
    });
  }
  return problems;
}
