/**
 * Definite integrals by adaptive Gauss–Kronrod quadrature (the 7-point Gauss
 * rule nested in the 15-point Kronrod rule, as QUADPACK's QAG does), written
 * here because it is small and must share the interpreter's budget and
 * error bounds.
 *
 * The range is first mapped onto (0, 1) (x = a + t/(1−t) for [a, ∞),
 * x = t/(1−t²) for (−∞, ∞)), then smoothed at both ends with
 * t = 3u² − 2u³, whose derivative vanishes there: an endpoint singularity
 * x^(−α) becomes u^(1−2α), bounded for α ≤ ½ (1/√x turns smooth) and still
 * integrable exactly when α < 1. A divergent integral (1/x on (0, 1], 1/x on
 * [1, ∞)) keeps a non-integrable end, so its error never shrinks: the
 * interval next to that end keeps the same share of the value however often
 * it is halved, the subdivision budget runs out, and the integral is refused.
 *
 * The error bound of each interval is |K15 − G7|, the full difference
 * between the two rules rather than QUADPACK's scaled-down estimate (the
 * Kronrod value is far more accurate than the Gauss one, so this
 * overestimates), plus the integrand's own rounding bounds weighted as the
 * rule weights them, plus 50 ulps of the interval's Σ|w·f| for the rule's
 * own roundoff. A result is returned only once that bound is below
 * the tolerance (1e-13 of the value for a side); the interpreter carries it as the value's
 * rounding bound, so a claim is judged only where it is small enough.
 */
import { CannotEvaluate } from './interpret';
import { pastDeadline } from '../deadline';

/** An integrand value with the bound on its rounding error (the interpreter's `noise` + `under`). */
export interface Sample {
  readonly value: number;
  readonly bound: number;
}

/** How hard one integral may work. */
export interface QuadratureEffort {
  /** Most intervals the range may be split into. */
  readonly maxIntervals: number;
  /** The truncation bound a result must reach, relative to its value (or to ∫|f| when that is larger). */
  readonly tolerance: number;
}

export interface QuadratureLimits extends QuadratureEffort {
  readonly deadline: number;
}

/** For a side: tight enough that the bound is far below any claim's digits and the 1e-12 of `=`. */
export const SIDE_EFFORT: QuadratureEffort = { maxIntervals: 400, tolerance: 1e-13 };

export interface Quadrature {
  readonly value: number;
  /** Bound on |value − integral|. */
  readonly error: number;
}

/** Kronrod nodes on [−1, 1] (the positive half and 0), and the weights of the 15- and nested 7-point rules. */
const XK = [
  0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
  0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
  0.207784955007898467600689403773245, 0,
];
const WK = [
  0.02293532201052922496373200805897, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
  0.140653259715525918745189590510238, 0.16900472663926790282658342659855, 0.190350578064785409913256402421014,
  0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
];
/** Gauss weights of the nodes XK[1], XK[3], XK[5], XK[7]. */
const WG = [0.129484966168869693270611432679082, 0.27970539148927666790146777142378, 0.381830050505118944950369775488975, 0.417959183673469387755102040816327];

const EPSILON = 2 ** -52;
/** The smoothed range starts as this many intervals, so a narrow feature is less likely to fall between the first nodes. */
const INITIAL_INTERVALS = 4;

interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly value: number;
  /** |K15 − G7|: what halving the interval reduces. */
  readonly truncation: number;
  /** The integrand's carried rounding and the rule's own roundoff: what halving does not reduce. */
  readonly rounding: number;
  /** ∫|f| over the interval, the scale an integral that cancels to 0 is measured against. */
  readonly magnitude: number;
}

/**
 * ∫_lo^hi f(x) dx, either bound possibly infinite. Throws CannotEvaluate when
 * the integrand has no value somewhere on the range or the error bound does
 * not converge within the limits (a divergent integral, or one too hard).
 */
export function definiteIntegral(f: (x: number) => Sample, lo: number, hi: number, limits: QuadratureLimits): Quadrature {
  if (Number.isNaN(lo) || Number.isNaN(hi)) throw new CannotEvaluate('the integral has an undefined bound');
  if (lo === hi) return { value: 0, error: 0 };
  if (lo > hi) {
    const flipped = definiteIntegral(f, hi, lo, limits);
    return { value: -flipped.value, error: flipped.error };
  }
  return adaptive(smoothEnds(onUnitRange(f, lo, hi)), limits);
}

/**
 * The integrand as a function of s in (0, 1), given s and 1 − s (each exact
 * near its own end, so an end of the range is approached without rounding onto
 * it): the substitution onto (0, 1) times its Jacobian.
 */
type UnitIntegrand = (s: number, rest: number) => Sample;

function onUnitRange(f: (x: number) => Sample, lo: number, hi: number): UnitIntegrand {
  const at = (x: number, jacobian: number): Sample => {
    const y = f(x);
    return { value: y.value * jacobian, bound: y.bound * Math.abs(jacobian) };
  };
  if (Number.isFinite(lo) && Number.isFinite(hi)) {
    const width = hi - lo;
    return (s, rest) => at(s <= 0.5 ? lo + width * s : hi - width * rest, width);
  }
  // x = a + s/(1 − s) on [a, ∞), x = b − s/(1 − s) on (−∞, b].
  if (Number.isFinite(lo)) return (s, rest) => at(lo + s / rest, 1 / (rest * rest));
  if (Number.isFinite(hi)) return (s, rest) => at(hi - s / rest, 1 / (rest * rest));
  // x = t/(1 − t²) with t = 2s − 1, so 1 − t² = 4s(1 − s); dx/ds = 2(1 + t²)/(1 − t²)².
  return (s, rest) => {
    const t = s - rest;
    const q = 4 * s * rest;
    return at(t / q, (2 * (1 + t * t)) / (q * q));
  };
}

