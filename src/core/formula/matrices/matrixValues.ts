/**
 * The values of the matrix reading (matrixIdentity.ts): a name's shape by its letter
 * (a capital a square matrix, `I` the identity, a lowercase Latin letter a column vector,
 * a lowercase Greek letter a scalar), one trial of random values, and a tree's value in
 * it — products, sums, transposes, powers, traces, determinants, sums over indices and
 * entries, and, where the confirming readings ask for it, the notation of vectorNotation.ts.
 */
import type { MathJson } from '../read/engine';
import type { MatrixProperty } from './matrixProperties';
import { add, eliminate, identityMatrix, isScalar, multiply, NotMatrixNotation, power, scalar, transpose, withProperty, type Value } from './smallMatrices';
import { decoratedName } from '../read/decoratedNames';
import { flattenSubscripts } from '../identity/identity';
import { factorsOf, normOf, smoothValue } from './vectorNotation';
import type { Shape as ArrayShape } from './rectangularShapes';

export const GREEK_LOWER = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'kappa', 'lambda', 'mu', 'nu', 'xi',
  'rho', 'sigma', 'tau', 'phi', 'varphi', 'chi', 'psi', 'omega',
]);
// Not Pi: the engine's name for π.
export const GREEK_UPPER = new Set(['Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Sigma', 'Phi', 'Psi', 'Omega']);

type Shape = 'scalar' | 'vector' | 'matrix' | 'identity';

/** The shape a name has by convention, from its letter (`u^(i)`, `x_bold`, `lambda_i` by u, x, λ). */
export function shapeOf(name: string): Shape | undefined {
  const letter = /^([A-Za-z]+)/.exec(name.replace(/_bold$/, ''))?.[1];
  if (letter === undefined) return undefined;
  if (GREEK_LOWER.has(letter)) return 'scalar';
  if (letter === 'I') return 'identity';
  if (GREEK_UPPER.has(letter) || /^[A-Z]$/.test(letter)) return 'matrix';
  if (/^[a-z]$/.test(letter)) return 'vector';
  return undefined;
}

/**
 * The notation of vectorNotation.ts, read only where the reading confirms: the shape of
 * a function's value (`f(x)`), and the letters that name the vector length.
 */
export interface VectorReading {
  /** `f(x)` an unknown vector or number, or (`smooth`, for derivatives) a random smooth function of a number. */
  readonly applications: 'vector' | 'scalar' | 'smooth';
  readonly sizeNames: ReadonlySet<string>;
  /** Greek letters the claim writes bold (`\\boldsymbol{\\beta}`) or transposed: vectors, not numbers. */
  readonly greekVectors?: ReadonlySet<string>;
  /** Entries the note defines by a formula of their index (`p_i = e^{z_i} / \\sum_j e^{z_j}`): the index and the body. */
  readonly entries?: ReadonlyMap<string, { readonly index: string; readonly body: MathJson }>;
}

/** The random values of one trial: every name drawn once, with the shape its letter gives it. */
export class Trial {
  private readonly values = new Map<string, Value>();
  constructor(
    readonly n: number,
    private readonly random: () => number,
    private readonly properties: ReadonlyMap<string, MatrixProperty>,
    given: ReadonlyMap<string, Value> = new Map(),
    readonly vectors?: VectorReading,
    /** Shapes other than the letter's square n×n or length n (rectangularShapes.ts). */
    private readonly shapes?: ReadonlyMap<string, ArrayShape>,
  ) {
    for (const [name, value] of given) this.values.set(name, value);
  }

  /** Give a name a value (a point a derivative is taken at). */
  set(name: string, value: Value): void {
    this.values.set(name, value);
  }

  /** The value of a function at an argument (its key): one unknown value per argument written. */
  applied(key: string): Value {
    const known = this.values.get(key);
    if (known) return known;
    const draw = (k: number) => Array.from({ length: k }, () => 2 * this.random() - 1);
    const value = this.vectors?.applications === 'scalar' ? scalar(draw(1)[0]!) : { rows: this.n, cols: 1, data: draw(this.n) };
    this.values.set(key, value);
    return value;
  }

  /** f^(order)(t) for the unknown smooth function `name`, its coefficients drawn once per trial. */
  smooth(name: string, order: number, t: number): Value {
    const key = `smooth ${name}`;
    const coefficients = this.values.get(key) ?? { rows: 4, cols: 1, data: [0.5 + this.random(), 0.5 + this.random(), 2 * this.random() - 1, this.random() - 0.5] };
    this.values.set(key, coefficients);
    return scalar(smoothValue(coefficients.data, order, t));
  }

