/**
 * Derivatives by central differences of a function the matrix reading evaluates
 * (matrixValues.ts): gradients, Hessians and Jacobians at a point, for the checks of
 * gradientClaims.ts.
 */
import type { MathJson } from '../read/engine';
import { Trial, valueOf } from './matrixValues';
import { isScalar, NotMatrixNotation, type Value } from './smallMatrices';

/** Central differences: a step of 1e-4 leaves ~1e-9 of truncation and ~1e-12 of rounding in a gradient. */
const STEP = 1e-4;
/** The Hessian's outer step: ~2e-7 of truncation, ~1e-9 of the gradient's rounding over it. */
const OUTER_STEP = 1e-3;

/** A random vector of length n. */
export function randomVector(n: number, random: () => number): Value {
  return { rows: n, cols: 1, data: Array.from({ length: n }, () => 2 * random() - 1) };
}

/** f at x (a scalar), in the trial's values for every other name, the sum indices in `indices`. */
export function scalarAt(body: MathJson, trial: Trial, variable: string, x: readonly number[], indices: ReadonlyMap<string, number> = new Map(), cols = 1): number {
  trial.set(variable, { rows: x.length / cols, cols, data: x });
  const v = valueOf(body, trial, indices);
  if (!isScalar(v)) throw new NotMatrixNotation('the function is no number');
  return v.data[0]!;
}

/** The gradient by central differences, as a column (of a matrix variable with `cols` columns: entry by entry, row by row). */
export function gradientAt(body: MathJson, trial: Trial, variable: string, x: readonly number[], indices?: ReadonlyMap<string, number>, cols = 1): number[] {
  return x.map((_, k) => {
    const at = (d: number) => scalarAt(body, trial, variable, x.map((v, j) => (j === k ? v + d : v)), indices, cols);
    return (at(STEP) - at(-STEP)) / (2 * STEP);
  });
}

/** The Hessian by central differences of the gradient, row by row. */
export function hessianAt(body: MathJson, trial: Trial, variable: string, x: readonly number[]): number[] {
  const h = OUTER_STEP;
  const columns = x.map((_, k) => {
    const at = (d: number) => gradientAt(body, trial, variable, x.map((v, j) => (j === k ? v + d : v)));
    const [plus, minus] = [at(h), at(-h)];
    return plus.map((p, i) => (p - minus[i]!) / (2 * h));
  });
  return x.flatMap((_, i) => columns.map((column) => column[i]!));
}

/** A Jacobian written with rows for the function's entries (numerator layout) or for the variable's (denominator layout). */
export type Layout = 'numerator' | 'denominator';

/** The Jacobian of a vector function by central differences, row by row: ∂f_i/∂x_k at (i, k) (numerator layout), or its transpose. */
export function jacobianAt(body: MathJson, trial: Trial, variable: string, x: readonly number[], layout: Layout): number[] {
  const n = x.length;
  const at = (k: number, d: number): readonly number[] => {
    trial.set(variable, { rows: n, cols: 1, data: x.map((v, j) => (j === k ? v + d : v)) });
    const value = valueOf(body, trial, new Map());
    if (value.rows !== n || value.cols !== 1) throw new NotMatrixNotation('the function is no vector of the variable\'s length');
    return value.data;
  };
  const columns = x.map((_, k) => {
    const [plus, minus] = [at(k, STEP), at(k, -STEP)];
    return plus.map((p, i) => (p - minus[i]!) / (2 * STEP));
  });
  return x.flatMap((_, i) => columns.map((column, k) => (layout === 'numerator' ? column[i]! : columns[i]![k]!)));
}

