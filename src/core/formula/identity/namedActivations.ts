/**
 * The activation functions deep-learning notes use by name, each with the conventions the
 * literature and the frameworks really use. Notes write them `\text{SiLU}(x)`, `\mathrm{Mish}(x)`,
 * `\operatorname{softsign}(x)`, `LeakyReLU(z)`, and state their equivalent forms
 * (`\mathrm{SiLU}(x) = x\sigma(x)`, `\text{Swish}(z) = \frac{z}{1+e^{-z}}`, `\text{logit}(t) = \log\frac{t}{1-t}`,
 * `\mathrm{ELU}(x) = \max(0,x) + \min(0, e^x - 1)`).
 *
 * The first convention of each entry is the meaning a name has when the note never defines it
 * (identity.ts ASSUMED: it may confirm a claim, never refute it). The others are the variants a
 * framework or paper uses under the same name: LeakyReLU's slope (0.01 PyTorch, 0.2 Keras 3, 0.3
 * Keras 2, 0.1), hard-sigmoid's ramp (PyTorch's relu6(x+3)/6, Keras 2's clip(0.2x+0.5, 0, 1)).
 * context/activationConventions.ts judges an undecided claim again with each convention trusted:
 * it holds when one of them holds, and fails only when every one fails.
 *
 * GELU (Hendrycks & Gimpel 2016) is xΦ(x), Φ the standard normal CDF ½erfc(−x/√2) (numeric/erf.ts), and under
 * the same name the two approximations of the paper that frameworks implement: PyTorch's and JAX's
 * approximate="tanh" 0.5x(1 + tanh(√(2/π)(x + 0.044715x³))) and xσ(1.702x).
 * Φ itself is no entry: a note's Φ is as often a feature map, a potential or a matrix, so it is read as the
 * normal CDF only where the note says so (STANDARD_NORMAL_CDF, context/activationConventions.ts).
 *
 * Not listed: Swish with a learned β, ELU with a named α (the claim's own letters), PReLU (a learned slope).
 */
import type { MathJson } from '../read/engine';

/** One meaning a name has: its body in x, and what to call it in a reading. */
export interface ActivationConvention {
  readonly label: string;
  readonly body: MathJson;
}

export interface NamedActivation {
  /** The engine's names of the function (`\text{SiLU}` and `SiLU` read as `SiLU`). */
  readonly names: readonly string[];
  /** What a reading calls it. */
  readonly title: string;
  readonly conventions: readonly ActivationConvention[];
}

const X = 'x';
const sigmoidOf = (x: MathJson): MathJson => ['Divide', 1, ['Add', 1, ['Exp', ['Negate', x]]]];
const softplusOf = (x: MathJson): MathJson => ['Ln', ['Add', 1, ['Exp', x]]];
/** Φ(x) = ½erfc(−x/√2): the standard normal CDF, accurate in its lower tail too. */
const normalCdfOf = (x: MathJson): MathJson => ['Multiply', 0.5, ['Erfc', ['Divide', ['Negate', x], ['Sqrt', 2]]]];
/** GELU's tanh approximation, 0.5x(1 + tanh(√(2/π)(x + 0.044715x³))). */
const geluTanh: MathJson = ['Multiply', 0.5, X, ['Add', 1, ['Tanh', ['Multiply', ['Sqrt', ['Divide', 2, 'Pi']], ['Add', X, ['Multiply', 0.044715, ['Power', X, 3]]]]]]];
/** min(max(lo, v), hi): a clip. */
const clip = (v: MathJson, lo: number, hi: number): MathJson => ['Min', ['Max', lo, v], hi];
/** x for x > 0, α(eˣ − 1) below: max(0, x) + min(0, α(eˣ − 1)) (eˣ − 1 has x's sign). */
const eluWith = (alpha: number): MathJson => ['Add', ['Max', 0, X], ['Min', 0, ['Multiply', alpha, ['Subtract', ['Exp', X], 1]]]];
const leaky = (slope: number): ActivationConvention => ({ label: `slope ${slope}`, body: ['Max', X, ['Multiply', slope, X]] });

/** SELU's constants (Klambauer et al. 2017), as PyTorch and TensorFlow write them. */
const SELU_LAMBDA = 1.0507009873554805;
const SELU_ALPHA = 1.6732632423543772;

