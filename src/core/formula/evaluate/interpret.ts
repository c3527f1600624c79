/**
 * A small float64 interpreter for the MathJSON the engine reads. We evaluate
 * ourselves, rather than with the engine's own `N()`, for three reasons: the
 * arithmetic is exactly IEEE float64 (what the note's claims are about), the
 * work is bounded (term counts, recursion depth, a wall-clock deadline), and a
 * formula with free symbols is recognised rather than half-evaluated.
 */
import { divisorFunction, remainder } from './divisors';
import type { MathJson } from '../read/engine';
import { decimalIsExact, powerIsExact, productIsExact, quotientIsExact, sumIsExact } from './exactness';
import { evaluatePartial } from './partials';
import { evaluateLimit } from './limits';
import { powerNoise, productNoise, quotientNoise, unaryIsExact, unaryNoise } from './errorBounds';
import { integral } from './integral';
import type { QuadratureEffort } from './quadrature';
import { longSum } from './series';
import { pastDeadline } from '../deadline';
import { Refusal } from '../refusal';
import { erf, erfc } from '../../numeric/erf';

/**
 * Why a side could not be given a number: thrown and caught for every refused
 * sample point of an identity and every refused reading (a Refusal: no stack trace).
 */
export class CannotEvaluate extends Refusal {
  constructor(reason: string) {
    super(`cannot evaluate: ${reason}`);
    this.name = 'CannotEvaluate';
  }
}

/** Limits on one evaluation. */
export interface Budget {
  readonly deadline: number;
  readonly maxTerms: number;
  /** How hard an integral may work (quadrature.ts; default 400 intervals, error below 1e-13 of the value). */
  readonly quadrature?: QuadratureEffort;
  /** The tail bound, relative to the sum, at which a series stops adding terms (series.ts; default 1e-17). */
  readonly tailTolerance?: number;
  steps: number;
  /** The base of a bare `\\log` (default e; a note may declare 2 or 10, and claims are re-read with them). */
  readonly logBase?: LogBase;
  /** Trigonometric functions take, and inverse ones give, angles in degrees (a reading of `\\cos(45)`, analyze.ts). */
  readonly degrees?: boolean;
  /** Functions that `["Apply", name, …args]` and `["Derivative", name, order, arg]` call (identity.ts). */
  readonly functions?: ReadonlyMap<string, FunctionBody>;
}

/** A function defined in a note (`\\sigma(x) = \\frac{1}{1+e^{-x}}`) or assumed (the logistic σ). */
export interface FunctionBody {
  readonly params: readonly string[];
  readonly body: MathJson;
  /** The body uses the caller's variables besides its parameters (`J(\\theta) = \\frac{1}{2}(\\theta x - y)^2`). */
  readonly open?: boolean;
}

/** What a bare `\\log` means. */
export type LogBase = 'e' | 2 | 10;

const MAX_DEPTH = 200;

const CONSTANTS: Readonly<Record<string, number>> = {
  Pi: Math.PI,
  ExponentialE: Math.E,
  e: Math.E,
  PositiveInfinity: Infinity,
  NegativeInfinity: -Infinity,
  NaN: NaN,
};

type Unary = (x: number) => number;
const UNARY: Readonly<Record<string, Unary>> = {
  Negate: (x) => -x,
  Sqrt: Math.sqrt,
  Exp: Math.exp,
  Ln: Math.log,
  Lb: Math.log2,
  Lg: Math.log10,
  Abs: Math.abs,
  Square: (x) => x * x,
  Floor: Math.floor,
  Ceil: Math.ceil,
  Round: Math.round,
  Sin: Math.sin, Cos: Math.cos, Tan: Math.tan,
  Cot: (x) => 1 / Math.tan(x), Sec: (x) => 1 / Math.cos(x), Csc: (x) => 1 / Math.sin(x),
  Sinh: Math.sinh, Cosh: Math.cosh, Tanh: Math.tanh,
  Arcsin: Math.asin, Arccos: Math.acos, Arctan: Math.atan,
  Factorial: factorial,
  Factorial2: doubleFactorial,
  // The error function and its complement (numeric/erf.ts): GELU and the normal CDF Φ(x) = ½erfc(−x/√2).
  Erf: erf,
  Erfc: erfc,
};
/**
 * What a library function of ours may be off by, beyond float64's half ulp: erf and erfc agree with
 * mpmath to 6e-16 relative and 6e-16 absolute (erfc below 2 is 1 − the series: absolute), checked at
 * 42 points from −27 to 26 (test/formula/fixtures/erfReference.json, test/formula/errorFunction.test.ts).
 */
