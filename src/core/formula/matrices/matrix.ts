/**
 * Vectors and matrices in claims, built symbolically: every element of a
 * result is a scalar MathJSON expression of the written numbers (a product's
 * element is Σ a_ik·b_kj, a determinant its cofactor expansion), which the
 * float64 interpreter (interpret.ts) then evaluates with the same rounding
 * and underflow bounds as any scalar side. So a matrix claim is judged element
 * by element exactly as a scalar one is, and no second arithmetic with its
 * own error analysis exists. The price is expression size, which is bounded:
 * MAX_CELLS elements, MAX_NODES nodes built per side, determinants and
 * inverses up to MAX_EXPANDED rows (a cofactor expansion has n! terms).
 */
import type { MathJson } from '../read/engine';
import { CannotEvaluate } from '../evaluate/interpret';
import { flattenSubscripts } from '../identity/identity';
import { activationOf, isActivation, isGroup, primeOfActivation } from '../evaluate/elementWise';
import { decoratedName } from '../read/decoratedNames';

/** A scalar expression, or a rows × cols array of them (row-major). */
export type Term =
  | { readonly kind: 'scalar'; readonly expr: MathJson }
  | { readonly kind: 'array'; readonly rows: number; readonly cols: number; readonly cells: readonly MathJson[]; readonly certainShape: boolean };

type ArrayTerm = Extract<Term, { kind: 'array' }>;

/** What building one side may use and how much it may build. */
export interface ArrayScope {
  /** Matrices bound earlier in the note (`\\bs{A} = \\begin{bmatrix}…`), as Matrix MathJSON. */
  readonly arrays: ReadonlyMap<string, MathJson>;
  /** Names of `arrays` the side used. */
  readonly used: Set<string>;
  /** Nodes built so far. */
  nodes: number;
  /** The side contains a matrix environment or a bound matrix. */
  sawArray: boolean;
  /** Names neither bound nor constants: the side has free symbols. */
  readonly free: Set<string>;
  /** Activations the side applied element-wise with their usual meaning (σ as the logistic sigmoid). */
  readonly assumed?: Set<string>;
  /** Numbers bound earlier in the note; a side using one records it in `used` like a bound matrix. */
  readonly numbers?: ReadonlyMap<string, number>;
  /** Two rows of one length multiplied may be read element by element (an assumed reading, recorded in `assumed`). */
  readonly elementWiseProduct?: boolean;
  /** …or as their dot product (`W^{(2)} \\cdot a^{(1)} + b^{(2)}`), the reading tried when the element-wise one cannot be evaluated (matrixSide.ts). */
  readonly rowsAsDot?: boolean;
  /** A row added to a matrix it does not match: added to each row (as numpy does) or down each column (matrixSide.ts). */
  readonly broadcast?: Broadcast;
}

/** How a row is added to a matrix of another shape, and the name `assumed` records for each way. */
export type Broadcast = 'rows' | 'columns';
export const BROADCAST_READING: Readonly<Record<Broadcast, string>> = { rows: 'a row added to each row of a matrix', columns: 'a row added down each column of a matrix' };

/** The name `assumed` records for the element-wise product of two rows. */
export const ELEMENT_WISE_PRODUCT = 'element-wise product';

const CONSTANTS = new Set(['Pi', 'ExponentialE', 'e', 'PositiveInfinity', 'NegativeInfinity', 'NaN']);

const MAX_CELLS = 400;
const MAX_NODES = 200_000;
const MAX_EXPANDED = 5;
const MAX_DEPTH = 100;
/** Integer powers A^k multiplied out. */
const MAX_POWER = 8;

