import type { ExperimentSpec, Point } from '../types';
import { roundToDtype } from './dtype';

/** How often (in steps) the long loops report progress and give the runner a chance to cancel. */
export const STEPS_PER_YIELD = 4096;

/**
 * The `power` experiment: aⁿ by repeated multiplication in the dtype,
 * v₀ = 1, vₙ = round(vₙ₋₁ · round(a)), points {n, value} for n = 0..N. Each
 * product of two dtype values is exact in float64 (≤ 2·24 bits), so rounding it
 * once is exactly the dtype's IEEE multiplication.
 */
export function* powerSteps(spec: ExperimentSpec): Generator<number, Point[], void> {
  const { dtype, n } = spec;
  const base = roundToDtype(spec.base, dtype);
  const points: Point[] = [{ n: 0, value: 1 }];
  let value = 1;
  for (let k = 1; k <= n; k++) {
    value = roundToDtype(value * base, dtype);
    points.push({ n: k, value });
    if (k % STEPS_PER_YIELD === 0) yield k / n;
  }
  return points;
}