export const LIBRARY_ERROR: Readonly<Record<string, (y: number) => number>> = {
  Erf: (y) => 2e-15 * Math.abs(y),
  Erfc: (y) => 2e-15 * Math.abs(y) + 1.2e-15,
};
/** n! and n!! (the product of every other factor): whole numbers, exact while float64 holds them. */
const FACTORIALS = new Set(['Factorial', 'Factorial2']);

/** Numeric value of a MathJSON literal, or undefined when `json` is not one. */
export function literalValue(json: MathJson): number | undefined {
  if (typeof json === 'number') return json;
  if (typeof json === 'object' && !Array.isArray(json) && 'num' in json) return parseNum((json as { num: string }).num);
  return undefined;
}

/**
 * A float64 value with two first-order error bounds, both absolute:
 *
 * - `noise`: what ordinary rounding may have added (half an ulp per inexact
 *   operation, carried through each operation by its largest slope over the
 *   inputs' intervals, errorBounds.ts). claims.ts judges a claim only when no
 *   value within twice this bound of each side would change the verdict:
 *   sin(π) = 1.2e-16 ± 7e-16 cannot tell 0 from not 0.
 * - `under`: what underflow may have added. An operation whose exact result is
 *   non-zero but whose float64 result is 0, or an inexact subnormal, loses up to
 *   half the subnormal spacing 2^-1074 — all of its relative precision. That
 *   loss is carried the same way; evaluateSide refuses a side whose `under` is
 *   not negligible against its value ("cannot evaluate", like overflow).
 *
 * Written numbers are taken as float64 reads them (a subnormal literal is its
 * nearest double, like 0.1 is), except that a non-zero literal read as 0 is an
 * underflow.
 */
export interface Evaluated {
  readonly value: number;
  readonly noise: number;
  readonly under: number;
  /** Some intermediate became ±∞ from finite inputs (overflow or division by zero). */
  readonly overflowed?: boolean;
}

const HALF_ULP = 2 ** -53;
const MIN_NORMAL = 2 ** -1022;
/**
 * The spacing of subnormals, 2^-1074: bounds what an underflowing operation can
 * lose (half of it, 2^-1075, is not itself a double: it would round to 0).
 */
const SUBNORMAL_LOSS = 2 ** -1074;

/** No names bound: the default scope, shared (nothing writes to it). */
const NO_BINDINGS: ReadonlyMap<string, number> = new Map();

/** Evaluate `json` in float64 with `env` binding summation indices. */
export function interpret(json: MathJson, budget: Budget, env: ReadonlyMap<string, number> = NO_BINDINGS): number {
  return evaluate(json, budget, env, 0).value;
}

/**
 * Like `interpret`, with the rounding and underflow bounds of the result. The
 * hot path of identity sampling and quadrature (a tree evaluated thousands of
 * times): operands are read from `json` in place, and sums and products fold
 * as they go — the same operations in the same order as evaluating every
 * operand first and then folding (the folds are pure).
 */