/** The term `json` stands for; throws CannotEvaluate for what it cannot read as arithmetic on arrays. */
export function buildTerm(json: MathJson, scope: ArrayScope, depth = 0): Term {
  if (depth > MAX_DEPTH) throw new CannotEvaluate(`the formula nests deeper than ${MAX_DEPTH} levels`);
  if (typeof json === 'string') {
    const number = scope.numbers?.get(json);
    if (number !== undefined && !scope.arrays.has(json)) {
      scope.used.add(json);
      return scalar(number);
    }
    const bound = scope.arrays.get(json);
    if (bound === undefined) {
      if (!CONSTANTS.has(json) && !json.startsWith("'")) scope.free.add(json);
      return scalar(json);
    }
    scope.used.add(json);
    scope.sawArray = true;
    return buildTerm(bound, scope, depth + 1);
  }
  if (!Array.isArray(json) || json.length === 0) return scalar(json);
  // `z^{(1)}` bound to `[0.5, 0.6]` earlier in the note: one name (decoratedNames.ts), not a power.
  const decorated = scope.arrays.size > 0 ? decoratedName(json, flattenSubscripts) : undefined;
  if (decorated !== undefined && (scope.arrays.has(decorated) || scope.numbers?.has(decorated))) return buildTerm(decorated, scope, depth + 1);
  const [head, ...args] = json as readonly MathJson[];
  const at = (k: number): Term => buildTerm(args[k]!, scope, depth + 1);
  switch (head) {
    case 'Matrix': return literalMatrix(args, scope, depth);
    case 'Delimiter': return delimited(args, scope, depth);
    case 'List': return bracketList(args, scope, depth);
    case 'Add': return args.map((_, k) => at(k)).reduce((a, b) => add(a, b, scope));
    case 'Subtract': return add(at(0), negate(at(1), scope), scope);
    case 'Negate': return negate(at(0), scope);
    case 'Multiply': return args.map((_, k) => at(k)).reduce((a, b) => multiply(a, b, scope));
    case 'InvisibleOperator': return juxtaposed(args, scope, depth);
    case 'Divide': return divide(at(0), at(1), scope);
    case 'Power': return power(at(0), args[1]!, scope, depth);
    case 'Transpose': return transpose(at(0));
    case 'PseudoInverse': return pseudoInverse(asArray(at(0), 'a pseudo-inverse'), scope);
    case 'Determinant': return determinantOf(at(0), scope);
    case 'Abs': {
      const inner = at(0);
      return inner.kind === 'array' ? determinantOf(inner, scope) : scalar(node(scope, ['Abs', inner.expr]));
    }
    case 'Norm': return norm(at(0), undefined, scope);
    case 'Subscript':
      if (Array.isArray(args[0]) && args[0][0] === 'Norm') return norm(buildTerm(args[0][1] as MathJson, scope, depth + 1), args[1], scope);
      return scalar(json);
    case 'Error': return scalar(json);
    default: {
      // A function of a 1×1 product (`\\text{sign}([2, 3] \\cdot [4, 1]^T + 1)`) is a function of a number.
      const terms = args.map((_, k) => asScalar(at(k)));
      if (terms.some((t) => t.kind === 'array')) throw new CannotEvaluate(`${String(head)} of a matrix is not supported`);
      return scalar(node(scope, [head!, ...terms.map((t) => (t as { expr: MathJson }).expr)]));
    }
  }
}

function scalar(expr: MathJson): Term {
  return { kind: 'scalar', expr };
}

function array(rows: number, cols: number, cells: MathJson[], certainShape: boolean): ArrayTerm {
  if (rows * cols > MAX_CELLS) throw new CannotEvaluate(`a matrix of more than ${MAX_CELLS} elements`);
  return { kind: 'array', rows, cols, cells, certainShape };
}

/** Count a built node against the side's limit. */
function node(scope: ArrayScope, expr: MathJson, weight = 1): MathJson {
  scope.nodes += weight;
  if (scope.nodes > MAX_NODES) throw new CannotEvaluate('the matrix arithmetic is too large to evaluate');
  return expr;
}

export function shapeText(t: Term): string {
  return t.kind === 'scalar' ? 'a number' : `a ${t.rows}×${t.cols} ${t.cols === 1 && t.rows > 1 ? 'column vector' : t.rows === 1 && t.cols > 1 ? 'row vector' : 'matrix'}`;
}

