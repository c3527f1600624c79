/**
 * The LaTeX shown on a panel card to say what an experiment computes (docs/spec.md §1.2, the experiments,
 * and §1.3, mlp semantics). Pure data, in shared/ so that the
 * host (which sends a card's formulas) and the panel (which falls back to them
 * when a card arrives without) show the same ones.
 */
import type { ExperimentKind } from '../core/api/notes';

const MLP = [
  String.raw`\mathbf{H}^{t} = \sigma\big(\mathbf{H}^{t-1} (\mathbf{W}^{t})^{\top}\big),\ t = 1..L`,
  String.raw`\ell = \frac{1}{2B} \sum_{b} \lVert \mathbf{H}^{L}_{b} - \mathbf{Y}_{b} \rVert^{2}`,
  String.raw`\frac{\partial \ell}{\partial \mathbf{W}^{t}} = \Big(\frac{\partial \ell}{\partial \mathbf{H}^{t}} \odot \sigma'(\mathbf{Z}^{t})\Big)^{\top} \mathbf{H}^{t-1}`,
];

const CHAIN = [String.raw`\mathbf{M}_{0} \sim \mathcal{N}(0, 1)^{k \times k}`, String.raw`\mathbf{M}_{i} = \mathbf{M}_{i-1} \mathbf{G}_{i}`];

const POWER = [String.raw`a^{n} = \operatorname{fl}\big(a \cdot a^{n-1}\big)`, String.raw`\text{each product rounded to the dtype}`];

/**
 * Formulas explaining a block of `experiment`. `activationFormulas` are f and f′
 * of the functions an activation block draws, from the activation table
 * (core/numeric/activations.ts: activationFormulas), passed in so that the
 * panel's bundle does not take in the numeric code.
 */
export function experimentFormulas(experiment: ExperimentKind | string, activationFormulas: readonly string[] = []): string[] {
  switch (experiment) {
    case 'mlp':
      return [...MLP];
    case 'matmul-chain':
      return [...CHAIN];
    case 'power':
      return [...POWER];
    case 'activation': {
      return activationFormulas.length > 0 ? [...activationFormulas] : [String.raw`f(x),\ f'(x)\ \text{on the range}`];
    }
    default:
      return [];
  }
}