export const NAMED_ACTIVATIONS: readonly NamedActivation[] = [
  { names: ['sigma', 'sigmoid', 'Sigmoid'], title: 'the logistic sigmoid', conventions: [{ label: '1/(1 + e^{-x})', body: sigmoidOf(X) }] },
  { names: ['ReLU', 'relu', 'Relu'], title: 'ReLU', conventions: [{ label: 'max(0, x)', body: ['Max', 0, X] }] },
  { names: ['softplus', 'Softplus', 'SoftPlus'], title: 'softplus', conventions: [{ label: 'log(1 + e^x)', body: softplusOf(X) }] },
  { names: ['softsign', 'Softsign', 'SoftSign'], title: 'softsign', conventions: [{ label: 'x/(1 + |x|)', body: ['Divide', X, ['Add', 1, ['Abs', X]]] }] },
  // SiLU (Elfwing et al. 2018) is Swish with β = 1 (Ramachandran et al. 2017), the frameworks' `silu`/`swish`.
  { names: ['SiLU', 'silu', 'Silu', 'Swish', 'swish'], title: 'SiLU (Swish)', conventions: [{ label: 'xσ(x)', body: ['Multiply', X, sigmoidOf(X)] }] },
  { names: ['Mish', 'mish'], title: 'Mish', conventions: [{ label: 'x tanh(softplus(x))', body: ['Multiply', X, ['Tanh', softplusOf(X)]] }] },
  { names: ['logit', 'Logit'], title: 'the logit', conventions: [{ label: 'log(p/(1 − p))', body: ['Ln', ['Divide', X, ['Subtract', 1, X]]] }] },
  { names: ['ELU', 'elu', 'Elu'], title: 'ELU', conventions: [{ label: 'α = 1', body: eluWith(1) }] },
  { names: ['SELU', 'selu', 'Selu'], title: 'SELU', conventions: [{ label: 'λ ≈ 1.0507, α ≈ 1.6733', body: ['Multiply', SELU_LAMBDA, eluWith(SELU_ALPHA)] }] },
  { names: ['ReLU6', 'relu6'], title: 'ReLU6', conventions: [{ label: 'min(max(0, x), 6)', body: clip(X, 0, 6) }] },
  { names: ['LeakyReLU', 'leakyrelu', 'LReLU', 'LeakyRelu'], title: 'LeakyReLU', conventions: [leaky(0.01), leaky(0.2), leaky(0.3), leaky(0.1)] },
  {
    names: ['hardsigmoid', 'HardSigmoid', 'Hardsigmoid'],
    title: 'hard sigmoid',
    conventions: [
      { label: 'relu6(x + 3)/6 (PyTorch)', body: clip(['Divide', ['Add', X, 3], 6], 0, 1) },
      { label: 'clip(0.2x + 0.5, 0, 1) (Keras 2)', body: clip(['Add', ['Multiply', 0.2, X], 0.5], 0, 1) },
      { label: 'clip((x + 1)/2, 0, 1)', body: clip(['Divide', ['Add', X, 1], 2], 0, 1) },
    ],
  },
  {
    names: ['hardswish', 'HardSwish', 'Hardswish'],
    title: 'hard swish',
    conventions: [{ label: 'x relu6(x + 3)/6', body: ['Multiply', X, clip(['Divide', ['Add', X, 3], 6], 0, 1)] }],
  },
  { names: ['hardtanh', 'HardTanh', 'Hardtanh'], title: 'hard tanh', conventions: [{ label: 'clip(x, −1, 1)', body: clip(X, -1, 1) }] },
  {
    names: ['GELU', 'gelu', 'Gelu'],
    title: 'GELU',
    conventions: [
      { label: 'xΦ(x), exact', body: ['Multiply', X, normalCdfOf(X)] },
      { label: 'its tanh approximation', body: geluTanh },
      { label: 'its sigmoid approximation xσ(1.702x)', body: ['Multiply', X, sigmoidOf(['Multiply', 1.702, X])] },
    ],
  },
];

/** Φ as the standard normal CDF, where the note says it means that (context/activationConventions.ts). */
export const STANDARD_NORMAL_CDF: NamedActivation = {
  names: ['Phi'],
  title: 'the standard normal CDF',
  conventions: [{ label: '½(1 + erf(x/√2))', body: normalCdfOf(X) }],
};

const BY_NAME = new Map(NAMED_ACTIVATIONS.flatMap((a) => a.names.map((n) => [n, a] as const)));

/** The activation an engine name means, if it is one of the table's. */
export function namedActivation(name: string): NamedActivation | undefined {
  return BY_NAME.get(name);
}

/** Every name of the table: the words a formula may apply as a known function. */
export const ACTIVATION_NAMES: ReadonlySet<string> = new Set(BY_NAME.keys());