/** `\\begin{bmatrix}…\\end{bmatrix}`: rows of scalar elements; a doubled `\\\\` leaves an empty row, which is no row. */
function literalMatrix(args: readonly MathJson[], scope: ArrayScope, depth: number): Term {
  const [body, fence] = args;
  if (!Array.isArray(body) || body[0] !== 'List') throw new CannotEvaluate('an unreadable matrix');
  const rows = (body.slice(1) as MathJson[]).filter((r) => !(Array.isArray(r) && r[0] === 'List' && r.length === 1));
  if (rows.length === 0) throw new CannotEvaluate('an empty matrix');
  scope.sawArray = true;
  const cells: MathJson[] = [];
  let cols = -1;
  for (const row of rows) {
    const items = Array.isArray(row) && row[0] === 'List' ? (row.slice(1) as MathJson[]) : [row];
    if (cols >= 0 && items.length !== cols) throw new CannotEvaluate(`the rows of a matrix have different lengths (${cols} and ${items.length})`);
    cols = items.length;
    for (const item of items) {
      const t = buildTerm(item, scope, depth + 1);
      if (t.kind === 'array') throw new CannotEvaluate('a matrix of matrices (block matrices) is not supported');
      cells.push(t.expr);
    }
  }
  const m = array(rows.length, cols, cells, true);
  // `\\begin{vmatrix}` is the determinant.
  return fence === "'||'" ? determinantOf(m, scope) : m;
}

/** `(…)`, and `(1, 2, 4)`: a tuple, read as a column vector. */
function delimited(args: readonly MathJson[], scope: ArrayScope, depth: number): Term {
  const [body, fence] = args;
  if (body === undefined) throw new CannotEvaluate('empty parentheses');
  if (Array.isArray(body) && body[0] === 'Sequence') {
    const items = body.slice(1) as MathJson[];
    if (items.length === 1) return buildTerm(items[0]!, scope, depth + 1);
    if (fence !== undefined && fence !== "'(,)'") throw new CannotEvaluate('a list in brackets other than ( , ) is not a vector here');
    const cells = items.map((item) => {
      const t = buildTerm(item, scope, depth + 1);
      if (t.kind === 'array') throw new CannotEvaluate('a tuple of matrices is not supported');
      return t.expr;
    });
    return array(cells.length, 1, cells, false);
  }
  return buildTerm(body, scope, depth + 1);
}

/**
 * `[0.622, 0.645]`, `[[0.144, 0.19], [0.236, 0.286]]`: a list in square
 * brackets, as notes and NumPy write vectors — a row (`[2, 3]^T` is then the
 * column), and a list of equally long lists a matrix by rows. Notes use the
 * same brackets for columns, so the shape is not certain: a row is never a
 * mismatch against a column.
 */
function bracketList(items: readonly MathJson[], scope: ArrayScope, depth: number): Term {
  if (items.length === 0) throw new CannotEvaluate('an empty list');
  scope.sawArray = true;
  const isList = (item: MathJson): boolean => Array.isArray(item) && item[0] === 'List';
  const rows = items.every(isList) ? items.map((row) => (row as readonly MathJson[]).slice(1)) : [items];
  if (rows.some((row) => row.some(isList))) throw new CannotEvaluate('a list mixing numbers and lists is not a vector or matrix');
  const cols = rows[0]!.length;
  if (cols === 0 || rows.some((row) => row.length !== cols)) throw new CannotEvaluate('the rows of a list of lists have different lengths');
  const cells = rows.flat().map((item) => {
    const t = buildTerm(item, scope, depth + 1);
    if (t.kind === 'array') throw new CannotEvaluate('a list of matrices is not supported');
    return t.expr;
  });
  return array(rows.length, cols, cells, false);
}

function asArray(t: Term, what: string): ArrayTerm {
  if (t.kind !== 'array') throw new CannotEvaluate(`${what} of a number`);
  return t;
}

function add(first: Term, second: Term, scope: ArrayScope): Term {
  // `[2, 3] \\cdot [4, 1]^T + 1`: a 1×1 product added to a number is a number.
  const oneByOne = first.kind === 'scalar' || second.kind === 'scalar';
  const a = oneByOne ? asScalar(first) : first;
  const b = oneByOne ? asScalar(second) : second;
  if (a.kind === 'scalar' && b.kind === 'scalar') return scalar(node(scope, ['Add', a.expr, b.expr]));
  if (a.kind === 'array' && b.kind === 'array' && a.rows === b.rows && a.cols === b.cols) {
    return array(a.rows, a.cols, a.cells.map((c, k) => node(scope, ['Add', c, b.cells[k]!])), a.certainShape && b.certainShape);
  }
  const broadcast = scope.broadcast ? broadcastSum(a, b, scope.broadcast, scope) : undefined;
  if (broadcast) return broadcast;
  throw new CannotEvaluate(`cannot add ${shapeText(a)} and ${shapeText(b)}`);
}

