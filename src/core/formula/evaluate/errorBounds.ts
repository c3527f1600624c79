/**
 * How far an operation's result may move when its inputs are only known to
 * within their carried rounding error. A value v with bound n stands for any
 * number in [v − 2n, v + 2n] (claims.ts: the factor 2 allows library
 * functions one ulp rather than half). The bound of f(x) is the largest slope
 * of f over the whole of x's interval times n — not the slope at x alone,
 * which says (0 ± 1)² is exactly 0 and 1/(0 ± 10⁻¹⁶) is finite. An interval
 * that reaches a pole or leaves the domain gives an unbounded result
 * (Infinity), and a step function (floor) whose interval holds a step may jump.
 */
import { productIsExact } from './exactness';

/** Interval half-width per unit of carried bound. */
export const ROUNDING_FACTOR = 2;

type MaxSlope = (lo: number, hi: number, x: number, y: number) => number;

const farthest = (lo: number, hi: number) => Math.max(Math.abs(lo), Math.abs(hi));
const nearest = (lo: number, hi: number) => (lo <= 0 && hi >= 0 ? 0 : Math.min(Math.abs(lo), Math.abs(hi)));
/** 1/t over a positive interval (logarithms), else unbounded. */
const reciprocal = (lo: number) => (lo > 0 ? 1 / lo : Infinity);
/**
 * Slope of tan, cot, sec, csc: largest at the end nearer a pole (where
 * `vanishing` — cos or sin — is 0); an interval reaching a pole is unbounded.
 */
const nearPole = (vanishing: (t: number) => number, slope: (t: number) => number): MaxSlope => (lo, hi) => {
  const [a, b] = [vanishing(lo), vanishing(hi)];
  if (hi - lo >= Math.PI / 2 || a === 0 || b === 0 || Math.sign(a) !== Math.sign(b)) return Infinity;
  return Math.max(Math.abs(slope(lo)), Math.abs(slope(hi)));
};

const MAX_SLOPE: Readonly<Record<string, MaxSlope>> = {
  Negate: () => 1,
  Abs: () => 1,
  Sqrt: (lo) => (lo > 0 ? 1 / (2 * Math.sqrt(lo)) : Infinity),
  Square: (lo, hi) => 2 * farthest(lo, hi),
  Exp: (_lo, hi) => Math.exp(hi),
  Ln: reciprocal,
  Lb: (lo) => reciprocal(lo) / Math.LN2,
  Lg: (lo) => reciprocal(lo) / Math.LN10,
  // |sin'| = |cos| moves by at most the distance travelled, and never exceeds 1.
  Sin: (lo, hi, x) => Math.min(1, Math.abs(Math.cos(x)) + (hi - lo) / 2),
  Cos: (lo, hi, x) => Math.min(1, Math.abs(Math.sin(x)) + (hi - lo) / 2),
  Tan: nearPole(Math.cos, (t) => 1 / Math.cos(t) ** 2),
  Cot: nearPole(Math.sin, (t) => 1 / Math.sin(t) ** 2),
  Sec: nearPole(Math.cos, (t) => Math.sin(t) / Math.cos(t) ** 2),
  Csc: nearPole(Math.sin, (t) => Math.cos(t) / Math.sin(t) ** 2),
  Sinh: (lo, hi) => Math.cosh(farthest(lo, hi)),
  Cosh: (lo, hi) => Math.sinh(farthest(lo, hi)),
  Tanh: (lo, hi) => 1 - Math.tanh(nearest(lo, hi)) ** 2,
  Arcsin: (lo, hi) => (farthest(lo, hi) < 1 ? 1 / Math.sqrt(1 - farthest(lo, hi) ** 2) : Infinity),
  Arccos: (lo, hi) => (farthest(lo, hi) < 1 ? 1 / Math.sqrt(1 - farthest(lo, hi) ** 2) : Infinity),
  Arctan: (lo, hi) => 1 / (1 + nearest(lo, hi) ** 2),
  // erf' = erfc' up to sign = (2/√π)e^{−t²}: largest at the end nearer 0.
  Erf: (lo, hi) => (2 / Math.sqrt(Math.PI)) * Math.exp(-(nearest(lo, hi) ** 2)),
  Erfc: (lo, hi) => (2 / Math.sqrt(Math.PI)) * Math.exp(-(nearest(lo, hi) ** 2)),
};