export function evaluate(json: MathJson, budget: Budget, env: ReadonlyMap<string, number> = NO_BINDINGS, depth = 0): Evaluated {
  if (depth > MAX_DEPTH) throw new CannotEvaluate(`the formula nests deeper than ${MAX_DEPTH} levels`);
  if ((++budget.steps & 1023) === 0 && pastDeadline(budget.deadline)) {
    throw new CannotEvaluate('evaluation took too long');
  }
  const literal = literalValue(json);
  if (literal !== undefined) return readLiteral(json, literal);
  if (typeof json === 'string') {
    const bound = env.get(json);
    if (bound !== undefined) return exact(bound);
    if (json in CONSTANTS) return rounded(CONSTANTS[json]);
    throw new CannotEvaluate(`unknown symbol ${json}`);
  }
  if (!Array.isArray(json) || json.length === 0) throw new CannotEvaluate('unreadable expression');
  const tree = json as readonly MathJson[];
  const head = tree[0];
  const inner = depth + 1;
  // Operand k (from 0), as `[head, ...args]` would number it.
  const at = (k: number): Evaluated => evaluate(tree[k + 1], budget, env, inner);
  switch (head) {
    case 'Add': {
      let sum = exact(0);
      for (let k = 1; k < tree.length; k++) sum = add(sum, evaluate(tree[k]!, budget, env, inner));
      return sum;
    }
    case 'Subtract': return add(at(0), negate(at(1)));
    case 'Multiply': {
      let product = exact(1);
      for (let k = 1; k < tree.length; k++) product = multiply(product, evaluate(tree[k]!, budget, env, inner));
      return product;
    }
    case 'InvisibleOperator': return invisible(tree.slice(1), budget, env, depth);
    case 'Divide': case 'Rational': return divide(at(0), at(1));
    // exp() is correctly rounded more often than pow(Math.E, x), whose base is already rounded.
    case 'Power': return isEuler(tree[1], env) ? unary('Exp', at(1)) : power(at(0), at(1));
    case 'Root': return root(at(0), at(1));
    case 'Log': return logarithm(at(0), tree.length > 2 ? at(1) : undefined, budget.logBase);
    case 'Max': case 'Min': return extreme(head, tree.slice(1).map((a) => evaluate(a, budget, env, inner)));
    case 'Delimiter': return delimited(tree.slice(1), budget, env, depth);
    case 'Hold': return at(0);
    case 'Sum': case 'Product': return bigOperator(head, tree.slice(1), budget, env, depth);
    case 'Integrate': return integral(tree.slice(1), (json, scope) => evaluate(json, budget, scope, inner), env, budget);
    case 'Apply': return apply(tree.slice(1), budget, env, depth);
    case 'Derivative': return derivative(tree.slice(1), budget, env, depth);
    case 'Partial': return evaluatePartial(tree.slice(1), budget, env, depth, evaluate);
    case 'Limit': return evaluateLimit(tree.slice(1), budget, env, depth, evaluate);
    case 'Binomial': return tree.length > 3 ? multinomial(tree.slice(1).map((a) => evaluate(a, budget, env, inner))) : binomial(at(0), at(1));
    case 'Sign': return sign(at(0));
    case 'Mod': if (tree.length !== 3) throw new CannotEvaluate('mod takes two numbers'); return remainder(at(0), at(1));
    case 'GCD': case 'LCM': return divisorFunction(head, tree.slice(1).map((a) => evaluate(a, budget, env, inner)));
    case 'Error': throw new CannotEvaluate(unreadable(tree.slice(1)));
    case 'Superminus': case 'Superplus':
      throw new CannotEvaluate('a superscript takes one character: write the exponent in braces, as in 10^{-5}, not 10^-5');
    default:
      if (typeof head === 'string' && head in UNARY && tree.length === 2) return unaryIn(head, at(0), budget);
      throw new CannotEvaluate(`${typeof head === 'string' ? head : 'this operation'} is not supported`);
  }
}

function exact(value: number): Evaluated {
  return { value, noise: 0, under: 0 };
}

function rounded(value: number): Evaluated {
  return { value, noise: Math.abs(value) * HALF_ULP, under: 0 };
}

const EXACT_INTEGERS = 2 ** 53;

/** A written number: exact when float64 holds it (0.25, 10^{22}), else off by half an ulp; a non-zero number read as 0 underflowed. */
function readLiteral(json: MathJson, value: number): Evaluated {
  if (typeof json === 'number') {
    if (Number.isInteger(json) && Math.abs(json) <= EXACT_INTEGERS) return exact(value);
    return decimalIsExact(String(json), value) ? exact(value) : rounded(value);
  }
  const text = (json as { num: string }).num;
  if (value === 0 && /[1-9]/.test(text.split(/e/i)[0])) return { value, noise: 0, under: SUBNORMAL_LOSS };
  return decimalIsExact(text, value) ? exact(value) : rounded(value);
}

/**
 * The result `value` of an operation on `a` (and `b`). `carried` is the
 * rounding bound its inputs pass on (errorBounds.ts); `exactOp` says float64
 * gave the exact result, so no rounding of its own is added (else `roundings`
 * half ulps: cot, sec, csc are a library function and a division). Underflow
 * is carried through the partial derivatives `slopeA`, `slopeB` (first order).
 * `exactZero` says the exact result is 0 when the float64 one is (sin(0),
 * 0 × x); `exactSubnormal` that a subnormal result is exact (sums always are).
 * Plain arguments, not arrays of inputs and closures: this runs for every
 * operation of every sample point.
 */
function result(
  value: number,
  a: Evaluated,
  slopeA: number,
  b: Evaluated | undefined,
  slopeB: number,
  carried: number,
  exactOp: boolean,
  exactZero: boolean,
  exactSubnormal: boolean,
  roundings = 1,
): Evaluated {
  let noise = carried + (exactOp ? 0 : roundings * Math.abs(value) * HALF_ULP);
  let under = 0;
  let tainted = false;
  if (a.under > 0) {
    tainted = true;
    under += a.under * Math.abs(slopeA);
  }
  if (b !== undefined && b.under > 0) {
    tainted = true;
    under += b.under * Math.abs(slopeB);
  }
  const magnitude = Math.abs(value);
  if (magnitude < MIN_NORMAL && Number.isFinite(value)) {
    const inexact = value === 0 ? !exactZero : !exactSubnormal;
    // A tiny result from an underflowed input keeps the loss even where the first-order bound vanished (0 × 0).
    if (inexact || tainted) under = Math.max(under, SUBNORMAL_LOSS);
  }
  if (Number.isNaN(noise)) noise = Infinity;
  const overflowed = a.overflowed === true || b?.overflowed === true ||
    (Math.abs(value) === Infinity && Number.isFinite(a.value) && (b === undefined || Number.isFinite(b.value)));
  const out = { value, noise, under: Number.isNaN(under) ? Infinity : under };
  return overflowed ? { ...out, overflowed } : out;
}

