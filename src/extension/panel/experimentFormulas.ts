/**
 * The LaTeX shown on a panel card to say what an experiment computes (spec §1
 * "mlp semantics" and the experiments table). Pure data.
 */
import type { ActivationName, ExperimentKind } from '../../core/api/notes';

const MLP = [
  String.raw`\mathbf{H}^{t} = \sigma\big(\mathbf{H}^{t-1} (\mathbf{W}^{t})^{\top}\big),\ t = 1..L`,
  String.raw`\ell = \frac{1}{2B} \sum_{b} \lVert \mathbf{H}^{L}_{b} - \mathbf{Y}_{b} \rVert^{2}`,
  String.raw`\frac{\partial \ell}{\partial \mathbf{W}^{t}} = \Big(\frac{\partial \ell}{\partial \mathbf{H}^{t}} \odot \sigma'(\mathbf{Z}^{t})\Big)^{\top} \mathbf{H}^{t-1}`,
];

const CHAIN = [String.raw`\mathbf{M}_{0} \sim \mathcal{N}(0, 1)^{k \times k}`, String.raw`\mathbf{M}_{i} = \mathbf{M}_{i-1} \mathbf{G}_{i}`];

const POWER = [String.raw`a^{n} = \operatorname{fl}\big(a \cdot a^{n-1}\big)`, String.raw`\text{each product rounded to the dtype}`];

/** f and f′ for the activations whose formulas are short enough for a card. */
const ACTIVATION: Partial<Record<ActivationName, readonly string[]>> = {
  sigmoid: [String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`, String.raw`\sigma'(x) = \sigma(x)\big(1 - \sigma(x)\big)`],
  tanh: [String.raw`\tanh'(x) = 1 - \tanh^{2}(x)`],
  relu: [String.raw`\operatorname{ReLU}(x) = \max(0, x)`, String.raw`\operatorname{ReLU}'(x) = [x > 0]`],
  softplus: [String.raw`\operatorname{softplus}(x) = \ln(1 + e^{x})`, String.raw`\operatorname{softplus}'(x) = \sigma(x)`],
  silu: [String.raw`\operatorname{SiLU}(x) = x\,\sigma(x)`],
};

/** Formulas explaining a block of `experiment`; `activations` lists the functions it uses (for the activation experiment). */
export function experimentFormulas(experiment: ExperimentKind | string, activations: readonly string[] = []): string[] {
  switch (experiment) {
    case 'mlp':
      return [...MLP];
    case 'matmul-chain':
      return [...CHAIN];
    case 'power':
      return [...POWER];
    case 'activation': {
      const out: string[] = [];
      for (const name of new Set(activations)) out.push(...(ACTIVATION[name as ActivationName] ?? []));
      return out.length > 0 ? out : [String.raw`f(x),\ f'(x)\ \text{on the range}`];
    }
    default:
      return [];
  }
}