  /** The scalars drawn so far (a 1×1 trial's point, for a counter-example). */
  scalars(): Record<string, number> {
    return Object.fromEntries([...this.values].filter(([, v]) => v.data.length === 1).map(([name, v]) => [name, v.data[0]!]));
  }

  named(name: string): Value {
    const known = this.values.get(name);
    if (known) return known;
    // A letter naming the vector length (`\sqrt{n}\|x\|_\infty`) is that length.
    if (this.vectors?.sizeNames.has(name) === true) return scalar(this.n);
    const shape = this.vectors?.greekVectors?.has(name) === true ? 'vector' : shapeOf(name);
    if (shape === undefined) throw new NotMatrixNotation(`${name} is no one-letter name`);
    const draw = (k: number) => Array.from({ length: k }, () => 2 * this.random() - 1);
    const given = this.shapes?.get(name);
    const n = given?.rows ?? this.n;
    const cols = shape === 'vector' ? 1 : given?.cols ?? n;
    const array = (): Value => ({ rows: n, cols, data: draw(n * cols) });
    const value = shape === 'identity' ? identityMatrix(n) : shape === 'scalar' ? scalar(draw(1)[0]!) : shape === 'vector' || cols !== n ? array() : withProperty(array(), this.properties.get(name));
    this.values.set(name, value);
    return value;
  }
}

/** A number the tree writes as an exponent or bound: `2`, `-1`, `n` (the size), a letter naming the size. */
function integerOf(json: MathJson, n: number, sizes?: ReadonlySet<string>): number {
  if (typeof json === 'number') return json;
  if (json === 'n' || (typeof json === 'string' && sizes?.has(json) === true)) return n;
  if (Array.isArray(json) && json[0] === 'Negate') return -integerOf(json[1] as MathJson, n, sizes);
  throw new NotMatrixNotation('not a plain number');
}

/** The value of `json` in `trial`, with the sum indices in `indices` at their current values. */
export function valueOf(json: MathJson, trial: Trial, indices: ReadonlyMap<string, number>): Value {
  if (typeof json === 'number') return scalar(json);
  if (typeof json === 'string') {
    const index = indices.get(json);
    return index !== undefined ? scalar(index) : trial.named(json);
  }
  if (!Array.isArray(json)) throw new NotMatrixNotation('unknown notation');
  const decorated = decoratedName(json, flattenSubscripts);
  if (decorated !== undefined) return trial.named(decorated);
  const [head, ...args] = json as readonly MathJson[];
  const at = (k: number) => valueOf(args[k]!, trial, indices);
  switch (head) {
    case 'Delimiter':
      if (args.length !== 1) throw new NotMatrixNotation('a list');
      return at(0);
    case 'Multiply':
      // `\\mathbf{u}\\cdot\\mathbf{v}`: a dot between two vectors of one length is their inner product.
      if (trial.vectors) return args.map((_, k) => at(k)).reduce(dotOrProduct);
      return args.map((_, k) => at(k)).reduce(multiply);
    case 'InvisibleOperator':
      if (trial.vectors) return extendedProduct(args, trial, indices);
      return args.map((_, k) => at(k)).reduce(multiply);
    case 'Norm':
      if (!trial.vectors) throw new NotMatrixNotation('a norm');
      return normOf(at(0), undefined);
    case 'Abs': {
      const v = at(0);
      if (!trial.vectors || !isScalar(v)) throw new NotMatrixNotation('bars around a matrix');
      return scalar(Math.abs(v.data[0]!));
    }
    case 'Subscript':
      if (!trial.vectors || !Array.isArray(args[0]) || args[0][0] !== 'Norm') throw new NotMatrixNotation('a subscript');
      return normOf(valueOf(args[0][1] as MathJson, trial, indices), args[1]);
    case 'Add':
      return args.map((_, k) => at(k)).reduce((a, b) => add(a, b, 1));
    case 'Subtract':
      return add(at(0), at(1), -1);
    case 'Negate':
      return multiply(scalar(-1), at(0));
    case 'Divide': {
      const d = at(1);
      if (!isScalar(d) || d.data[0] === 0) throw new NotMatrixNotation('division by a matrix');
      return multiply(scalar(1 / d.data[0]!), at(0));
    }
    case 'Sqrt': {
      const v = at(0);
      if (!isScalar(v) || v.data[0]! < 0) throw new NotMatrixNotation('no square root');
      return scalar(Math.sqrt(v.data[0]!));
    }
    case 'Power':
      if (trial.vectors && args[0] === 'e') return elementary('Exp', [at(1)]) ?? throwUnread('e to a matrix');
      return power(at(0), integerOf(args[1]!, trial.n));
    case 'Exp':
    case 'Log':
    case 'Ln':
    case 'KroneckerDelta':
      if (trial.vectors) return elementary(head, args.map((_, k) => at(k))) ?? throwUnread(`${head} of a matrix`);
      throw new NotMatrixNotation(`${head} is not read`);
    case 'Transpose':
      return transpose(at(0));
    case 'Trace': {
      const v = at(0);
      if (v.rows !== v.cols) throw new NotMatrixNotation('trace of a non-square matrix');
      return scalar(v.data.reduce((s, x, k) => (Math.floor(k / v.cols) === k % v.cols ? s + x : s), 0));
    }
    case 'Determinant':
      return scalar(eliminate(at(0)).det);
    case 'Sum':
      return sum(args, trial, indices);
    case 'At':
      return entry(args, trial, indices);
    default:
      throw new NotMatrixNotation(`${String(head)} is not read`);
  }
}