function add(a: Evaluated, b: Evaluated): Evaluated {
  const value = a.value + b.value;
  // A sum that lands among the subnormals is exact (gradual underflow).
  return result(value, a, 1, b, 1, a.noise + b.noise, sumIsExact(a.value, b.value, value), true, true);
}

function negate(a: Evaluated): Evaluated {
  return { ...a, value: -a.value };
}

function multiply(a: Evaluated, b: Evaluated): Evaluated {
  const value = a.value * b.value;
  const exactOp = productIsExact(a.value, b.value, value);
  return result(value, a, b.value, b, a.value, productNoise(a.value, a.noise, b.value, b.noise), exactOp, a.value === 0 || b.value === 0, exactOp);
}

function divide(a: Evaluated, b: Evaluated): Evaluated {
  const value = a.value / b.value;
  // An underflowed divisor may be any size below its bound: the quotient is unbounded.
  if (b.under > 0 && b.under >= Math.abs(b.value)) return { value, noise: Infinity, under: Infinity };
  const carried = a.noise > 0 || b.noise > 0 ? quotientNoise(a.value, a.noise, b.value, b.noise) : 0;
  const exactOp = quotientIsExact(a.value, b.value, value);
  return result(value, a, 1 / b.value, b, value / b.value, carried, exactOp, a.value === 0 || !Number.isFinite(b.value), exactOp);
}

/** `a^b`; `oddRoot` when b is 1/n for an odd n (a negative base then has a real root). */
function power(a: Evaluated, b: Evaluated, oddRoot = false): Evaluated {
  const pow = (x: number, y: number): number => (oddRoot && x < 0 ? -Math.pow(-x, y) : Math.pow(x, y));
  const value = pow(a.value, b.value);
  if (a.value === 0 && a.under > 0) {
    // An underflowed base: a positive power stays below the smallest double, a negative one is unbounded.
    return b.value > 0 ? { value, noise: a.noise, under: SUBNORMAL_LOSS } : { value, noise: Infinity, under: Infinity };
  }
  const slopeBase = a.value === 0 ? 0 : (b.value * value) / a.value;
  const slopeExponent = value === 0 ? 0 : value * Math.log(Math.abs(a.value));
  const integerPower = Number.isInteger(b.value) && powerIsExact(a.value, b.value, value);
  const carried = a.noise > 0 || b.noise > 0 ? powerNoise(a.value, a.noise, b.value, b.noise, value, pow) : 0;
  const exactOp = integerPower || (oddRoot === false && b.value === 0.5 && productIsExact(value, value, a.value));
  return result(value, a, slopeBase, b, slopeExponent, carried, exactOp, a.value === 0 || !Number.isFinite(b.value), integerPower);
}

/** The real n-th root, also of negative numbers when n is odd. */
function root(x: Evaluated, n: Evaluated): Evaluated {
  const odd = Number.isInteger(n.value) && Math.abs(n.value % 2) === 1;
  return power(x, divide(exact(1), n), odd);
}

/**
 * sgn x: exact when the sign of x is certain; an x within its rounding or
 * underflow bound of 0 has no certain sign. sgn 0 = 0 (signConvention.ts
 * keeps a note using sgn 0 = ±1 from failing).
 */
function sign(x: Evaluated): Evaluated {
  const exactZero = x.value === 0 && x.noise === 0 && x.under === 0;
  if (!exactZero && Math.abs(x.value) <= x.noise + x.under) throw new CannotEvaluate('the sign of a value within its rounding error of 0 is uncertain');
  return exact(Math.sign(x.value));
}

