/**
 * Reading the numpy reference fixtures (test/reference/*.py writes them): numbers that JSON
 * cannot hold are written as strings, and results are compared by relative error.
 */

/** A fixture number: JSON has no Infinity or NaN, so those come as their names. */
export type Encoded = number | 'Infinity' | '-Infinity' | 'NaN';

export const decode = (v: Encoded): number => (typeof v === 'number' ? v : Number(v));

/** |actual − expected| / |expected|; 0 when both are the same NaN or infinity, the absolute error against 0. */
export function relativeError(actual: number, expected: number): number {
  if (Number.isNaN(expected)) return Number.isNaN(actual) ? 0 : Infinity;
  if (!Number.isFinite(expected)) return actual === expected ? 0 : Infinity;
  if (expected === 0) return Math.abs(actual);
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** One training run of a reference fixture: the loss at every step, the divergence step, each layer's update ratios. */
export interface TrainExpected {
  readonly points: { step: number; loss: number }[];
  readonly diverged: number | null;
  readonly layers: { layer: number; updateRatio: Encoded[] }[];
}
