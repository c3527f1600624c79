/**
 * Sums too long to add term by term: infinite series (`\sum_{n=1}^\infty
 * \frac{1}{n^2}`) and finite sums past the term limit
 * (`\sum_{k=1}^{10^6} \frac{1}{k^2}`). The first terms are added one by one;
 * what remains is bounded or computed, and that bound is carried as the
 * value's rounding noise, so a claim is judged only where it is small enough:
 *
 * - **Geometric tail.** When the ratios |t(k+1)/t(k)| of the last RATIO_WINDOW
 *   terms are below 1 and not increasing (x^k, k·x^k, 1/k!, 2^{-k}), the tail
 *   after term t is at most |t|·ρ/(1−ρ), ρ the largest of those ratios; terms
 *   are added until that bound is negligible.
 * - **Euler–Maclaurin.** When the term is a smooth function of k (it has a
 *   value between the integers: 1/k², not 1/k! or (−1)^k) and keeps one sign,
 *   the rest of the sum from N is ∫_N f + f(N)/2 − f′(N)/12 (+ the same at the
 *   upper end of a finite sum), the integral by quadrature.ts. Its error bound
 *   is the quadrature's, ten times the next Euler–Maclaurin term
 *   (f‴(N)/720, by differences), the difference between two derivative steps,
 *   and the difference between the results from N and from N/2 — which is
 *   large when the assumptions fail (an oscillating term).
 * - **Divergence.** An infinite series whose last terms do not shrink (ratios
 *   ≥ 1 after GROWTH_ALLOWED terms: x^k for |x| ≥ 1) or shrink no faster than 1/k (1/k, 1/√k: the local
 *   exponent stays ≤ 1 up to 64 N) diverges; one that fits none of these
 *   patterns could not be shown to converge. Neither has a value.
 */
import { CannotEvaluate, type Evaluated } from './interpret';
import { definiteIntegral, SIDE_EFFORT } from './quadrature';

/** A term of the sum at index k (evaluated by the interpreter; throws CannotEvaluate where it has no value). */
export type Term = (k: number) => Evaluated;

export interface SeriesLimits {
  readonly deadline: number;
  /** Most terms added one by one. */
  readonly maxTerms: number;
  /** A tail bound this small against the sum ends the term-by-term addition (default NEGLIGIBLE). */
  readonly tailTolerance?: number;
}

const HALF_ULP = 2 ** -53;
/** Terms whose ratios decide the geometric tail. */
const RATIO_WINDOW = 16;
/** Terms added one by one at most, before the tail is computed rather than added. */
const DIRECT_TERMS = 1000;
/** A tail bound this small against the sum ends the term-by-term addition. */
const NEGLIGIBLE = 1e-17;
/**
 * Terms added before "the terms do not shrink" may be concluded: k^10/2^k
 * grows up to k = 14 before it shrinks.
 */
const GROWTH_ALLOWED = 256;
/** How far past N the local exponent of a power-law term is checked (N, 2N, …, 64N). */
const EXPONENT_DOUBLINGS = 6;