/** Derivatives of the unary functions, for carrying an underflow loss through them (first order). */
const SLOPE: Readonly<Record<string, (x: number, y: number) => number>> = {
  Negate: () => 1, Abs: () => 1, Floor: () => 0, Ceil: () => 0, Round: () => 0, Factorial: () => 0, Factorial2: () => 0,
  Sqrt: (_x, y) => 1 / (2 * y), Square: (x) => 2 * x, Exp: (_x, y) => y,
  Ln: (x) => 1 / x, Lb: (x) => 1 / (x * Math.LN2), Lg: (x) => 1 / (x * Math.LN10),
  Sin: Math.cos, Cos: Math.sin, Tan: (_x, y) => 1 + y * y, Cot: (_x, y) => 1 + y * y,
  Sec: (x, y) => y * Math.tan(x), Csc: (x, y) => y / Math.tan(x),
  Sinh: Math.cosh, Cosh: Math.sinh, Tanh: (_x, y) => 1 - y * y,
  Arcsin: (x) => 1 / Math.sqrt(1 - x * x), Arccos: (x) => 1 / Math.sqrt(1 - x * x), Arctan: (x) => 1 / (1 + x * x),
  Erf: (x) => (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x), Erfc: (x) => (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x),
};
/** Functions whose float64 result is exact: no rounding of their own. */
const EXACT_UNARY = new Set(['Negate', 'Abs', 'Floor', 'Ceil', 'Round']);
/** Computed as 1 / a library function: two roundings. */
const RECIPROCALS = new Set(['Cot', 'Sec', 'Csc']);
/**
 * The functions whose float64 result can be 0 while the exact one is not:
 * exp of a very negative number, and the square of a tiny one. Every other
 * function here gives 0 only at its exact zero (ln(1), arccos(1), sin(0)):
 * near it the result is about the (representable) distance to it, not 0.
 */
const CAN_UNDERFLOW_TO_ZERO = new Set(['Exp', 'Square']);

function unary(name: string, x: Evaluated): Evaluated {
  const value = UNARY[name](x.value);
  // The slope carries an underflow loss only: needed when the input has one.
  const slope = x.under > 0 ? (SLOPE[name]?.(x.value, value) ?? Infinity) : 0;
  const carried = (FACTORIALS.has(name) ? factorialBound(x, value) : x.noise === 0 ? 0 : unaryNoise(name, x.value, value, x.noise)) + (LIBRARY_ERROR[name]?.(value) ?? 0);
  const exactOp = EXACT_UNARY.has(name) || unaryIsExact(name, x.value, value) || (FACTORIALS.has(name) && value <= EXACT_INTEGERS);
  // exp(−∞) = 0 exactly.
  const exactZero = !CAN_UNDERFLOW_TO_ZERO.has(name) || x.value === 0 || x.value === -Infinity;
  return result(value, x, slope, undefined, 0, carried, exactOp, exactZero, EXACT_UNARY.has(name), RECIPROCALS.has(name) ? 2 : 1);
}

const TRIGONOMETRIC = new Set(['Sin', 'Cos', 'Tan', 'Cot', 'Sec', 'Csc']);
const INVERSE_TRIGONOMETRIC = new Set(['Arcsin', 'Arccos', 'Arctan']);
const DEGREE = Math.PI / 180;

/** `unary`, with angles in degrees when the budget reads them so. */
function unaryIn(name: string, x: Evaluated, budget: Budget): Evaluated {
  if (budget.degrees && TRIGONOMETRIC.has(name)) return unary(name, multiply(x, rounded(DEGREE)));
  if (budget.degrees && INVERSE_TRIGONOMETRIC.has(name)) return multiply(unary(name, x), rounded(1 / DEGREE));
  return unary(name, x);
}

/** `\log x` is the natural logarithm (numpy.log, torch.log); `\log_2`, `\log_{10}` (read as `\lg`) and other bases divide. */
function logarithm(x: Evaluated, base: Evaluated | undefined, bare: LogBase = 'e'): Evaluated {
  if (base === undefined) return unary(bare === 2 ? 'Lb' : bare === 10 ? 'Lg' : 'Ln', x);
  if (base.value === Math.E && base.noise > 0) return unary('Ln', x);
  if (base.value === 2 && base.noise === 0) return unary('Lb', x);
  if (base.value === 10 && base.noise === 0) return unary('Lg', x);
  return divide(unary('Ln', x), unary('Ln', base));
}

/** The reason a parse error has no value: `\binom` and other unknown commands are named. */
function unreadable(args: readonly MathJson[]): string {
  const command = args.find((a) => Array.isArray(a) && a[0] === 'LatexString');
  const name = Array.isArray(command) && typeof command[1] === 'string' ? command[1].replace(/^'|'$/g, '') : '';
  if (/^\\[A-Za-z]+$/.test(name)) return `${name} is not supported`;
  return 'the LaTeX could not be read';
}

function extreme(head: 'Max' | 'Min', values: readonly Evaluated[]): Evaluated {
  if (values.length === 0) return exact(head === 'Max' ? -Infinity : Infinity);
  const pick = values.reduce((best, v) => ((head === 'Max' ? v.value > best.value : v.value < best.value) ? v : best));
  return { ...pick, noise: Math.max(...values.map((v) => v.noise)), under: Math.max(...values.map((v) => v.under)) };
}