/** s = 3u² − 2u³ (and 1 − s = (1 − u)²(1 + 2u)): ds/du = 6u(1 − u) vanishes at both ends. */
function smoothEnds(g: UnitIntegrand): (u: number) => Sample {
  return (u) => {
    const v = 1 - u;
    const jacobian = 6 * u * v;
    const y = g(u * u * (3 - 2 * u), v * v * (1 + 2 * u));
    return { value: y.value * jacobian, bound: y.bound * jacobian };
  };
}

function adaptive(h: (u: number) => Sample, limits: QuadratureLimits): Quadrature {
  const intervals: Interval[] = [];
  const stalled = new EndProgress();
  for (let k = 0; k < INITIAL_INTERVALS; k++) intervals.push(kronrod(h, k / INITIAL_INTERVALS, (k + 1) / INITIAL_INTERVALS));
  for (;;) {
    let value = 0;
    let truncation = 0;
    let rounding = 0;
    let magnitude = 0;
    let worst = 0;
    intervals.forEach((interval, k) => {
      value += interval.value;
      truncation += interval.truncation;
      rounding += interval.rounding;
      magnitude += interval.magnitude;
      if (interval.truncation > intervals[worst]!.truncation) worst = k;
    });
    if (!Number.isFinite(value) || !Number.isFinite(truncation)) throw notConvergent();
    // Halving further cannot help once the truncation is below what the integrand's own rounding leaves.
    if (truncation <= Math.max(limits.tolerance * Math.max(Math.abs(value), magnitude), rounding)) {
      return { value, error: truncation + rounding + intervals.length * EPSILON * magnitude };
    }
    if (pastDeadline(limits.deadline)) throw new CannotEvaluate('evaluation took too long');
    if (intervals.length >= limits.maxIntervals) throw notConvergent();
    const split = intervals[worst]!;
    const middle = (split.lo + split.hi) / 2;
    // The halves would be too narrow for distinct nodes: the integrand is singular here, or too rough for the rule.
    if (split.hi - split.lo < MIN_WIDTH_ULPS * EPSILON * split.hi) throw notConvergent();
    if (stalled.atEnd(split)) throw notConvergent();
    intervals.splice(worst, 1, kronrod(h, split.lo, middle), kronrod(h, middle, split.hi));
  }
}

/**
 * A non-integrable end (1/x at 0 or at ∞) keeps the same error however often
 * the interval at that end is halved: after STALLED_SPLITS halvings in a row
 * that each kept more than STALLED_RATIO of the error there, the integral is
 * refused at once rather than after the whole budget. A convergent end
 * singularity gives up a fixed share each time (x^(−0.9) keeps 0.87).
 */
const STALLED_SPLITS = 12;
const STALLED_RATIO = 0.95;

class EndProgress {
  private readonly last = new Map<'lo' | 'hi', { error: number; stalls: number }>();

  /** Records the halving of `interval`; true when its end has stalled. */
  atEnd(interval: Interval): boolean {
    const end = interval.lo === 0 ? 'lo' : interval.hi === 1 ? 'hi' : undefined;
    if (end === undefined) return false;
    const before = this.last.get(end);
    const stalls = before && interval.truncation > STALLED_RATIO * before.error ? before.stalls + 1 : 0;
    this.last.set(end, { error: interval.truncation, stalls });
    return stalls >= STALLED_SPLITS;
  }
}

/** An interval is halved only while it spans this many ulps of its upper end. */
const MIN_WIDTH_ULPS = 1024;

function notConvergent(): CannotEvaluate {
  return new CannotEvaluate('the integral could not be shown to converge; it may diverge');
}

/** The 15-point Kronrod value on [lo, hi], with its truncation and rounding bounds. */
function kronrod(h: (u: number) => Sample, lo: number, hi: number): Interval {
  const center = (lo + hi) / 2;
  const half = (hi - lo) / 2;
  let k15 = 0;
  let g7 = 0;
  let absolute = 0;
  let carried = 0;
  for (let j = 0; j < XK.length; j++) {
    const points = XK[j] === 0 ? [center] : [center - half * XK[j]!, center + half * XK[j]!];
    for (const u of points) {
      const y = h(u);
      if (!Number.isFinite(y.value)) throw new CannotEvaluate('the integrand is not finite on the range of the integral; the integral may diverge');
      k15 += WK[j]! * y.value;
      if (j % 2 === 1) g7 += WG[(j - 1) / 2]! * y.value;
      absolute += WK[j]! * Math.abs(y.value);
      carried += WK[j]! * y.bound;
    }
  }
  return {
    lo,
    hi,
    value: k15 * half,
    truncation: Math.abs((k15 - g7) * half),
    // The integrand's true values lie within twice its carried bounds (claims.ts).
    rounding: 50 * EPSILON * absolute * half + 2 * carried * half,
    magnitude: absolute * half,
  };
}