/** `W^{(1)} - \\eta \\delta^{(1)} x`: a bracketed row added to a matrix, each of its elements to a column (`rows`) or to a row (`columns`). */
function broadcastSum(a: Term, b: Term, how: Broadcast, scope: ArrayScope): Term | undefined {
  if (a.kind !== 'array' || b.kind !== 'array') return undefined;
  const [matrix, row] = a.rows > 1 ? [a, b] : [b, a];
  if (matrix.rows < 2 || row.rows !== 1 || row.certainShape || row.cols !== (how === 'rows' ? matrix.cols : matrix.rows)) return undefined;
  scope.assumed?.add(BROADCAST_READING[how]);
  const cells = matrix.cells.map((c, k) => node(scope, ['Add', c, row.cells[how === 'rows' ? k % matrix.cols : Math.floor(k / matrix.cols)]!]));
  return array(matrix.rows, matrix.cols, cells, matrix.certainShape);
}

function negate(a: Term, scope: ArrayScope): Term {
  if (a.kind === 'scalar') return scalar(node(scope, ['Negate', a.expr]));
  return { ...a, cells: a.cells.map((c) => node(scope, ['Negate', c])) };
}

/** A 1×1 result (`x^T y`) is a number wherever a matrix of its shape would not fit. */
function asScalar(t: Term): Term {
  return t.kind === 'array' && t.rows === 1 && t.cols === 1 ? scalar(t.cells[0]!) : t;
}

function multiply(a: Term, b: Term, scope: ArrayScope): Term {
  if (a.kind === 'array' && b.kind === 'array' && a.cols !== b.rows) {
    if (a.rows * a.cols === 1 || b.rows * b.cols === 1) return multiply(asScalar(a), asScalar(b), scope);
    if (scope.elementWiseProduct && a.rows === 1 && b.rows === 1 && a.cols === b.cols && !a.certainShape && !b.certainShape) {
      if (scope.rowsAsDot) return scalar(node(scope, ['Add', ...a.cells.map((c, k) => node(scope, ['Multiply', c, b.cells[k]!]))]));
      // `\\delta^{(2)} W^{(2)} \\cdot \\sigma'(z^{(1)})` with two bracketed rows: the element-wise product a note means there.
      scope.assumed?.add(ELEMENT_WISE_PRODUCT);
      return array(1, a.cols, a.cells.map((c, k) => node(scope, ['Multiply', c, b.cells[k]!])), false);
    }
    // `u \\cdot v` or `u \\times v` between two columns: a dot or a cross product, not a matrix product.
    if (a.cols === 1 && b.cols === 1) throw new CannotEvaluate(`a product of two column vectors (dot or cross product?) is not evaluated`);
    throw new CannotEvaluate(`${shapeText(a)} times ${shapeText(b)}: the inner sizes differ`);
  }
  if (a.kind === 'scalar' && b.kind === 'scalar') return scalar(node(scope, ['Multiply', a.expr, b.expr]));
  if (a.kind === 'scalar') return { ...(b as ArrayTerm), cells: (b as ArrayTerm).cells.map((c) => node(scope, ['Multiply', a.expr, c])) };
  if (b.kind === 'scalar') return { ...a, cells: a.cells.map((c) => node(scope, ['Multiply', c, b.expr])) };
  const cells: MathJson[] = [];
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < b.cols; j++) {
      const terms: MathJson[] = [];
      for (let k = 0; k < a.cols; k++) terms.push(node(scope, ['Multiply', a.cells[i * a.cols + k]!, b.cells[k * b.cols + j]!]));
      cells.push(terms.length === 1 ? terms[0]! : node(scope, ['Add', ...terms]));
    }
  }
  return array(a.rows, b.cols, cells, a.certainShape && b.certainShape);
}