/** Σ_{k=lo}^{hi} term(k) for integer lo and integer or infinite hi. */
export function longSum(term: Term, lo: number, hi: number, limits: SeriesLimits): Evaluated {
  const infinite = hi === Infinity;
  // A term with no value between the integers ((−1)^k, 1/k!) can only end geometrically: no point adding many terms first.
  const smooth = smoothTerm(term, lo);
  const cap = Math.min(limits.maxTerms, smooth ? DIRECT_TERMS : GROWTH_ALLOWED + RATIO_WINDOW);
  const total = new CompensatedSum();
  let noise = 0;
  const magnitudes: number[] = [];
  const partial = new Map<number, number>();
  const half = Math.floor(cap / 2);
  let k = lo;
  let sum = 0;
  let geometric = false;
  // Past `cap` only while the terms still shrink geometrically, each step lowering the tail bound.
  for (; k <= hi && (k - lo < cap || (geometric && k - lo < limits.maxTerms)); k++) {
    const t = term(k);
    if (!Number.isFinite(t.value)) throw new CannotEvaluate(`term ${k} of the sum is not finite`);
    sum = total.add(t.value);
    noise += t.noise + t.under;
    magnitudes.push(Math.abs(t.value));
    if (magnitudes.length > RATIO_WINDOW + 1) magnitudes.shift();
    if (k - lo + 1 === half) partial.set(k + 1, sum);
    const rho = geometricRatio(magnitudes);
    geometric = rho !== undefined;
    if (rho !== undefined) {
      const tail = (Math.abs(t.value) * rho) / (1 - rho);
      if (tail <= (limits.tailTolerance ?? NEGLIGIBLE) * Math.abs(sum)) return { value: sum, noise: noise + total.bound() + tail, under: 0 };
    }
    if (infinite && k - lo >= GROWTH_ALLOWED && notShrinking(magnitudes)) throw new CannotEvaluate('the series diverges: its terms do not tend to 0');
  }
  noise += total.bound();
  if (k > hi) return { value: sum, noise, under: 0 };
  // Still geometric at the last term added: the tail bound holds, only it is not negligible (x^k for x near 1).
  const rho = geometricRatio(magnitudes);
  if (rho !== undefined) return { value: sum, noise: noise + (magnitudes[magnitudes.length - 1]! * rho) / (1 - rho), under: 0 };
  if (!smooth || !smoothTerm(term, k) || !oneSign(term, k)) {
    throw new CannotEvaluate(infinite ? 'the series could not be shown to converge' : `a sum of ${(hi - lo + 1).toExponential(0).replace('e+', 'e')} terms exceeds the limit of ${limits.maxTerms} added one by one, and its terms are not a smooth function of the index`);
  }
  if (infinite) powerLawExponent(term, k);
  const from = (start: number, head: number): { value: number; error: number } => {
    const rest = eulerMaclaurin(term, start, hi, limits);
    return { value: head + rest.value, error: rest.error };
  };
  const far = from(k, sum);
  const start = lo + half;
  const near = partial.has(start) ? from(start, partial.get(start)!) : far;
  const error = far.error + near.error + Math.abs(far.value - near.value);
  if (!Number.isFinite(error)) throw new CannotEvaluate('the series could not be shown to converge');
  return { value: far.value, noise: noise + error, under: 0 };
}

/**
 * Neumaier's compensated summation: the sum of n terms is off by at most
 * 2u·|S| + 2n²u²·Σ|t| (u = 2^-53; Higham, Accuracy and Stability of Numerical
 * Algorithms, §4.3), where plain addition may lose n·u·Σ|t|.
 */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;
  private count = 0;
  private absolute = 0;

  /** Adds x and returns the compensated sum so far. */
  add(x: number): number {
    const next = this.sum + x;
    this.compensation += Math.abs(this.sum) >= Math.abs(x) ? this.sum - next + x : x - next + this.sum;
    this.sum = next;
    this.count++;
    this.absolute += Math.abs(x);
    return this.sum + this.compensation;
  }

  bound(): number {
    return 2 * HALF_ULP * Math.abs(this.sum + this.compensation) + 2 * (this.count * HALF_ULP) ** 2 * this.absolute;
  }
}

/** The largest of the last ratios when they are all below 1 and do not increase, else undefined. */
function geometricRatio(magnitudes: readonly number[]): number | undefined {
  if (magnitudes.length <= RATIO_WINDOW) return undefined;
  let largest = 0;
  let previous = Infinity;
  for (let j = 1; j < magnitudes.length; j++) {
    const ratio = magnitudes[j]! / magnitudes[j - 1]!;
    if (!(ratio < 1) || ratio > previous * (1 + 1e-9)) return undefined;
    previous = ratio;
    largest = Math.max(largest, ratio);
  }
  return largest;
}

