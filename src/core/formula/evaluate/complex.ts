/**
 * Complex numbers: `e^{i\pi} = -1`, `i^2 = -1`, `|3+4i| = 5`, `(1+i)^2 = 2i`,
 * `\sqrt{-1} = i`.
 *
 * When `i` is the imaginary unit. `\imaginaryI` and `\mathrm{i}` always are.
 * A bare `i` is one only in a statement that makes a claim, where no side
 * uses i as an index (`x_i`, `\sum_{i=1}^n`, `a_{ij}`), the first side is not
 * `i` itself (`i = 1, \ldots, n`), no relation orders it (`1 \le i \le n`),
 * the note has not defined i, and no other free symbol appears. With other
 * free symbols (`k = i + a`, Euler's formula `e^{ix} = \cos x + i\sin x`)
 * the statement is read with i a real variable, as before, except that it
 * may not fail: i may be the imaginary unit there.
 *
 * Arithmetic is float64 on both parts. Each value carries one bound on the
 * modulus of its error (the true value lies within twice it, as in
 * claims.ts); operations that float64 does exactly (i·i, (1+i)², 3² + 4²)
 * add nothing, so `i^2 = -1` holds exactly. A function whose input straddles
 * its branch cut (√ and ln of a value on the negative real axis within its
 * bound) has an unbounded bound. A claim between complex values is judged on
 * the modulus of the difference: `=` holds when it is within 1e-12 of the
 * larger modulus (and the bounds are too), fails when the bounds cannot bring
 * the sides within that, and is undecided otherwise — `e^{i\pi} + 1 = 0` is
 * 1.2 × 10^-16 i against 0, undecided like `\sin(\pi) = 0`.
 */
import type { MathJson } from '../read/engine';
import { CannotEvaluate, evaluate, type Budget, type Evaluated } from './interpret';
import { productIsExact, sumIsExact } from './exactness';
import { ROUNDING_FACTOR } from './errorBounds';
import type { ClaimReport, Relation, SideReport } from '../types';

/** A complex value with a bound on the modulus of its rounding error. */
export interface Complex {
  readonly re: number;
  readonly im: number;
  readonly noise: number;
  /** Known to be exactly real (a real computation, or a modulus). */
  readonly real: boolean;
}

const U = 2 ** -53;
const IMAGINARY_NAMES = new Set(['ImaginaryUnit', 'i']);

/** Symbols that name the imaginary unit in a complex statement. */
export function isImaginaryUnit(symbol: string): boolean {
  return IMAGINARY_NAMES.has(symbol);
}

