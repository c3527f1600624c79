/**
 * What each experiment computes, as LaTeX, for the formulas shown on its card
 * when the host sends none. They follow docs/spec.md §1.2 and §1.3 (D2L's notation).
 */

const FORMULAS: Readonly<Record<string, readonly string[]>> = {
  mlp: [
    '\\mathbf{H}^{t} = \\sigma\\!\\left(\\mathbf{H}^{t-1} (\\mathbf{W}^{t})^{\\top}\\right),\\quad t = 1,\\dots,L',
    '\\frac{\\partial \\ell}{\\partial \\mathbf{W}^{t}} = \\left(\\frac{\\partial \\ell}{\\partial \\mathbf{H}^{t}} \\odot \\sigma\'(\\mathbf{Z}^{t})\\right)^{\\!\\top} \\mathbf{H}^{t-1}',
    '\\frac{\\partial \\ell}{\\partial \\mathbf{H}^{t-1}} = \\left(\\frac{\\partial \\ell}{\\partial \\mathbf{H}^{t}} \\odot \\sigma\'(\\mathbf{Z}^{t})\\right) \\mathbf{W}^{t} \\;\\Rightarrow\\; \\text{a product of } L-t \\text{ such factors}',
  ],
  'matmul-chain': [
    'M_0 \\sim \\mathcal{N}(0,1)^{k\\times k},\\qquad M_i = M_{i-1} G_i,\\quad G_i \\sim \\mathcal{N}(0,\\sigma^2)^{k\\times k}',
    '\\mathbb{E}\\,\\lVert M_i \\rVert_F^2 = (k\\sigma^2)^{i}\\,\\lVert M_0 \\rVert_F^2',
  ],
  activation: [
    '\\sigma(x) = \\frac{1}{1+e^{-x}},\\qquad \\sigma\'(x) = \\sigma(x)\\,\\bigl(1-\\sigma(x)\\bigr) \\le \\tfrac14',
    '\\operatorname{ReLU}(x) = \\max(0, x),\\qquad \\operatorname{ReLU}\'(x) = \\begin{cases} 1 & x > 0 \\\\ 0 & x \\le 0 \\end{cases}',
  ],
  power: [
    'a^{n} = \\underbrace{a \\cdot a \\cdots a}_{n \\text{ roundings}}',
    'a^{n} > x_{\\max} \\iff n > \\frac{\\ln x_{\\max}}{\\ln a},\\qquad \\text{e.g. } \\frac{\\ln 65504}{\\ln 1.5} \\approx 27.3',
  ],
};

/** The explanatory formulas for an experiment; empty for one the panel does not know. */
export function defaultFormulas(experiment: string): readonly string[] {
  return Object.hasOwn(FORMULAS, experiment) ? (FORMULAS[experiment] ?? []) : [];
}