function dotOrProduct(a: Value, b: Value): Value {
  return a.cols === 1 && b.cols === 1 && a.rows === b.rows && a.rows > 1 ? multiply(transpose(a), b) : multiply(a, b);
}

function smoothAt(name: string, order: number, argument: Value, trial: Trial): Value {
  if (!isScalar(argument)) throw new NotMatrixNotation('a function of a vector');
  return trial.smooth(name, order, argument.data[0]!);
}

/** A number's function the reading of vectorNotation.ts knows: `e^{t}`, `\\exp`, `\\log`, δ_ij. */
function elementary(head: string, args: readonly Value[]): Value | undefined {
  if (!args.every(isScalar)) return undefined;
  const [t, u] = args.map((v) => v.data[0]!);
  if (head === 'Exp') return scalar(Math.exp(t!));
  if ((head === 'Log' || head === 'Ln') && args.length === 1 && t! > 0) return scalar(Math.log(t!));
  if (head === 'KroneckerDelta' && args.length === 2) return scalar(t === u ? 1 : 0);
  return undefined;
}

/** Factors side by side, with `f(x)` an unknown value and `\\mathrm{Tr}(…)`, `\\mathrm{det}(…)` the trace and determinant. */
function extendedProduct(args: readonly MathJson[], trial: Trial, indices: ReadonlyMap<string, number>): Value {
  const values: Value[] = [];
  const factors = factorsOf(args);
  for (let k = 0; k < factors.length; k++) {
    const f = factors[k]!;
    if ('application' in f) {
      const v = trial.vectors?.applications === 'smooth' ? smoothAt(f.name, f.order, valueOf(f.argument, trial, indices), trial) : trial.applied(f.application);
      values.push(f.transposed ? transpose(v) : v);
      continue;
    }
    const next = factors[k + 1];
    const operator = f.factor === 'Tr' || f.factor === 'tr' ? 'Trace' : f.factor === 'det' ? 'Determinant' : f.factor === 'Exp' ? 'Exp' : undefined;
    if (operator && next && 'factor' in next && Array.isArray(next.factor) && next.factor[0] === 'Delimiter') {
      values.push(valueOf([operator, next.factor], trial, indices));
      k++;
      continue;
    }
    values.push(valueOf(f.factor, trial, indices));
  }
  return values.reduce(multiply);
}

/** Both sides at one trial of random values of size `n`, the `given` names at their values (throws NotMatrixNotation where the notation is not read). */
export function sidesAt(left: MathJson, right: MathJson, n: number, random: () => number, given: ReadonlyMap<string, Value> = new Map()): { left: Value; right: Value; at: Record<string, number> } {
  const trial = new Trial(n, random, new Map(), given);
  return { left: valueOf(left, trial, new Map()), right: valueOf(right, trial, new Map()), at: trial.scalars() };
}

/** `\\sum_i …` (over 1…n) or `\\sum_{i=1}^{n} …`. */
function sum(args: readonly MathJson[], trial: Trial, indices: ReadonlyMap<string, number>): Value {
  const [body, range] = args;
  if (!Array.isArray(range) || range[0] !== 'Tuple' || typeof range[1] !== 'string') throw new NotMatrixNotation('a sum over a set');
  const index = range[1];
  const from = range.length >= 4 ? integerOf(range[2] as MathJson, trial.n) : 1;
  const to = range.length >= 4 ? integerOf(range[3] as MathJson, trial.n, trial.vectors?.sizeNames) : trial.n;
  if (from !== 1 || to !== trial.n) throw new NotMatrixNotation('a sum over other bounds');
  let total: Value | undefined;
  for (let k = 1; k <= trial.n; k++) {
    const term = valueOf(body!, trial, new Map(indices).set(index, k));
    total = total === undefined ? term : add(total, term, 1);
  }
  return total!;
}

