/**
 * A small float64 interpreter for the MathJSON the engine reads. We evaluate
 * ourselves, rather than with the engine's own `N()`, for three reasons: the
 * arithmetic is exactly IEEE float64 (what the note's claims are about), the
 * work is bounded (term counts, recursion depth, a wall-clock deadline), and a
 * formula with free symbols is recognised rather than half-evaluated.
 */
import type { MathJson } from './engine';

/** Why a side could not be given a number. */
export class CannotEvaluate extends Error {
  constructor(reason: string) {
    super(`cannot evaluate: ${reason}`);
    this.name = 'CannotEvaluate';
  }
}

/** Limits on one evaluation. */
export interface Budget {
  readonly deadline: number;
  readonly maxTerms: number;
  steps: number;
}

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
};

/** Numeric value of a MathJSON literal, or undefined when `json` is not one. */
export function literalValue(json: MathJson): number | undefined {
  if (typeof json === 'number') return json;
  if (typeof json === 'object' && !Array.isArray(json) && 'num' in json) return parseNum((json as { num: string }).num);
  return undefined;
}

/** Evaluate `json` in float64 with `env` binding summation indices. */
export function interpret(json: MathJson, budget: Budget, env: ReadonlyMap<string, number> = new Map(), depth = 0): number {
  if (depth > MAX_DEPTH) throw new CannotEvaluate(`the formula nests deeper than ${MAX_DEPTH} levels`);
  if ((++budget.steps & 1023) === 0 && Date.now() > budget.deadline) {
    throw new CannotEvaluate('evaluation took too long');
  }
  const literal = literalValue(json);
  if (literal !== undefined) return literal;
  if (typeof json === 'string') {
    const bound = env.get(json);
    if (bound !== undefined) return bound;
    if (json in CONSTANTS) return CONSTANTS[json];
    throw new CannotEvaluate(`unknown symbol ${json}`);
  }
  if (!Array.isArray(json) || json.length === 0) throw new CannotEvaluate('unreadable expression');
  const [head, ...args] = json as readonly MathJson[];
  const at = (k: number): number => interpret(args[k], budget, env, depth + 1);
  const all = (): number[] => args.map((_, k) => at(k));
  switch (head) {
    case 'Add': return all().reduce((a, b) => a + b, 0);
    case 'Subtract': return at(0) - at(1);
    case 'Multiply': return all().reduce((a, b) => a * b, 1);
    case 'InvisibleOperator': return invisible(args, budget, env, depth);
    case 'Divide': case 'Rational': return at(0) / at(1);
    // exp() is correctly rounded more often than pow(Math.E, x), whose base is already rounded.
    case 'Power': return isEuler(args[0], env) ? Math.exp(at(1)) : Math.pow(at(0), at(1));
    case 'Root': return root(at(0), at(1));
    case 'Log': return args.length > 1 ? Math.log(at(0)) / Math.log(at(1)) : Math.log10(at(0));
    case 'Max': return Math.max(...all());
    case 'Min': return Math.min(...all());
    case 'Delimiter': return delimited(args, budget, env, depth);
    case 'Hold': return at(0);
    case 'Sum': case 'Product': return bigOperator(head, args, budget, env, depth);
    case 'Error': throw new CannotEvaluate('the LaTeX could not be read');
    default:
      if (typeof head === 'string' && head in UNARY && args.length === 1) return UNARY[head](at(0));
      throw new CannotEvaluate(`${typeof head === 'string' ? head : 'this operation'} is not supported`);
  }
}

/** Juxtaposition: `2\pi` is a product, `\exp(1)` (read as `Exp` next to a group) is an application. */
function invisible(args: readonly MathJson[], budget: Budget, env: ReadonlyMap<string, number>, depth: number): number {
  const first = args[0];
  if (typeof first === 'string' && first in UNARY && !env.has(first) && args.length >= 2) {
    const rest = args.slice(1).reduce<number>((p, a) => p * interpret(a, budget, env, depth + 1), 1);
    return UNARY[first](rest);
  }
  return args.reduce<number>((p, a) => p * interpret(a, budget, env, depth + 1), 1);
}

function delimited(args: readonly MathJson[], budget: Budget, env: ReadonlyMap<string, number>, depth: number): number {
  const body = args[0];
  if (Array.isArray(body) && body[0] === 'Sequence') {
    if (body.length !== 2) throw new CannotEvaluate('a list of values has no single value');
    return interpret(body[1], budget, env, depth + 1);
  }
  if (body === undefined) throw new CannotEvaluate('empty parentheses');
  return interpret(body, budget, env, depth + 1);
}

/** `\sum` / `\prod` over integer bounds, refusing more terms than the budget allows. */
function bigOperator(
  head: 'Sum' | 'Product',
  args: readonly MathJson[],
  budget: Budget,
  env: ReadonlyMap<string, number>,
  depth: number,
): number {
  const [body, ...limits] = args;
  if (limits.length !== 1) throw new CannotEvaluate(`${head.toLowerCase()} needs exactly one index with bounds`);
  const limit = limits[0];
  if (!Array.isArray(limit) || limit[0] !== 'Tuple' || limit.length !== 4 || typeof limit[1] !== 'string') {
    throw new CannotEvaluate(`${head.toLowerCase()} without numeric bounds`);
  }
  const index = limit[1] as string;
  const lo = interpret(limit[2], budget, env, depth + 1);
  const hi = interpret(limit[3], budget, env, depth + 1);
  if (!Number.isInteger(lo) || !Number.isInteger(hi)) throw new CannotEvaluate(`${head.toLowerCase()} bounds must be integers`);
  const terms = hi - lo + 1;
  if (terms > budget.maxTerms) {
    throw new CannotEvaluate(`${head.toLowerCase()} of ${terms.toExponential(0).replace('e+', 'e')} terms exceeds the limit of ${budget.maxTerms}`);
  }
  const scope = new Map(env);
  let acc = head === 'Sum' ? 0 : 1;
  for (let k = lo; k <= hi; k++) {
    scope.set(index, k);
    const term = interpret(body, budget, scope, depth + 1);
    acc = head === 'Sum' ? acc + term : acc * term;
  }
  return acc;
}

function isEuler(json: MathJson, env: ReadonlyMap<string, number>): boolean {
  return (json === 'e' || json === 'ExponentialE') && !env.has(json);
}

/** The real n-th root, also of negative numbers when n is odd. */
function root(x: number, n: number): number {
  if (x < 0 && Number.isInteger(n) && Math.abs(n % 2) === 1) return -Math.pow(-x, 1 / n);
  return Math.pow(x, 1 / n);
}

function factorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new CannotEvaluate('factorial of a non-natural number');
  if (n > 170) return Infinity;
  let f = 1;
  for (let k = 2; k <= n; k++) f *= k;
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
