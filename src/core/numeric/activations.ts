import { isOneOf } from '../plots';
import type { Activation, Dtype } from '../types';
import { rounderFor } from './dtype';
import { erfc } from './erf';
import { reluForward } from './kernels/elementwise';

/**
 * THE table of activation functions: one entry per activation, its value f and
 * derivative f′ side by side, its parameter and its card formulas. The names
 * list, the ActivationName type, the schema's enum and doc, the parser, the
 * completions, the budget's check and the panel's formulas all derive from it.
 *
 * f and f′ are evaluated in float64 (at least the fp32 precision docs/spec.md §1.6 asks
 * for) and rounded once to the dtype by the array routine. Formulas are chosen
 * to avoid cancellation in the tails, e.g. σ′(x) = e^(−|x|)/(1+e^(−|x|))² rather
 * than σ(1−σ). NaN inputs give NaN values and derivatives (a NaN must stay
 * visible, never turn into 0; df is never called with NaN). ReLU′(0) = 0.
 *
 * To add an activation:
 *  1. add its entry below (f, df; `param` if it takes one; `latex` if its
 *     formulas fit on a card; `apply` only if a whole-array loop is measurably
 *     faster — it must give exactly f and df rounded to the dtype);
 *  2. add it to the numpy reference `activation()` in test/reference/mlp_numpy.py
 *     and to ACTS in test/reference/special_functions.py, then run
 *     `python3 test/reference/special_functions.py` to write its reference values;
 *  3. add it to ACTIVATIONS in test/numeric/mlpGradients.test.ts (gradient check);
 *  4. run `npm run docs:keys`: the key table in docs/blocks.md lists the names.
 * test/numeric/activationTable.test.ts fails until 2 and 3 are done, and
 * test/spec/reference.test.ts until 4 is. Nothing else needs editing.
 */

type Tensor = Float32Array | Float64Array;

/** A whole-array routine: out = f(z), deriv = f′(z) (deriv may be null), rounded with `round` unless `exact`. */
type ArrayKernel = (exact: boolean, round: (x: number) => number, z: Tensor, out: Tensor, deriv: Tensor | null) => void;

interface ActivationEntry {
  /** The one optional parameter (`leaky-relu(0.1)`): what messages call it, and its value when none is written. */
  readonly param?: { readonly name: string; readonly default: number };
  /** f(x) in float64; `alpha` is the parameter's value (ignored by activations without one). */
  readonly f: (x: number, alpha: number) => number;
  /** f′(x) in float64, for x that is not NaN. */
  readonly df: (x: number, alpha: number) => number;
  /** LaTeX of f and f′ for the panel card, when short enough for one. */
  readonly latex?: readonly string[];
  /** A faster whole-array routine giving exactly the values of f and df; the generic loop otherwise. */
  readonly apply?: ArrayKernel;
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/** Standard normal CDF Φ(x) = ½·erfc(−x/√2), accurate for very negative x. */
function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

export const ACTIVATIONS = {
  identity: {
    f: (x) => x,
    df: () => 1,
    apply: (_exact, _round, z, out, deriv) => {
      if (out !== z) out.set(z);
      if (deriv) deriv.fill(1);
    },
  },
  relu: {
    f: (x) => (x > 0 ? x : x <= 0 ? 0 : x),
    df: (x) => (x > 0 ? 1 : 0),
    latex: [String.raw`\operatorname{ReLU}(x) = \max(0, x)`, String.raw`\operatorname{ReLU}'(x) = [x > 0]`],
    // No rounding needed: every result is an input value, 0, 1 or NaN.
    apply: (_exact, _round, z, out, deriv) => reluForward(z, out, deriv),
  },
  'leaky-relu': {
    param: { name: 'negative slope α', default: 0.01 },
    f: (x, alpha) => (x > 0 ? x : alpha * x),
    df: (x, alpha) => (x > 0 ? 1 : alpha),
  },
  sigmoid: {
    f: sigmoid,
    df: (x) => {
      const e = Math.exp(-Math.abs(x));
      const d = 1 + e;
      return e / (d * d);
    },
    latex: [String.raw`\sigma(x) = \frac{1}{1 + e^{-x}}`, String.raw`\sigma'(x) = \sigma(x)\big(1 - \sigma(x)\big)`],
    apply: (exact, round, z, out, deriv) => applyLogisticFamily('sigmoid', exact, round, z, out, deriv),
  },
  tanh: {
    f: Math.tanh,
    df: (x) => {
      const sech = 1 / Math.cosh(x);
      return sech * sech;
    },
    latex: [String.raw`\tanh'(x) = 1 - \tanh^{2}(x)`],
  },
  gelu: {
    f: (x) => (x === -Infinity ? -0 : x * normalCdf(x)),
    df: (x) => (Number.isFinite(x) ? normalCdf(x) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x) : x > 0 ? 1 : 0),
  },
  silu: {
    f: (x) => (x === -Infinity ? -0 : x * sigmoid(x)),
    df: (x) => {
      if (!Number.isFinite(x)) return x > 0 ? 1 : 0;
      const s = sigmoid(x);
      return s + x * s * sigmoid(-x);
    },
    latex: [String.raw`\operatorname{SiLU}(x) = x\,\sigma(x)`],
    apply: (exact, round, z, out, deriv) => applyLogisticFamily('silu', exact, round, z, out, deriv),
  },
  elu: {
    param: { name: 'scale α', default: 1 },
    f: (x, alpha) => (x > 0 ? x : alpha * Math.expm1(x)),
    df: (x, alpha) => (x > 0 ? 1 : alpha * Math.exp(x)),
  },
  softplus: {
    f: (x) => (x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))),
    df: sigmoid,
    latex: [String.raw`\operatorname{softplus}(x) = \ln(1 + e^{x})`, String.raw`\operatorname{softplus}'(x) = \sigma(x)`],
    apply: (exact, round, z, out, deriv) => applyLogisticFamily('softplus', exact, round, z, out, deriv),
  },
} satisfies Record<string, ActivationEntry>;