/** `x_i`, `A_{ij}` under a sum are entries; `\\lambda_i`, `x_1` elsewhere are names of their own. */
function entry(args: readonly MathJson[], trial: Trial, indices: ReadonlyMap<string, number>): Value {
  const [base, script] = args;
  const parts = Array.isArray(script) && script[0] === 'InvisibleOperator' ? script.slice(1) : [script];
  const positions = parts.map((p) => (typeof p === 'string' ? indices.get(p) : undefined));
  const defined = typeof base === 'string' ? trial.vectors?.entries?.get(base) : undefined;
  if (defined && positions.length === 1 && positions[0] !== undefined) return valueOf(defined.body, trial, new Map(indices).set(defined.index, positions[0]));
  if (typeof base !== 'string' || positions.some((p) => p === undefined)) {
    const name = flattenSubscripts(['At', base!, script!]);
    if (typeof name !== 'string') throw new NotMatrixNotation('an entry of an expression');
    return trial.named(name);
  }
  const v = trial.named(base);
  const [i, j] = positions as number[];
  if (positions.length === 1 && v.cols === 1) return scalar(v.data[i! - 1]!);
  if (positions.length === 2 && v.rows === v.cols) return scalar(v.data[(i! - 1) * v.cols + (j! - 1)]!);
  throw new NotMatrixNotation('an entry that does not fit');
}

function throwUnread(what: string): never {
  throw new NotMatrixNotation(`${what} is not read`);
}

/**
 * Whether every trial of `json` must end unread (NotMatrixNotation) whatever the values drawn: the
 * side reaches a node `valueOf` never reads (`\\mid`, `\\ldots`, a partial derivative, an `Error`
 * of the parse, `\\exp` outside the vector notation) through nodes whose every argument it
 * evaluates. It follows `valueOf` case by case; where it cannot tell (an entry, an application's
 * argument, a name), it says false and the trials decide. `vectors`: the trial has a vector
 * reading (vectorNotation.ts). A claim with such a side is unread at its first trial, so the
 * matrix reading asks this before drawing anything (matrixIdentity.ts).
 */
export function surelyUnread(json: MathJson, vectors: boolean): boolean {
  if (typeof json === 'number' || typeof json === 'string') return false;
  if (!Array.isArray(json)) return true;
  if (decoratedName(json, flattenSubscripts) !== undefined) return false;
  const [head, ...args] = json as readonly MathJson[];
  const any = (list: readonly MathJson[]) => list.some((a) => surelyUnread(a, vectors));
  switch (head) {
    case 'Delimiter':
      return args.length !== 1 || any(args);
    case 'Multiply':
    case 'Add':
    case 'Subtract':
    case 'Divide':
    case 'Negate':
    case 'Sqrt':
    case 'Transpose':
    case 'Trace':
    case 'Determinant':
      return any(args);
    case 'InvisibleOperator':
      // With vectors, an application's argument is evaluated only for smooth functions: left to the trials.
      return vectors ? factorsOf(args).some((f) => 'factor' in f && surelyUnread(f.factor, vectors)) : any(args);
    case 'Norm':
      return !vectors || any(args.slice(0, 1));
    case 'Abs':
      return !vectors || any(args.slice(0, 1));
    case 'Subscript':
      return !vectors || !Array.isArray(args[0]) || args[0][0] !== 'Norm' || surelyUnread(args[0][1] as MathJson, vectors);
    case 'Power':
      if (vectors && args[0] === 'e') return any(args.slice(1, 2));
      return any(args.slice(0, 1)) || notAnInteger(args[1]!);
    case 'Exp':
    case 'Log':
    case 'Ln':
    case 'KroneckerDelta':
      return !vectors || any(args);
    case 'Sum': {
      const [body, range] = args;
      if (!Array.isArray(range) || range[0] !== 'Tuple' || typeof range[1] !== 'string') return true;
      return (range.length >= 4 && notAnInteger(range[2] as MathJson)) || surelyUnread(body!, vectors);
    }
    case 'At':
      return false;
    default:
      return true;
  }
}

/** Whether `integerOf` refuses `json` whatever the size and its names (a string may name the size: not known here). */
function notAnInteger(json: MathJson): boolean {
  if (typeof json === 'number' || typeof json === 'string') return false;
  if (Array.isArray(json) && json[0] === 'Negate') return notAnInteger(json[1] as MathJson);
  return true;
}