/** Juxtaposition: `2\pi` is a product, `\exp(1)` (read as `Exp` next to a group) is an application. */
function invisible(args: readonly MathJson[], budget: Budget, env: ReadonlyMap<string, number>, depth: number): Evaluated {
  const first = args[0];
  const product = (items: readonly MathJson[]): Evaluated =>
    items.reduce<Evaluated>((p, a) => multiply(p, evaluate(a, budget, env, depth + 1)), exact(1));
  if (typeof first === 'string' && first in UNARY && !env.has(first) && args.length >= 2) {
    return unaryIn(first, product(args.slice(1)), budget);
  }
  return product(args);
}

function delimited(args: readonly MathJson[], budget: Budget, env: ReadonlyMap<string, number>, depth: number): Evaluated {
  const body = args[0];
  if (Array.isArray(body) && body[0] === 'Sequence') {
    if (body.length !== 2) throw new CannotEvaluate('a list of values has no single value');
    return evaluate(body[1], budget, env, depth + 1);
  }
  if (body === undefined) throw new CannotEvaluate('empty parentheses');
  return evaluate(body, budget, env, depth + 1);
}

/**
 * From 2^53 on float64 cannot tell k from k + 1, so an index there would never
 * advance (10^300 + 1 === 10^300) and the loop would only stop at the deadline.
 */
const UNSTEPPABLE = 2 ** 53;

/** `\sum` / `\prod` over integer bounds, refusing more terms than the budget allows. */
function bigOperator(
  head: 'Sum' | 'Product',
  args: readonly MathJson[],
  budget: Budget,
  env: ReadonlyMap<string, number>,
  depth: number,
): Evaluated {
  const [body, ...limits] = args;
  const name = head.toLowerCase();
  if (limits.length !== 1) throw new CannotEvaluate(`${name} needs exactly one index with bounds`);
  const limit = limits[0];
  if (!Array.isArray(limit) || limit[0] !== 'Tuple' || limit.length !== 4 || typeof limit[1] !== 'string') {
    throw new CannotEvaluate(`${name} without numeric bounds`);
  }
  const index = limit[1] as string;
  const lo = evaluate(limit[2], budget, env, depth + 1).value;
  const hi = evaluate(limit[3], budget, env, depth + 1).value;
  const scope = new Map(env);
  const term = (k: number): Evaluated => (scope.set(index, k), evaluate(body, budget, scope, depth + 1));
  if (head === 'Sum' && Number.isInteger(lo) && Math.abs(lo) < UNSTEPPABLE && (hi === Infinity || (Number.isInteger(hi) && hi - lo + 1 > budget.maxTerms))) {
    return longSum(term, lo, hi, budget); // series.ts
  }
  if (!Number.isInteger(lo) || !Number.isInteger(hi)) throw new CannotEvaluate(`${name} bounds must be integers`);
  if (Math.max(Math.abs(lo), Math.abs(hi)) >= UNSTEPPABLE) {
    throw new CannotEvaluate(`${name} bounds of 2^53 (9.0 × 10^15) or more cannot be stepped by 1 in float64`);
  }
  const terms = hi - lo + 1;
  if (terms > budget.maxTerms) {
    throw new CannotEvaluate(`${name} of ${terms.toExponential(0).replace('e+', 'e')} terms exceeds the limit of ${budget.maxTerms}`);
  }
  let acc = exact(head === 'Sum' ? 0 : 1);
  for (let k = lo; k <= hi; k++) {
    const t = term(k);
    acc = head === 'Sum' ? add(acc, t) : multiply(acc, t);
  }
  return acc;
}

function called(name: MathJson, budget: Budget): FunctionBody {
  const fn = typeof name === 'string' ? budget.functions?.get(name) ?? builtIn(name) : undefined;
  if (!fn) throw new CannotEvaluate(`unknown function ${String(name)}`);
  return fn;
}

/** Whether the interpreter knows `name` as a function of one number (`Tanh`, `Sin`, `Exp` …). */
export function isBuiltInFunction(name: string): boolean {
  return Object.hasOwn(UNARY, name);
}

/** Built-in functions as bodies, so that `\tanh'(2)` differentiates tanh as `f'(2)` does a defined f. */
const BUILT_IN_BODIES = new Map<string, FunctionBody>();
function builtIn(name: string): FunctionBody | undefined {
  if (!isBuiltInFunction(name)) return undefined;
  let fn = BUILT_IN_BODIES.get(name);
  if (!fn) BUILT_IN_BODIES.set(name, (fn = { params: ['x'], body: [name, 'x'] }));
  return fn;
}