/** The last terms never get smaller: they do not tend to 0. */
function notShrinking(magnitudes: readonly number[]): boolean {
  for (let j = 1; j < magnitudes.length; j++) if (!(magnitudes[j]! >= magnitudes[j - 1]!) || magnitudes[j] === 0) return false;
  return true;
}

/** The term has a finite value between the integers too (1/k², not 1/k! or (−1)^k). */
function smoothTerm(term: Term, k: number): boolean {
  return [0.5, 1.25, 7.75].every((d) => finiteAt(term, k + d));
}

/** The term keeps one sign over the next integers and at far points: Euler–Maclaurin needs no oscillation. */
function oneSign(term: Term, k: number): boolean {
  const sign = Math.sign(valueAt(term, k));
  if (sign === 0) return false;
  for (let j = 1; j <= RATIO_WINDOW; j++) if (Math.sign(valueAt(term, k + j)) !== sign) return false;
  return true;
}

function finiteAt(term: Term, x: number): boolean {
  try {
    return Number.isFinite(term(x).value);
  } catch (error) {
    if (error instanceof CannotEvaluate) return false;
    throw error;
  }
}

function valueAt(term: Term, x: number): number {
  try {
    return term(x).value;
  } catch (error) {
    if (error instanceof CannotEvaluate) return NaN;
    throw error;
  }
}

/**
 * The local exponent p of |t(k)| ~ k^(−p) at N, 2N, …, 64N. It must stay
 * above 1 and steady (within 1%); at or below 1 everywhere the series diverges.
 */
function powerLawExponent(term: Term, n: number): void {
  const exponents: number[] = [];
  for (let j = 0; j < EXPONENT_DOUBLINGS; j++) {
    const a = Math.abs(valueAt(term, n * 2 ** j));
    const b = Math.abs(valueAt(term, n * 2 ** (j + 1)));
    exponents.push(Math.log2(a / b));
  }
  if (exponents.every((p) => p <= 1)) throw new CannotEvaluate('the series diverges: its terms shrink no faster than 1/k');
  const lowest = Math.min(...exponents);
  const highest = Math.max(...exponents);
  if (!(lowest > 1) || !(highest - lowest <= 0.01 * lowest)) throw new CannotEvaluate('the series could not be shown to converge');
}

/** Σ_{k=n}^{hi} f(k) by Euler–Maclaurin to the f′ term, with a bound on what it leaves out. */
function eulerMaclaurin(term: Term, n: number, hi: number, limits: SeriesLimits): { value: number; error: number } {
  const f = (x: number): number => term(x).value;
  const integral = definiteIntegral((x) => {
    const t = term(x);
    return { value: t.value, bound: t.noise + t.under };
  }, n, hi, { deadline: limits.deadline, ...SIDE_EFFORT });
  const lower = endTerms(f, n);
  const upper = hi === Infinity ? { half: 0, slope: 0, error: 0 } : endTerms(f, hi);
  // Σ = ∫ + (f(n) + f(hi))/2 + (f′(hi) − f′(n))/12 − …
  const value = integral.value + lower.half + upper.half + (upper.slope - lower.slope) / 12;
  return { value, error: integral.error + lower.error + upper.error };
}

/** f(x)/2 and f′(x) at one end, with the error of the derivative and ten times the next term (f‴/720). */
function endTerms(f: (x: number) => number, x: number): { half: number; slope: number; error: number } {
  const h = Math.max(1, x / 64);
  const quotient = (step: number): number => (f(x + step) - f(x - step)) / (2 * step);
  const coarse = quotient(h);
  const fine = quotient(h / 2);
  const slope = (4 * fine - coarse) / 3;
  const third = (f(x + 2 * h) - 2 * f(x + h) + 2 * f(x - h) - f(x - 2 * h)) / (2 * h ** 3);
  const error = Math.abs(fine - coarse) / 12 + (10 * Math.abs(third)) / 720;
  return { half: f(x) / 2, slope, error };
}
