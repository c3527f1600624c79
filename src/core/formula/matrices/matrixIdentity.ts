/**
 * Identities in matrix notation: `(zz^T)^T = (z^T)^Tz^T = zz^T`,
 * `\tfrac{1}{2}x^TAx = \tfrac{1}{2}\sum_i\sum_j A_{ij}x_ix_j`,
 * `\operatorname{tr}(ABC) = \operatorname{tr}(CAB)`, `\det(A^{-1}) = \det(A)^{-1}`.
 * The scalar identity check (identity.ts) leaves these alone: its random numbers
 * commute, matrices do not.
 *
 * A careful reader reads the letters by the usual convention, and so does this
 * module: a capital letter (Latin or Greek) is a square matrix, `I` the identity,
 * a lowercase Latin letter a column vector, a lowercase Greek letter a scalar; a
 * 1×1 product (`x^Tz`) is a scalar. `\sum_i` without bounds runs over the vector
 * length, and `A_{ij}`, `x_i` under it are entries. Both sides are evaluated with
 * random entries (seeded by the formula) at two sizes, 3 and 4.
 *
 * This reading can only say "holds": where the sides differ, the author may mean
 * a matrix with a property stated in prose (symmetric, orthogonal, `A = zz^T`),
 * so the claim stays as it was. Anything outside this small notation — a name of
 * several letters, a function, a shape that does not fit — leaves it alone too.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport } from '../types';
import type { MatrixProperty } from './matrixProperties';
import { add, eliminate, identityMatrix, isScalar, multiply, NotMatrixNotation, power, scalar, transpose, withProperty, type Value } from './smallMatrices';
import { decoratedName } from '../read/decoratedNames';
import { flattenSubscripts, seeded } from '../identity/identity';
import { factorsOf, normOf, sizeNames, vectorNotationLatex, WRITES_VECTOR_NOTATION } from './vectorNotation';

const GREEK_LOWER = new Set([
  'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'kappa', 'lambda', 'mu', 'nu', 'xi',
  'rho', 'sigma', 'tau', 'phi', 'varphi', 'chi', 'psi', 'omega',
]);
// Not Pi: the engine's name for π.
const GREEK_UPPER = new Set(['Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Sigma', 'Phi', 'Psi', 'Omega']);

/** Sizes tried: two, so that an identity of one size only (a 3×3 accident) does not pass. */
const SIZES = [3, 4] as const;

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

