/**
 * `\\frac{a_1 + b_1\\epsilon}{a_2 + b_2\\epsilon} = \\frac{a_1}{a_2} + \\frac{b_1 a_2 - a_1 b_2}{a_2^2}\\epsilon`:
 * ε as a dual unit (ε² = 0), or as an infinitesimal whose square is dropped. An
 * identity that fails with ε a real variable may hold so (otherReadings.ts), and
 * then it is undecided — unless it fails in that reading too.
 *
 * Both readings keep of each side its value and its first derivative in ε at ε = 0:
 * a rational expression in a + bε reduces mod ε² to f(0) + f'(0)ε. So the claim holds
 * as dual numbers exactly where both sides agree in f(0) and in f'(0), the derivative
 * taken by central differences (step 10⁻⁵: truncation ~10⁻¹⁰, far below the
 * 10⁻⁶ relative gap that counts as a disagreement).
 */
import type { MathJson } from '../read/engine';

/** Compares two sides at one point (identity.ts): agreement within rounding, a clear disagreement, or a point to skip. */
export type CompareAt = (left: MathJson, right: MathJson, env: ReadonlyMap<string, number>) => 'agree' | 'skip' | { left: number; right: number };

/** The names ε is spelled with. */
export const EPSILON = /^(?:epsilon|varepsilon|ε|ϵ)$/;
const STEP = 1e-5;
const POINTS = 32;
const MIN_POINTS = 16;
const FAIL_SHARE = 0.9;

/** Whether `left = right` fails with ε read as a dual unit: at nearly every sampled point the values or the ε-parts differ. */
export function failsAsDual(left: MathJson, right: MathJson, variables: readonly string[], compareAt: CompareAt, random: () => number): boolean {
  const epsilon = variables.find((v) => EPSILON.test(v));
  if (epsilon === undefined) return false;
  const others = variables.filter((v) => v !== epsilon);
  const parts = (side: MathJson) => ({ value: substitute(side, epsilon, 0), dual: derivative(side, epsilon) });
  const l = parts(left);
  const r = parts(right);
  let agree = 0;
  let disagree = 0;
  for (let t = 0; t < POINTS; t++) {
    const env = new Map(others.map((v) => [v, Math.round((-3 + 6 * random()) * 1e4) / 1e4] as const));
    const value = compareAt(l.value, r.value, env);
    const dual = compareAt(l.dual, r.dual, env);
    if (value === 'skip' || dual === 'skip') continue;
    if (value === 'agree' && dual === 'agree') agree++;
    else disagree++;
  }
  return agree + disagree >= MIN_POINTS && disagree >= FAIL_SHARE * (agree + disagree);
}

/** (f(ε = h) − f(ε = −h)) / 2h. */
function derivative(side: MathJson, epsilon: string): MathJson {
  return ['Divide', ['Subtract', substitute(side, epsilon, STEP), substitute(side, epsilon, -STEP)], 2 * STEP];
}

function substitute(json: MathJson, name: string, value: number): MathJson {
  if (json === name) return value;
  return Array.isArray(json) ? json.map((part) => substitute(part as MathJson, name, value)) : json;
}