/** `f(a, b)`: the body evaluated with the parameters bound to the arguments (and, for an open body, the caller's other variables). */
function apply(args: readonly MathJson[], budget: Budget, env: ReadonlyMap<string, number>, depth: number): Evaluated {
  const [name, ...actual] = args;
  // `\tanh'(0)` (Vtheonly/Obsidian_Notes): the engine applies ["Derivative", "Tanh"] to the argument.
  if (Array.isArray(name) && name[0] === 'Derivative' && typeof name[1] === 'string' && actual.length === 1) {
    return derivative([name[1], (name[2] as MathJson | undefined) ?? 1, actual[0]!], budget, env, depth);
  }
  const fn = called(name!, budget);
  if (actual.length !== fn.params.length) throw new CannotEvaluate(`${String(name)} takes ${fn.params.length} argument(s)`);
  const values = actual.map((a) => evaluate(a, budget, env, depth + 1));
  const scope = new Map<string, number>(fn.open === true ? env : undefined);
  fn.params.forEach((p, k) => scope.set(p, values[k]!.value));
  const inner = evaluate(fn.body, budget, scope, depth + 1);
  // The arguments' own rounding moves the result by up to slope × their bound: bound the slope by a difference.
  const carried = values.reduce((sum, v) => sum + v.noise, 0);
  const slope = carried === 0 ? 0 : Math.abs(derivativeAt(fn, values.map((v) => v.value), 0, budget, depth));
  return { value: inner.value, noise: inner.noise + slope * carried + (Number.isFinite(slope) ? 0 : Infinity), under: inner.under };
}

/**
 * `f'(x)`, `f''(x)`: central differences with one Richardson step, whose
 * error (about 1e-10 of the value for smooth functions) is carried as the
 * result's rounding bound, so an identity is never judged on it.
 */
function derivative(args: readonly MathJson[], budget: Budget, env: ReadonlyMap<string, number>, depth: number): Evaluated {
  const [name, orderJson, arg] = args;
  const order = typeof orderJson === 'number' ? orderJson : 1;
  if (order < 1 || order > 3) throw new CannotEvaluate('only first, second and third derivatives are evaluated');
  const fn = withCallerValues(called(name!, budget), env);
  if (fn.params.length !== 1) throw new CannotEvaluate('a derivative of a function of several variables');
  const x = evaluate(arg!, budget, env, depth + 1);
  if (order === 3) return thirdDerivativeAt(fn, x.value, budget, depth);
  const value = order === 1 ? derivativeAt(fn, [x.value], 0, budget, depth) : secondDerivativeAt(fn, x.value, budget, depth);
  if (!Number.isFinite(value)) throw new CannotEvaluate('the derivative has no finite value here');
  return { value, noise: DIFFERENCE_ERROR * (Math.abs(value) + 1), under: 0 };
}

/** An open body with the caller's values of its other variables written in: differences then vary only the parameters. */
function withCallerValues(fn: FunctionBody, env: ReadonlyMap<string, number>): FunctionBody {
  if (fn.open !== true) return fn;
  const write = (json: MathJson): MathJson =>
    typeof json === 'string' ? (!fn.params.includes(json) && env.has(json) ? env.get(json)! : json) : Array.isArray(json) ? json.map(write) : json;
  return { params: fn.params, body: write(fn.body) };
}

/**
 * `f'''(1) = 6` of `f(x) = x^3 + 2x^2 - 3x + 1` (jax-ml/jax, automatic-differentiation.md in its docs):
 * a central third difference with a Richardson step. Its rounding grows as 1/h³, so the noise
 * carried is the largest of the first derivative's, four times what the Richardson step changed,
 * and the rounding of the values over h³: a wrong third derivative is off by far more.
 */
function thirdDerivativeAt(fn: FunctionBody, x: number, budget: Budget, depth: number): Evaluated {
  let largest = 0;
  const at = (t: number): number => {
    const v = valueAt(fn, [t], budget, depth);
    largest = Math.max(largest, Math.abs(v));
    return v;
  };
  const quotient = (h: number): number => (at(x + 2 * h) - 2 * at(x + h) + 2 * at(x - h) - at(x - 2 * h)) / (2 * h * h * h);
  const h = 5e-3 * Math.max(1, Math.abs(x));
  const coarse = quotient(h);
  const value = (4 * quotient(h / 2) - coarse) / 3;
  if (!Number.isFinite(value)) throw new CannotEvaluate('the derivative has no finite value here');
  // Rounding: six values each off by 2^-52 of the largest, over 2(h/2)³, with a tenfold margin.
  const rounding = (10 * 6 * Number.EPSILON * largest) / (2 * (h / 2) ** 3);
  return { value, noise: Math.max(DIFFERENCE_ERROR * (Math.abs(value) + 1), 4 * Math.abs(value - coarse), rounding), under: 0 };
}