export type ActivationName = keyof typeof ACTIVATIONS;

/** Every activation function an experiment can use, in table order. */
export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS) as readonly ActivationName[];

/** The table entry of `name` (typed as the common entry shape). */
export function activationEntry(name: ActivationName): ActivationEntry {
  return ACTIVATIONS[name];
}

/** The card formulas (LaTeX) of each distinct name in `names` that has some; unknown names have none. */
export function activationFormulas(names: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of new Set(names)) {
    if (isOneOf(ACTIVATION_NAMES, name)) out.push(...(activationEntry(name).latex ?? []));
  }
  return out;
}

/** The slope/scale parameter, or its default from the table (leaky-relu 0.01, elu 1). */
export function activationAlpha(act: Activation): number {
  return act.alpha !== undefined ? act.alpha : (activationEntry(act.name).param?.default ?? 1);
}

/** f(x) of the activation, in float64. */
export function activationValue(act: Activation, x: number): number {
  return activationEntry(act.name).f(x, activationAlpha(act));
}

/** f′(x) of the activation, in float64. */
export function activationDerivative(act: Activation, x: number): number {
  if (Number.isNaN(x)) return NaN;
  return activationEntry(act.name).df(x, activationAlpha(act));
}

/**
 * H = f(Z) and S = f′(Z) elementwise, each rounded once to `dtype`. Float32
 * storage rounds to fp32 on assignment; bf16/fp16 are rounded explicitly.
 * `deriv` may be null when only the values are needed. `out` may be `z`.
 */
export function applyActivation(act: Activation, dtype: Dtype, z: Tensor, out: Tensor, deriv: Tensor | null): void {
  const round = rounderFor(dtype);
  const exact = dtype === 'fp64' || dtype === 'fp32';
  const entry = activationEntry(act.name);
  if (entry.apply) {
    entry.apply(exact, round, z, out, deriv);
    return;
  }
  // The generic loop. V8 inlines f and df while a process has sent one activation
  // through here, and calls them once it has sent several: against the switch this
  // table replaced, leaky-relu, elu and tanh arrays then take 1.1–1.5× the time
  // (0.4–0.7× with one activation). An entry whose array speed matters gets `apply`.
  const { f, df } = entry;
  const alpha = activationAlpha(act);
  for (let i = 0; i < z.length; i++) {
    const x = z[i]!;
    const v = f(x, alpha);
    out[i] = exact ? v : round(v);
    if (deriv) {
      const d = Number.isNaN(x) ? NaN : df(x, alpha);
      deriv[i] = exact ? d : round(d);
    }
  }
}

/**
 * sigmoid, silu and softplus share one e = e^(−|x|) per element for value and
 * derivative — the same float64 operations as their f and df, so the results
 * are identical, at a third of the exp calls. Non-finite inputs go through the
 * scalar functions, which special-case them.
 */
function applyLogisticFamily(
  name: 'sigmoid' | 'silu' | 'softplus',
  exact: boolean,
  round: (x: number) => number,
  z: Tensor,
  out: Tensor,
  deriv: Tensor | null,
): void {
  const act: Activation = { name };
  for (let i = 0; i < z.length; i++) {
    const x = z[i]!;
    let f: number;
    let d: number;
    if (x - x !== 0) {
      f = activationValue(act, x);
      d = activationDerivative(act, x);
    } else {
      const e = Math.exp(-Math.abs(x));
      const denom = 1 + e;
      const sig = x >= 0 ? 1 / denom : e / denom; // σ(x)
      if (name === 'sigmoid') {
        f = sig;
        d = e / (denom * denom);
      } else if (name === 'silu') {
        const sigNeg = x >= 0 ? e / denom : 1 / denom; // σ(−x)
        f = x * sig;
        d = sig + x * sig * sigNeg;
      } else {
        f = x > 0 ? x + Math.log1p(e) : Math.log1p(e);
        d = sig;
      }
    }
    out[i] = exact ? f : round(f);
    if (deriv) deriv[i] = exact ? d : round(d);
  }
}