/** Juxtaposition: products (`ABC`, `2AB`, `x^T y`), and `\\mathrm{Tr}(…)`, `\\det A` applied to what follows. */
function juxtaposed(args: readonly MathJson[], scope: ArrayScope, depth: number): Term {
  const terms: Term[] = [];
  for (let k = 0; k < args.length; k++) {
    const item = args[k]!;
    if ((item === 'Tr' || item === 'Determinant') && k + 1 < args.length) {
      const operand = buildTerm(args[++k]!, scope, depth + 1);
      terms.push(item === 'Tr' ? trace(operand, scope) : determinantOf(operand, scope));
    } else if (primeOfActivation(item) !== undefined && isGroup(args[k + 1])) {
      const operand = buildTerm(args[k + 1]!, scope, depth + 1);
      if (operand.kind !== 'array') throw new CannotEvaluate('a derivative written with a prime is not evaluated here');
      terms.push(elementWise(primeOfActivation(item)!, true, operand, scope));
      k++;
    } else if (typeof item === 'string' && isActivation(item) && isGroup(args[k + 1])) {
      // σ of a number stays σ times a group: the scalar reading (identity.ts) judges that.
      const operand = buildTerm(args[k + 1]!, scope, depth + 1);
      if (operand.kind === 'array') {
        terms.push(elementWise(item, false, operand, scope));
        k++;
      } else terms.push(buildTerm(item, scope, depth + 1));
    } else if (Array.isArray(item) && item[0] === 'Error') {
      throw new CannotEvaluate('the LaTeX could not be read');
    } else terms.push(buildTerm(item, scope, depth + 1));
  }
  return terms.reduce((a, b) => multiply(a, b, scope));
}

/** σ(z), σ'(z) of an array: each element through the activation (elementWise.ts), recorded as an assumed meaning. */
function elementWise(name: string, derivative: boolean, operand: ArrayTerm, scope: ArrayScope): Term {
  scope.assumed?.add(derivative ? `${name}'` : name);
  return { ...operand, cells: operand.cells.map((cell) => node(scope, activationOf(name, derivative, cell), 4)) };
}

function divide(a: Term, b: Term, scope: ArrayScope): Term {
  const divisor = asScalar(b);
  if (divisor.kind === 'array') throw new CannotEvaluate(`division by ${shapeText(divisor)}`);
  if (a.kind === 'scalar') return scalar(node(scope, ['Divide', a.expr, divisor.expr]));
  return { ...a, cells: a.cells.map((c) => node(scope, ['Divide', c, divisor.expr])) };
}

/** `A^{-1}`, `A^{2}`; a scalar power stays a scalar power. */
function power(base: Term, exponentJson: MathJson, scope: ArrayScope, depth: number): Term {
  const exponent = buildTerm(exponentJson, scope, depth + 1);
  if (exponent.kind === 'array') throw new CannotEvaluate('a matrix exponent is not supported');
  if (base.kind === 'scalar') return scalar(node(scope, ['Power', base.expr, exponent.expr]));
  const k = integerOf(exponent.expr);
  if (k === -1) return inverse(base, scope);
  if (k !== undefined && k >= 1 && k <= MAX_POWER) {
    let out: Term = base;
    for (let i = 1; i < k; i++) out = multiply(out, base, scope);
    return out;
  }
  throw new CannotEvaluate('only the powers -1 and 1 to 8 of a matrix are evaluated');
}

function integerOf(json: MathJson): number | undefined {
  if (typeof json === 'number' && Number.isInteger(json)) return json;
  if (Array.isArray(json) && json[0] === 'Negate' && typeof json[1] === 'number' && Number.isInteger(json[1])) return -json[1];
  return undefined;
}

/** `x^T` of a number is no transpose: `e^T` is a power whose exponent is unknown. */
function transpose(t: Term): Term {
  if (t.kind === 'scalar') throw new CannotEvaluate('a transpose of a number');
  const cells: MathJson[] = [];
  for (let j = 0; j < t.cols; j++) for (let i = 0; i < t.rows; i++) cells.push(t.cells[i * t.cols + j]!);
  return array(t.cols, t.rows, cells, t.certainShape);
}

function square(t: Term, what: string): ArrayTerm {
  const m = asArray(t, what);
  if (m.rows !== m.cols) throw new CannotEvaluate(`${what} of ${shapeText(m)} (not square)`);
  if (m.rows > MAX_EXPANDED) throw new CannotEvaluate(`${what} of a matrix larger than ${MAX_EXPANDED}×${MAX_EXPANDED} is not evaluated`);
  return m;
}