/** `i` used as an index in the LaTeX: a subscript mentioning it (`x_i`, `a_{ij}`, `\sum_{i=1}`). */
const INDEX_I = /_\s*(?:i(?![A-Za-z])|\{[^{}]*(?<![A-Za-z\\])i)/;
const BARE_I = /(?<![A-Za-z\\])i(?![A-Za-z])/;
/** `\\mathbf{i}`, `\\hat{i}`, `\\vec{i}`: a unit vector or another decorated letter, not the imaginary unit. */
const DECORATED = /\\(?:mathbf|boldsymbol|bm|vec|hat|bar|tilde|dot|mathit|mathcal|mathbb|mathsf)\s*\{[^{}]*\}/g;
/** Words set as text (`\\text{if}`): their letters are no product. */
const TEXT_GROUP = /\\(?:text|textrm|textit|textbf|mathrm|operatorname|mbox)\s*\{[^{}]*\}/g;
/**
 * i times one letter, `(1+it)^2 = 1-t^2+2it`, `\\frac{1}{u + iv}` (Myyura/the_kai_project, complex
 * analysis): a run of exactly two letters that starts with i, once words set as text are gone, and
 * not a quoted word (`\\text{idf}("is", d_3)`).
 */
const I_TIMES_LETTER = /(?<![A-Za-z"'`])i[A-Za-z](?![A-Za-z"'`])/;
const UNIT_COMMAND = /\\imaginaryI(?![A-Za-z])|\\mathrm\s*\{\s*i\s*\}/;

/** Whether a statement (its sides' LaTeX and relations) uses i as the imaginary unit (see the module comment). */
export function usesImaginaryUnit(sides: readonly string[], relations: readonly Relation[], iDefined: boolean): boolean {
  if (sides.length < 2) return false;
  if (sides.some((s) => UNIT_COMMAND.test(s))) return true;
  // `1 \le i \le n`: complex numbers are not ordered, so an i compared so is a real number.
  if (relations.some((r) => r !== '=' && r !== '\\neq' && r !== '\\approx')) return false;
  if (iDefined || sides[0]!.trim() === 'i' || sides.some((s) => INDEX_I.test(s))) return false;
  return sides.some((s) => {
    const math = s.replace(DECORATED, ' ').replace(TEXT_GROUP, ' ').replace(/\\[A-Za-z]+/g, ' ');
    return BARE_I.test(math) || I_TIMES_LETTER.test(math);
  });
}

/** Whether the statement names the unit unambiguously (`\imaginaryI`, `\mathrm{i}`) rather than with a bare i. */
export function namesUnitExplicitly(sides: readonly string[]): boolean {
  return sides.some((s) => UNIT_COMMAND.test(s));
}

/** Indices tried when a bare i may be an index: a claim that holds for one of them is an equation in i, not a false claim. */
const INDEX_RANGE = 100;

/**
 * The natural number i (0 … 100) for which `left = right` holds with i a real
 * variable, if any: `2i + 1 = 7` may be an equation in an index (i = 3), so
 * a claim with a bare i fails only when no index satisfies it either.
 */
export function indexSolution(left: MathJson, right: MathJson, budget: () => Budget): number | undefined {
  for (let n = 0; n <= INDEX_RANGE; n++) {
    const env = new Map([['i', n]]);
    try {
      const l = evaluate(left, budget(), env);
      const r = evaluate(right, budget(), env);
      const reach = ROUNDING_FACTOR * (l.noise + r.noise);
      if (Number.isFinite(l.value) && Number.isFinite(r.value) && Math.abs(l.value - r.value) <= reach + 1e-9 * Math.max(Math.abs(l.value), Math.abs(r.value))) return n;
    } catch (error) {
      if (!(error instanceof CannotEvaluate)) throw error;
    }
  }
  return undefined;
}

/**
 * The real values of i tried for a rate: −0.5 … 0.9975 in steps of 0.0025 (rates are written 0.035, 6%). Not ±1,
 * so that `i^2 = 1`, a slip about the imaginary unit, is no equation in a rate.
 */
const RATE_GRID: readonly number[] = Array.from({ length: 600 }, (_, k) => -0.5 + k * 0.0025);

/**
 * A real i (a rate, an unknown to solve for) at which `left = right` holds, if one lies on RATE_GRID or
 * between two of its points where `left − right` changes sign without a pole between them. Actuarial and
 * finance notes write i for the interest rate: `(1+i)^{20} = 4`, `1+i = 1.03501`, `10{,}000 \times i = 375`
 * (ActuarialNotes/Actuarial-Notes-Wiki, questions/exam-fm) are equations in that rate, not claims about √−1.
 */
export function realSolution(left: MathJson, right: MathJson, budget: () => Budget): number | undefined {
  const gap = (x: number): number | undefined => {
    const env = new Map([['i', x]]);
    try {
      const l = evaluate(left, budget(), env);
      const r = evaluate(right, budget(), env);
      return Number.isFinite(l.value) && Number.isFinite(r.value) ? l.value - r.value : undefined;
    } catch (error) {
      if (!(error instanceof CannotEvaluate)) throw error;
      return undefined;
    }
  };
  let previous: { x: number; f: number } | undefined;
  for (const x of RATE_GRID) {
    const f = gap(x);
    if (f === undefined) { previous = undefined; continue; }
    if (f === 0) return x;
    if (previous !== undefined && Math.sign(f) !== Math.sign(previous.f)) {
      const mid = gap((x + previous.x) / 2);
      if (mid !== undefined && Math.abs(mid) <= Math.max(Math.abs(f), Math.abs(previous.f))) return (x + previous.x) / 2;
    }
    previous = { x, f };
  }
  return undefined;
}

/** `\mathrm{i}` as the engine's imaginary unit (preprocess would make it a plain `i`). */
export function markImaginaryUnit(latex: string): string {
  return latex.replace(/\\mathrm\s*\{\s*i\s*\}/g, '\\imaginaryI ');
}

function exactReal(x: number): Complex {
  return { re: x, im: 0, noise: 0, real: true };
}

function fromReal(e: Evaluated): Complex {
  return { re: e.value, im: 0, noise: e.noise + e.under, real: true };
}

/** The value of `json` with i the imaginary unit. */
export function evaluateComplex(json: MathJson, budget: Budget, depth = 0): Complex {
  if (depth > 200) throw new CannotEvaluate('the formula nests deeper than 200 levels');
  if (typeof json === 'string' && IMAGINARY_NAMES.has(json)) return { re: 0, im: 1, noise: 0, real: false };
  if (!mentionsUnit(json)) {
    const real = evaluate(json, budget);
    // √−1, ln(−1), (−1)^{1/2}: no real value, but a complex one.
    if (!Number.isNaN(real.value) || !Array.isArray(json)) return fromReal(real);
  }
  if (!Array.isArray(json) || json.length === 0) throw new CannotEvaluate('unreadable expression');
  const [head, ...args] = json as readonly MathJson[];
  const at = (k: number): Complex => evaluateComplex(args[k]!, budget, depth + 1);
  switch (head) {
    case 'Add': return args.map((_, k) => at(k)).reduce(add, exactReal(0));
    case 'Subtract': return add(at(0), negate(at(1)));
    case 'Negate': return negate(at(0));
    case 'Multiply': return args.map((_, k) => at(k)).reduce(multiply, exactReal(1));
    case 'InvisibleOperator': return juxtaposed(args, budget, depth);
    case 'Divide': case 'Rational': return divide(at(0), at(1));
    case 'Delimiter': case 'Hold': return delimited(args, budget, depth);
    case 'Power': return isEuler(args[0]!) ? exp(at(1)) : power(at(0), at(1));
    case 'Sqrt': return sqrt(at(0));
    case 'Exp': return exp(at(0));
    case 'Ln': return ln(at(0));
    // A bare \\log is natural unless the note declared another base.
    case 'Log': if (args.length === 1 && (budget.logBase ?? 'e') === 'e') return ln(at(0)); break;
    case 'Abs': return abs(at(0));
    case 'Sin': return sine(at(0));
    case 'Cos': return cosine(at(0));
  }
  throw new CannotEvaluate(`${typeof head === 'string' ? head : 'this operation'} of a complex number is not supported`);
}

function mentionsUnit(json: MathJson): boolean {
  if (typeof json === 'string') return IMAGINARY_NAMES.has(json);
  return Array.isArray(json) && json.some((item) => mentionsUnit(item as MathJson));
}

function isEuler(json: MathJson): boolean {
  return json === 'e' || json === 'ExponentialE';
}

const FUNCTIONS: Readonly<Record<string, (z: Complex) => Complex>> = {
  Exp: exp, Ln: ln, Sqrt: sqrt, Abs: abs, Sin: sine, Cos: cosine,
};

/** `2i`, `i\pi` are products; `\exp(i\pi)` (Exp next to a group) is an application. */
function juxtaposed(args: readonly MathJson[], budget: Budget, depth: number): Complex {
  const first = args[0];
  const product = (items: readonly MathJson[]): Complex => items.reduce<Complex>((p, a) => multiply(p, evaluateComplex(a, budget, depth + 1)), exactReal(1));
  if (typeof first === 'string' && first in FUNCTIONS && args.length >= 2) return FUNCTIONS[first]!(product(args.slice(1)));
  return product(args);
}

function delimited(args: readonly MathJson[], budget: Budget, depth: number): Complex {
  const body = args[0];
  if (Array.isArray(body) && body[0] === 'Sequence') {
    if (body.length !== 2) throw new CannotEvaluate('a list of values has no single value');
    return evaluateComplex(body[1] as MathJson, budget, depth + 1);
  }
  if (body === undefined) throw new CannotEvaluate('empty parentheses');
  return evaluateComplex(body, budget, depth + 1);
}

function modulus(z: Complex): number {
  return Math.hypot(z.re, z.im);
}

function negate(z: Complex): Complex {
  return { ...z, re: -z.re, im: -z.im };
}

function add(a: Complex, b: Complex): Complex {
  const re = a.re + b.re;
  const im = a.im + b.im;
  const exactly = sumIsExact(a.re, b.re, re) && sumIsExact(a.im, b.im, im);
  return { re, im, noise: a.noise + b.noise + (exactly ? 0 : U * (Math.abs(re) + Math.abs(im))), real: a.real && b.real };
}

function multiply(a: Complex, b: Complex): Complex {
  const [rr, ii, ri, ir] = [a.re * b.re, a.im * b.im, a.re * b.im, a.im * b.re];
  const re = rr - ii;
  const im = ri + ir;
  const exactly =
    productIsExact(a.re, b.re, rr) && productIsExact(a.im, b.im, ii) && productIsExact(a.re, b.im, ri) &&
    productIsExact(a.im, b.re, ir) && sumIsExact(rr, -ii, re) && sumIsExact(ri, ir, im);
  // Each part is two products and a sum: at most 2u of the sum of their magnitudes, per part.
  const own = exactly ? 0 : 2 * U * (Math.abs(rr) + Math.abs(ii) + Math.abs(ri) + Math.abs(ir));
  const carried = modulus(a) * b.noise + modulus(b) * a.noise + ROUNDING_FACTOR * a.noise * b.noise;
  return { re, im, noise: carried + own, real: a.real && b.real };
}

function divide(a: Complex, b: Complex): Complex {
  const size = modulus(b);
  if (size === 0 || ROUNDING_FACTOR * b.noise >= size) throw new CannotEvaluate('division by a complex value that may be 0');
  const d = b.re * b.re + b.im * b.im;
  const re = (a.re * b.re + a.im * b.im) / d;
  const im = (a.im * b.re - a.re * b.im) / d;
  const q = Math.hypot(re, im);
  const exactly = b.im === 0 && a.im === 0 && re * b.re === a.re && productIsExact(re, b.re, a.re);
  const carried = (a.noise + q * b.noise) / (size - ROUNDING_FACTOR * b.noise) * 1.01;
  return { re, im, noise: carried + (exactly ? 0 : 8 * U * (q + Math.abs(a.re) / size + Math.abs(a.im) / size)), real: a.real && b.real };
}

/** z^w: repeated products for a small exact integer w (exact where float64 is), else exp(w·ln z). */
function power(z: Complex, w: Complex): Complex {
  if (w.real && w.noise === 0 && Number.isInteger(w.re) && Math.abs(w.re) <= 64) {
    let result = exactReal(1);
    let base = z;
    for (let n = Math.abs(w.re); n > 0; n = Math.floor(n / 2)) {
      if (n % 2 === 1) result = multiply(result, base);
      if (n > 1) base = multiply(base, base);
    }
    return w.re < 0 ? divide(exactReal(1), result) : result;
  }
  if (z.re === 0 && z.im === 0 && z.noise === 0) {
    if (w.re > 0) return exactReal(0);
    throw new CannotEvaluate('0 to a power whose real part is not positive');
  }
  return exp(multiply(w, ln(z)));
}

function exp(z: Complex): Complex {
  const size = Math.exp(z.re);
  const re = z.im === 0 ? size : size * Math.cos(z.im);
  const im = z.im === 0 ? 0 : size * Math.sin(z.im);
  // exp(z + δ) − exp(z) = exp(z)(e^δ − 1), and |e^δ − 1| ≤ e^|δ| − 1 with |δ| ≤ 2·noise.
  const carried = (size * Math.expm1(ROUNDING_FACTOR * z.noise)) / ROUNDING_FACTOR;
  const exactly = z.re === 0 && z.im === 0;
  return { re, im, noise: carried + (exactly ? 0 : 4 * U * size), real: z.real };
}

/** The principal logarithm; unbounded when the input may straddle the cut along the negative reals. */
function ln(z: Complex): Complex {
  const size = modulus(z);
  const reach = ROUNDING_FACTOR * z.noise;
  if (size <= reach || size === 0) throw new CannotEvaluate('the logarithm of a complex value that may be 0');
  const re = Math.log(size);
  const im = Math.atan2(z.im, z.re);
  const onCut = z.re < 0 && Math.abs(z.im) <= reach && reach > 0;
  const carried = onCut ? Infinity : (z.noise / (size - reach)) * 1.01;
  const exactly = size === 1 && (z.im === 0 ? z.re === 1 : false);
  return { re, im, noise: carried + (exactly ? 0 : 4 * U * (Math.abs(re) + Math.abs(im))), real: z.real && z.re > 0 };
}

/** The principal square root (√−1 = i); unbounded on the cut like ln. */
function sqrt(z: Complex): Complex {
  const size = modulus(z);
  const re = Math.sqrt((size + z.re) / 2);
  const im = (z.im < 0 ? -1 : 1) * Math.sqrt((size - z.re) / 2);
  const reach = ROUNDING_FACTOR * z.noise;
  const onCut = z.re < 0 && Math.abs(z.im) <= reach && reach > 0;
  // |√(z+δ) − √z| ≤ |δ| / (√|z+δ| + √|z|) ≤ |δ| / √(|z| − |δ|), and never more than √|δ|.
  const carried = onCut ? Infinity : z.noise === 0 ? 0 : size > 2 * reach ? (z.noise / Math.sqrt(size - reach)) * 1.01 : Math.sqrt(reach);
  const exactly = (z.im === 0 && productIsExact(re, re, Math.max(z.re, 0)) && productIsExact(im, im, Math.max(-z.re, 0)));
  return { re, im, noise: carried + (exactly ? 0 : 4 * U * Math.hypot(re, im)), real: z.real && z.re >= 0 };
}

/** |z|: exact when float64 squares and roots it exactly (|3 + 4i| = 5). */
function abs(z: Complex): Complex {
  const size = modulus(z);
  const squares = z.re * z.re + z.im * z.im;
  const exactly = productIsExact(z.re, z.re, z.re * z.re) && productIsExact(z.im, z.im, z.im * z.im) &&
    sumIsExact(z.re * z.re, z.im * z.im, squares) && productIsExact(size, size, squares);
  return { re: size, im: 0, noise: z.noise + (exactly ? 0 : 2 * U * size), real: true };
}

/** sin(x + iy) = sin x cosh y + i cos x sinh y; |sin′| = |cos| ≤ cosh(|y| + reach). */
function sine(z: Complex): Complex {
  const re = Math.sin(z.re) * Math.cosh(z.im);
  const im = Math.cos(z.re) * Math.sinh(z.im);
  return trigonometric(z, re, im);
}

function cosine(z: Complex): Complex {
  const re = Math.cos(z.re) * Math.cosh(z.im);
  const im = -Math.sin(z.re) * Math.sinh(z.im);
  return trigonometric(z, re, im);
}

function trigonometric(z: Complex, re: number, im: number): Complex {
  const slope = Math.cosh(Math.abs(z.im) + ROUNDING_FACTOR * z.noise);
  return { re, im, noise: slope * z.noise + 6 * U * Math.cosh(z.im), real: z.real };
}

/** A side evaluated as complex: a real value keeps the ordinary report; otherwise the imaginary part rides along. */
export function complexSide(z: Complex): { value: number; imaginary?: number; roundingError?: number } {
  const noise = z.noise > 0 ? { roundingError: z.noise } : {};
  if (z.real || (z.im === 0 && z.noise === 0)) return { value: z.re, ...noise };
  return { value: z.re, imaginary: z.im, ...noise };
}

const EQUAL_TOLERANCE = 1e-12;
const LOOSE_APPROX_TOLERANCE = 5e-3;

/**
 * A claim where a side has an imaginary part, judged on the modulus of the
 * difference (module comment). Order relations do not apply to complex numbers.
 */
export function judgeComplexClaim(left: SideReport, relation: Relation, right: SideReport): ClaimReport {
  const claimedSide = right.writtenDigits !== undefined || left.writtenDigits === undefined ? 'right' : 'left';
  const base = { relation, left, right, claimedSide } as const;
  if (left.value === null || right.value === null) return { ...base, verdict: 'none', relativeError: null };
  const [lr, li, rr, ri] = [left.value, left.imaginary ?? 0, right.value, right.imaginary ?? 0];
  const claimed = claimedSide === 'right' ? Math.hypot(rr, ri) : Math.hypot(lr, li);
  const distance = Math.hypot(lr - rr, li - ri);
  const scale = Math.max(Math.hypot(lr, li), Math.hypot(rr, ri));
  const reach = ROUNDING_FACTOR * ((left.roundingError ?? 0) + (right.roundingError ?? 0));
  const relativeError = distance === 0 ? 0 : claimed === 0 ? Infinity : distance / claimed;
  const judged = (verdict: 'holds' | 'fails'): ClaimReport => ({ ...base, verdict, relativeError });
  const undecided = (reason: string): ClaimReport => ({ ...base, verdict: 'none', relativeError, reason: `cannot evaluate: ${reason}` });
  if (relation !== '=' && relation !== '\\neq' && relation !== '\\approx') return undecided('complex numbers are not ordered');
  if (!Number.isFinite(reach)) return undecided('float64 cannot decide this claim; the rounding error of the evaluation is unbounded (a square root or logarithm of a value on its branch cut)');
  const tolerance = relation === '\\approx' ? LOOSE_APPROX_TOLERANCE : EQUAL_TOLERANCE;
  const near = distance + reach <= tolerance * Math.max(scale - reach, 0);
  const far = distance - reach > tolerance * (scale + reach);
  if (relation === '\\neq') return near ? judged('fails') : far ? judged('holds') : undecided(`float64 cannot decide this claim; the sides differ by ${short(distance)}, within the rounding error of the evaluation (±${short(reach)})`);
  if (near) return judged('holds');
  if (far) return judged('fails');
  return undecided(`float64 cannot decide this claim; the sides differ by ${short(distance)}, within the rounding error of the evaluation (±${short(reach)})`);
}

function short(x: number): string {
  return String(Number(x.toPrecision(2)));
}