/** Step functions: no slope, but an interval holding a step may land on either side of it. */
const STEPS: Readonly<Record<string, (t: number) => number>> = { Floor: Math.floor, Ceil: Math.ceil, Round: Math.round };

/** Carried bound of `name`(x) = y, for an input with bound `noise` (> 0). */
export function unaryNoise(name: string, x: number, y: number, noise: number): number {
  const lo = x - ROUNDING_FACTOR * noise;
  const hi = x + ROUNDING_FACTOR * noise;
  const step = STEPS[name];
  if (step) return (step(hi) - step(lo)) / ROUNDING_FACTOR;
  const slope = MAX_SLOPE[name]?.(lo, hi, x, y) ?? Infinity;
  return slope * noise;
}

/**
 * Points where a function's float64 result is its exact value: exp(0) = 1,
 * ln(1) = 0, sin(0) = 0, √4 = 2, log2(8) = 3 … — no rounding of its own.
 */
export function unaryIsExact(name: string, x: number, y: number): boolean {
  switch (name) {
    case 'Exp': case 'Cos': case 'Cosh': case 'Sec': return x === 0;
    case 'Ln': case 'Arccos': return x === 1;
    case 'Sin': case 'Tan': case 'Sinh': case 'Tanh': case 'Arcsin': case 'Arctan': case 'Erf': return x === 0;
    case 'Sqrt': return productIsExact(y, y, x);
    case 'Square': return productIsExact(x, x, y);
    case 'Lb': return Number.isInteger(y) && 2 ** y === x;
    case 'Lg': return Number.isInteger(y) && y >= 0 && y <= 22 && 10 ** y === x;
    default: return false;
  }
}

/**
 * Carried bound of a^b from its inputs' bounds: a^b is monotone in b, and in a
 * on each side of 0 (for the exponents float64 gives a real value), so the
 * extremes over the box of inputs lie at its corners or at a = 0.
 */
export function powerNoise(a: number, aNoise: number, b: number, bNoise: number, value: number, pow: (a: number, b: number) => number): number {
  const as = [a - ROUNDING_FACTOR * aNoise, a + ROUNDING_FACTOR * aNoise];
  if (as[0] < 0 && as[1] > 0) as.push(0);
  const bs = bNoise > 0 ? [b - ROUNDING_FACTOR * bNoise, b + ROUNDING_FACTOR * bNoise] : [b];
  let reach = 0;
  for (const x of as) {
    for (const e of bs) {
      const corner = pow(x, e);
      if (!Number.isFinite(corner)) return Infinity;
      reach = Math.max(reach, Math.abs(corner - value));
    }
  }
  return reach / ROUNDING_FACTOR;
}

/** Carried bound of a × b: |δa·b| + |a·δb| + |δa·δb| over the intervals, as a bound per unit of factor. */
export function productNoise(a: number, aNoise: number, b: number, bNoise: number): number {
  return Math.abs(b) * aNoise + Math.abs(a) * bNoise + ROUNDING_FACTOR * aNoise * bNoise;
}

/** Carried bound of a / b; unbounded when b's interval reaches 0. */
export function quotientNoise(a: number, aNoise: number, b: number, bNoise: number): number {
  const room = Math.abs(b) - ROUNDING_FACTOR * bNoise;
  if (!(room > 0)) return Infinity;
  return (Math.abs(b) * aNoise + Math.abs(a) * bNoise) / (Math.abs(b) * room);
}