/** What a difference quotient may be off by, relative to max(|f'|, 1): far above its real error, far below a wrong identity's. */
const DIFFERENCE_ERROR = 1e-7;

function valueAt(fn: FunctionBody, xs: readonly number[], budget: Budget, depth: number): number {
  const scope = new Map<string, number>();
  fn.params.forEach((p, k) => scope.set(p, xs[k]!));
  return evaluate(fn.body, budget, scope, depth + 1).value;
}

/** ∂f/∂x_k at xs. */
function derivativeAt(fn: FunctionBody, xs: readonly number[], k: number, budget: Budget, depth: number): number {
  const x = xs[k]!;
  const quotient = (h: number): number => {
    const up = xs.slice();
    const down = xs.slice();
    up[k] = x + h;
    down[k] = x - h;
    return (valueAt(fn, up, budget, depth) - valueAt(fn, down, budget, depth)) / (2 * h);
  };
  const h = 1e-3 * Math.max(1, Math.abs(x));
  return (4 * quotient(h / 2) - quotient(h)) / 3;
}

function secondDerivativeAt(fn: FunctionBody, x: number, budget: Budget, depth: number): number {
  const quotient = (h: number): number =>
    (valueAt(fn, [x + h], budget, depth) - 2 * valueAt(fn, [x], budget, depth) + valueAt(fn, [x - h], budget, depth)) / (h * h);
  const h = 1e-2 * Math.max(1, Math.abs(x));
  return (4 * quotient(h / 2) - quotient(h)) / 3;
}

/** C(n, k) for natural n ≥ k, as a product that stays exact while it fits 2^53. */
function binomial(n: Evaluated, k: Evaluated): Evaluated {
  if (!Number.isInteger(n.value) || !Number.isInteger(k.value) || n.noise > 0 || k.noise > 0 || n.value < 0) {
    throw new CannotEvaluate('a binomial coefficient of non-natural numbers');
  }
  if (k.value < 0 || k.value > n.value) return exact(0);
  const m = Math.min(k.value, n.value - k.value);
  let c = 1;
  for (let j = 1; j <= m; j++) c = (c * (n.value - m + j)) / j;
  return c <= EXACT_INTEGERS ? exact(Math.round(c)) : rounded(c);
}

/**
 * `{9 \\choose 3,3,2}`: the multinomial coefficient n!/(k₁!…k_m!(n−Σk)!), the last
 * part implied (brianSalk/probability-notes, combinatorics: the permutations of
 * AAABBBCCD), as a product of binomials so that it stays exact.
 */
function multinomial([n, ...parts]: Evaluated[]): Evaluated {
  let left = n!;
  let product = exact(1);
  for (const k of parts) {
    const c = binomial(left, k);
    product = c.noise > 0 || product.noise > 0 || c.value * product.value > EXACT_INTEGERS ? rounded(c.value * product.value) : exact(c.value * product.value);
    left = exact(left.value - k.value);
  }
  return product;
}

function isEuler(json: MathJson, env: ReadonlyMap<string, number>): boolean {
  return (json === 'e' || json === 'ExponentialE') && !env.has(json);
}

/**
 * n! beyond 2^53 rounds at each of its n − 1 products. A factorial is defined
 * only at exact integers, so an input that may be off has no bound.
 */
function factorialBound(n: Evaluated, value: number): number {
  if (n.noise > 0) return Infinity;
  return Math.abs(value) <= EXACT_INTEGERS ? 0 : n.value * HALF_ULP * Math.abs(value);
}

function factorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new CannotEvaluate('factorial of a non-natural number');
  if (n > 170) return Infinity;
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
  return f;
}

/** n!! = n (n − 2) (n − 4) … down to 1 or 2; 0!! = (−1)!! = 1. */
function doubleFactorial(n: number): number {
  if (!Number.isInteger(n) || n < -1) throw new CannotEvaluate('double factorial of a number that is not a whole number from −1');
  if (n > 300) return Infinity;
  let f = 1;
  for (let k = n; k > 1; k -= 2) f *= k;
  return f;
}

/** The engine's `{num}` strings: decimals, "1e+309", "+Infinity", repeating "0.(3)". */
function parseNum(text: string): number {
  const repeating = /^([+-]?\d*)\.(\d*)\((\d+)\)(?:e([+-]?\d+))?$/.exec(text);
  if (repeating) {
    const [, int, fixed, cycle, exp] = repeating;
    return Number(`${int}.${fixed}${cycle.repeat(Math.ceil(20 / cycle.length))}e${exp ?? 0}`);
  }
  const value = Number(text.replace(/^\+/, ''));
  if (Number.isNaN(value) && !/nan/i.test(text)) throw new CannotEvaluate(`unreadable number ${text}`);
  return value;
}
