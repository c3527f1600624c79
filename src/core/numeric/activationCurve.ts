import type { ExperimentSpec, Point } from '../types';
import { activationDerivative, activationValue } from './activations';
import { roundToDtype } from './dtype';
import { STEPS_PER_YIELD } from './power';

/**
 * The `activation` experiment: f(x) and f′(x) at `points` evenly spaced x over
 * `range` (both ends included). x is rounded to the dtype first, then f and f′
 * are computed in float64 and rounded once, as in the mlp.
 */
export function* activationCurveSteps(spec: ExperimentSpec): Generator<number, Point[], void> {
  const { dtype, points: count } = spec;
  const [low, high] = spec.range;
  if (!Number.isFinite(low) || !Number.isFinite(high) || !(low < high)) {
    throw new RangeError(`range must be two finite numbers [low, high] with low < high, got [${low}, ${high}]`);
  }
  const points: Point[] = [];
  for (let j = 0; j < count; j++) {
    const x = roundToDtype(low + ((high - low) * j) / (count - 1), dtype);
    points.push({
      x,
      f: roundToDtype(activationValue(spec.activation, x), dtype),
      df: roundToDtype(activationDerivative(spec.activation, x), dtype),
    });
    if ((j + 1) % STEPS_PER_YIELD === 0) yield (j + 1) / count;
  }
  return points;
}