/** Whether the claim's text uses matrix notation at all: a transpose, a trace, a determinant, bold letters, or capitals side by side. */
export function writesMatrixNotation(latex: string): boolean {
  return /\^\s*(?:T|\{\s*T\s*\}|\{?\s*\\top|\{?\s*\\intercal|\\text\s*\{\s*T\s*\})|\\operatorname\s*\{\s*(?:tr|Tr|det)\s*\}|\\(?:text|mathrm)\s*\{\s*(?:tr|Tr|det)\s*\}|\\det\b|\\Tr\b|\\(?:bs|mathbf|boldsymbol|bm)\s*\{|(?<![\\A-Za-z])[A-Z]\s*[A-Z\\]/.test(latex);
}

/** `\\Tr`, `\\det`, `\\bs{…}` (a note's macro for bold) as the engine reads them: trace, determinant, the letters. */
export function matrixLatex(latex: string): string {
  return latex
    .replace(/\\(?:bs|boldsymbol|bm)\s*\{([^{}]*)\}/g, (_, inner: string) => ` ${inner} `)
    .replace(/\\Tr\b/g, '\\operatorname{tr}')
    .replace(/\\det\b/g, '\\operatorname{det}');
}

/**
 * The notation of vectorNotation.ts, read only where the reading confirms: the shape of
 * a function's value (`f(x)`), and the letters that name the vector length.
 */
export interface VectorReading {
  readonly applications: 'vector' | 'scalar';
  readonly sizeNames: ReadonlySet<string>;
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

  /** The scalars drawn so far (a 1×1 trial's point, for a counter-example). */
  scalars(): Record<string, number> {
    return Object.fromEntries([...this.values].filter(([, v]) => v.data.length === 1).map(([name, v]) => [name, v.data[0]!]));
  }

  named(name: string): Value {
    const known = this.values.get(name);
    if (known) return known;
    const shape = shapeOf(name);
    if (shape === undefined) throw new NotMatrixNotation(`${name} is no one-letter name`);
    const draw = (k: number) => Array.from({ length: k }, () => 2 * this.random() - 1);
    const n = this.n;
    const square = (): Value => withProperty({ rows: n, cols: n, data: draw(n * n) }, this.properties.get(name));
    const value = shape === 'identity' ? identityMatrix(n) : shape === 'scalar' ? scalar(draw(1)[0]!) : shape === 'vector' ? { rows: n, cols: 1, data: draw(n) } : square();
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
    case 'InvisibleOperator':
    case 'Multiply':
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
      return power(at(0), integerOf(args[1]!, trial.n));
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

/** Factors side by side, with `f(x)` an unknown value and `\\mathrm{Tr}(…)`, `\\mathrm{det}(…)` the trace and determinant. */
function extendedProduct(args: readonly MathJson[], trial: Trial, indices: ReadonlyMap<string, number>): Value {
  const values: Value[] = [];
  const factors = factorsOf(args);
  for (let k = 0; k < factors.length; k++) {
    const f = factors[k]!;
    if ('application' in f) {
      const v = trial.applied(f.application);
      values.push(f.transposed ? transpose(v) : v);
      continue;
    }
    const next = factors[k + 1];
    const operator = f.factor === 'Tr' || f.factor === 'tr' ? 'Trace' : f.factor === 'det' ? 'Determinant' : undefined;
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

/** The non-scalar names a tree uses: the reading is for matrices and vectors, scalars are identity.ts's. */
function usesArrays(json: MathJson): boolean {
  if (typeof json === 'string') return shapeOf(json) === 'matrix' || shapeOf(json) === 'vector' || shapeOf(json) === 'identity';
  return Array.isArray(json) && json.some((a) => usesArrays(a as MathJson));
}

function close(a: Value, b: Value): boolean {
  if (a.rows !== b.rows || a.cols !== b.cols) return false;
  const scale = Math.max(1, ...a.data.map(Math.abs), ...b.data.map(Math.abs));
  return a.data.every((x, k) => Math.abs(x - b.data[k]!) <= 1e-9 * scale);
}

/** Whether `left = right` holds for random matrices and vectors of sizes 3 and 4 (false: not shown, never "fails"). */
export function holdsForMatrices(latex: string, left: MathJson, right: MathJson, properties: ReadonlyMap<string, MatrixProperty> = new Map(), vectors?: VectorReading): boolean {
  return outcomeForMatrices(latex, left, right, properties, vectors) === 'holds';
}

/** `holds` at every trial, `differs` at one, `unread` where the notation does not fit the reading. */
function outcomeForMatrices(latex: string, left: MathJson, right: MathJson, properties: ReadonlyMap<string, MatrixProperty>, vectors?: VectorReading): 'holds' | 'differs' | 'unread' {
  if (!usesArrays(left) && !usesArrays(right)) return 'unread';
  const random = seeded(latex);
  try {
    for (const n of SIZES) {
      for (let k = 0; k < (vectors ? 4 : 2); k++) {
        const trial = new Trial(n, random, properties, new Map(), vectors);
        if (!close(valueOf(left, trial, new Map()), valueOf(right, trial, new Map()))) return 'differs';
      }
    }
    return 'holds';
  } catch (error) {
    if (error instanceof NotMatrixNotation) return 'unread';
    throw error;
  }
}

/**
 * The claim in the notation of vectorNotation.ts: function values as vectors, or as numbers
 * where a vector does not fit (`g'(a^Tx)\,a`); holds only when one of them holds.
 */
function holdsInVectorNotation(latex: string, pieces: readonly [{ text: string }, { text: string }], reader: LatexReader, properties: ReadonlyMap<string, MatrixProperty>): boolean {
  let trees: MathJson[];
  try {
    trees = pieces.map((p) => reader.read(vectorNotationLatex(p.text)));
  } catch {
    return false;
  }
  const sizes = sizeNames(trees);
  for (const applications of ['vector', 'scalar'] as const) {
    const outcome = outcomeForMatrices(latex, trees[0]!, trees[1]!, properties, { applications, sizeNames: sizes });
    if (outcome !== 'unread') return outcome === 'holds';
  }
  return false;
}

/** The readings named in the hover and `check --json`. */
export const VECTOR_READING = 'with capitals as matrices, lowercase letters as vectors and f(x) an unknown value, norms Euclidean, checked with random entries';
export const MATRIX_READING = 'with capitals as matrices, lowercase letters as vectors, checked with random entries';

/** An undecided `=` in matrix notation that holds for random matrices and vectors holds (see the file comment). */
export function withMatrixReading(
  claim: ClaimReport,
  pieces: readonly [{ text: string }, { text: string }],
  reader: LatexReader,
  properties: ReadonlyMap<string, MatrixProperty> = new Map(),
): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
  const latex = `${pieces[0].text} = ${pieces[1].text}`;
  const matrices = writesMatrixNotation(latex);
  const vectors = WRITES_VECTOR_NOTATION.test(latex);
  if (!matrices && !vectors) return claim;
  let trees: MathJson[] | undefined;
  try {
    trees = pieces.map((p) => reader.read(normalizeLatex(matrixLatex(p.text))));
  } catch {
    trees = undefined;
  }
  if (matrices && trees && holdsForMatrices(latex, trees[0]!, trees[1]!)) return holds(claim, MATRIX_READING);
  if (vectors && holdsInVectorNotation(latex, pieces, reader, new Map())) return holds(claim, VECTOR_READING);
  // Only the properties of matrices the claim mentions, named in the reading.
  const used = new Map([...properties].filter(([letter]) => new RegExp(`(?<![A-Za-z\\\\])${letter}(?![a-z])`).test(latex)));
  if (used.size === 0 || !mentionsOthers(latex, used)) return claim;
  const said = [...used].map(([letter, property]) => `${letter} ${property}`).join(', ');
  if (matrices && trees && holdsForMatrices(latex, trees[0]!, trees[1]!, used)) return holds(claim, `${MATRIX_READING}, with ${said} as the text before it says`);
  if (vectors && holdsInVectorNotation(latex, pieces, reader, used)) return holds(claim, `${VECTOR_READING}, with ${said} as the text before it says`);
  return claim;
}

/** `U^TU = I` after "U orthogonal" restates the assumption; a claim the property confirms must be about something more. */
function mentionsOthers(latex: string, used: ReadonlyMap<string, MatrixProperty>): boolean {
  const letters = latex.replace(/\^\s*\{?\s*T\s*\}?/g, ' ').replace(/\\[A-Za-z]+/g, ' ').match(/[A-Za-z]/g) ?? [];
  return letters.some((l) => l !== 'I' && !used.has(l)) || [...latex.matchAll(/\\([A-Za-z]+)/g)].some((m) => GREEK_LOWER.has(m[1]!) || GREEK_UPPER.has(m[1]!));
}

function holds(claim: ClaimReport, reading: string): ClaimReport {
  const { reason: _reason, identity: _identity, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading };
}
