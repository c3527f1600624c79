import type { Activation, Dtype } from '../types';
import { rounderFor } from './dtype';
import { erfc } from './erf';

/**
 * Activation functions and their derivatives, evaluated in float64 (at least
 * the fp32 precision docs/spec.md §1.6 asks for) and rounded once to the dtype by the
 * array routine. Formulas are chosen to avoid cancellation in the tails, e.g.
 * σ′(x) = e^(−|x|)/(1+e^(−|x|))² rather than σ(1−σ). NaN inputs give NaN values
 * and derivatives (a NaN must stay visible, never turn into 0). ReLU′(0) = 0.
 */

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

/** The slope/scale parameter with its defaults (leaky-relu 0.01, elu 1; docs/spec.md §1.3). */
export function activationAlpha(act: Activation): number {
  if (act.alpha !== undefined) return act.alpha;
  return act.name === 'leaky-relu' ? 0.01 : 1;
}

function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

function sigmoidPrime(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}

/** Standard normal CDF Φ(x) = ½·erfc(−x/√2), accurate for very negative x. */
function normalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/** f(x) of the activation, in float64. */
export function activationValue(act: Activation, x: number): number {
  switch (act.name) {
    case 'identity':
      return x;
    case 'relu':
      return x > 0 ? x : x <= 0 ? 0 : x;
    case 'leaky-relu':
      return x > 0 ? x : activationAlpha(act) * x;
    case 'sigmoid':
      return sigmoid(x);
    case 'tanh':
      return Math.tanh(x);
    case 'gelu':
      return x === -Infinity ? -0 : x * normalCdf(x);
    case 'silu':
      return x === -Infinity ? -0 : x * sigmoid(x);
    case 'elu':
      return x > 0 ? x : activationAlpha(act) * Math.expm1(x);
    case 'softplus':
      return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  }
}

/** f′(x) of the activation, in float64. */
export function activationDerivative(act: Activation, x: number): number {
  if (Number.isNaN(x)) return NaN;
  switch (act.name) {
    case 'identity':
      return 1;
    case 'relu':
      return x > 0 ? 1 : 0;
    case 'leaky-relu':
      return x > 0 ? 1 : activationAlpha(act);
    case 'sigmoid':
      return sigmoidPrime(x);
    case 'tanh': {
      const sech = 1 / Math.cosh(x);
      return sech * sech;
    }
    case 'gelu': {
      if (!Number.isFinite(x)) return x > 0 ? 1 : 0;
      return normalCdf(x) + x * INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }
    case 'silu': {
      if (!Number.isFinite(x)) return x > 0 ? 1 : 0;
      const s = sigmoid(x);
      return s + x * s * sigmoid(-x);
    }
    case 'elu':
      return x > 0 ? 1 : activationAlpha(act) * Math.exp(x);
    case 'softplus':
      return sigmoid(x);
  }
}

/**
 * H = f(Z) and S = f′(Z) elementwise, each rounded once to `dtype`. Float32
 * storage rounds to fp32 on assignment; bf16/fp16 are rounded explicitly.
 * `deriv` may be null when only the values are needed.
 */
export function applyActivation(
  act: Activation,
  dtype: Dtype,
  z: Float32Array | Float64Array,
  out: Float32Array | Float64Array,
  deriv: Float32Array | Float64Array | null,
): void {
  const round = rounderFor(dtype);
  const exact = dtype === 'fp64' || dtype === 'fp32';
  const n = z.length;
  if (act.name === 'identity') {
    if (out !== z) out.set(z);
    if (deriv) deriv.fill(1);
    return;
  }
  if (act.name === 'relu') {
    // The hot case: no rounding needed (the result is an input value or 0).
    for (let i = 0; i < n; i++) {
      const x = z[i]!;
      out[i] = x > 0 ? x : x <= 0 ? 0 : x;
      if (deriv) deriv[i] = x > 0 ? 1 : x <= 0 ? 0 : NaN;
    }
    return;
  }
  if (act.name === 'sigmoid' || act.name === 'silu' || act.name === 'softplus') {
    applyLogisticFamily(act.name, exact, round, z, out, deriv);
    return;
  }
  for (let i = 0; i < n; i++) {
    const x = z[i]!;
    const f = activationValue(act, x);
    out[i] = exact ? f : round(f);
    if (deriv) {
      const d = activationDerivative(act, x);
      deriv[i] = exact ? d : round(d);
    }
  }
}

/**
 * sigmoid, silu and softplus share one e = e^(−|x|) per element for value and
 * derivative — the same float64 operations as activationValue/Derivative, so
 * the results are identical, at a third of the exp calls. Non-finite inputs go
 * through the scalar functions, which special-case them.
 */
function applyLogisticFamily(
  name: 'sigmoid' | 'silu' | 'softplus',
  exact: boolean,
  round: (x: number) => number,
  z: Float32Array | Float64Array,
  out: Float32Array | Float64Array,
  deriv: Float32Array | Float64Array | null,
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