function trace(t: Term, scope: ArrayScope): Term {
  if (t.kind === 'scalar') return t;
  if (t.rows !== t.cols) throw new CannotEvaluate(`the trace of ${shapeText(t)} (not square)`);
  const diagonal = Array.from({ length: t.rows }, (_, i) => t.cells[i * t.cols + i]!);
  return scalar(diagonal.length === 1 ? diagonal[0]! : node(scope, ['Add', ...diagonal]));
}

function determinantOf(t: Term, scope: ArrayScope): Term {
  if (t.kind === 'scalar') return t;
  const m = square(t, 'the determinant');
  return scalar(determinant(m.cells, m.rows, Array.from({ length: m.rows }, (_, i) => i), scope));
}

/** Cofactor expansion along the first of `rowsLeft` over the columns `cols` (n ≤ MAX_EXPANDED, so at most 120 terms). */
function determinant(cells: readonly MathJson[], n: number, cols: readonly number[], scope: ArrayScope, firstRow = 0): MathJson {
  if (cols.length === 1) return cells[firstRow * n + cols[0]!]!;
  const terms: MathJson[] = cols.map((c, k) => {
    const minor = determinant(cells, n, cols.filter((_, j) => j !== k), scope, firstRow + 1);
    const product = node(scope, ['Multiply', cells[firstRow * n + c]!, minor]);
    return k % 2 === 0 ? product : node(scope, ['Negate', product]);
  });
  return node(scope, ['Add', ...terms]);
}

/** The inverse as adjugate / determinant: a singular matrix divides by an exact 0, which the side reports. */
function inverse(t: ArrayTerm, scope: ArrayScope): Term {
  const m = square(t, 'the inverse');
  const n = m.rows;
  const all = Array.from({ length: n }, (_, i) => i);
  const det = determinant(m.cells, n, all, scope);
  if (n === 1) return array(1, 1, [node(scope, ['Divide', 1, det])], m.certainShape);
  const cells: MathJson[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      // Element (i, j) of the inverse is the cofactor of (j, i) over the determinant.
      const minorCells: MathJson[] = [];
      for (let r = 0; r < n; r++) if (r !== j) for (let c = 0; c < n; c++) if (c !== i) minorCells.push(m.cells[r * n + c]!);
      const minor = determinant(minorCells, n - 1, all.slice(0, n - 1), scope);
      const cofactor = (i + j) % 2 === 0 ? minor : node(scope, ['Negate', minor]);
      cells.push(node(scope, ['Divide', cofactor, det]));
    }
  }
  return array(n, n, cells, m.certainShape);
}

/** A⁺ = (AᵀA)⁻¹Aᵀ for a tall matrix, Aᵀ(AAᵀ)⁻¹ for a wide one (full rank; a singular Gram matrix divides by 0). */
function pseudoInverse(a: ArrayTerm, scope: ArrayScope): Term {
  const at = transpose(a) as ArrayTerm;
  if (a.rows >= a.cols) return multiply(inverse(multiply(at, a, scope) as ArrayTerm, scope), at, scope);
  return multiply(at, inverse(multiply(a, at, scope) as ArrayTerm, scope), scope);
}

/** ‖x‖₂ (the default), ‖x‖₁, ‖x‖_∞ of a vector, ‖A‖_F of a matrix; ‖a‖ of a number is |a|. */
function norm(t: Term, subscript: MathJson | undefined, scope: ArrayScope): Term {
  if (t.kind === 'scalar') return scalar(node(scope, ['Abs', t.expr]));
  const vector = t.rows === 1 || t.cols === 1;
  const p = subscript === undefined ? 2 : subscript === 'PositiveInfinity' ? Infinity : subscript === 'F' ? 'F' : subscript;
  if (vector ? p !== 1 && p !== 2 && p !== Infinity : p !== 'F') {
    throw new CannotEvaluate(vector ? `the norm ${String(subscript)} of a vector is not evaluated` : 'a matrix norm other than the Frobenius norm ‖A‖_F is not evaluated');
  }
  if (p === 1) return scalar(node(scope, ['Add', ...t.cells.map((c) => node(scope, ['Abs', c]))]));
  if (p === Infinity) return scalar(node(scope, ['Max', ...t.cells.map((c) => node(scope, ['Abs', c]))]));
  return scalar(node(scope, ['Sqrt', node(scope, ['Add', ...t.cells.map((c) => node(scope, ['Square', c]))])]));
}
