/**
 * The vector notation of course notes that the matrix reading (matrixIdentity.ts)
 * takes besides products, transposes, traces and determinants:
 *
 * - norms: `\|x\|`, `\|x\|_2`, `||x||^2`, `\lVert x \rVert`, `\norm{x}` of a vector are
 *   Euclidean, `\|x\|_1` the sum of magnitudes, `\|x\|_\infty` the largest magnitude, `\|A\|_F`
 *   the Frobenius norm, `\|A\|_2` the spectral norm; a matrix norm without a subscript (spectral?
 *   Frobenius?) is not read;
 * - inner products `\langle a, b \rangle`, read as `a^\top b`, and `\mathbf{u}\cdot\mathbf{v}`;
 * - bold names and their entries: `\mathbf{u}` is the vector whose entries are `u_i`;
 * - sums over components up to a letter used for nothing else (`\sum_{i=1}^{d} a_i b_i`):
 *   the letter is the vector length;
 * - a function letter applied to an argument (`f_\theta(\mathbf{x}^*)`, `g'(a^Tx)`): an
 *   unknown vector (or, where a vector cannot fit, a number), one per argument written.
 *   An identity that holds whatever that value is holds for the value the author means.
 *
 * These readings only confirm (matrixIdentity.ts), never refute: the reading at size 1
 * (matrixAtSizeOne.ts) does not take them.
 */
import type { MathJson } from '../read/engine';
import { arrayLatex } from './matrixSide';
import { NotMatrixNotation, scalar, type Value } from './smallMatrices';
import { spectralNorm } from './spectralNorm';

/** Letters that name functions by convention when an argument follows them. */
const FUNCTION_LETTERS = new Set(['f', 'g', 'h', 'phi', 'varphi', 'psi']);

/** What the claim writes that only this notation reads: a norm, an inner product, a sum up to a letter, an application. */
export const WRITES_VECTOR_NOTATION = /\\(?:mathbf|boldsymbol|bm)\s*\{|\\cdot|\\\||\|\||\\lVert|\\Vert|\\norm\b|\\langle|\\sum_\{?\s*\w+\s*=\s*1\s*\}?\s*\^\s*\{?\s*[a-zA-Z]\b|(?<![\\A-Za-z])[fgh](?:_\{[^{}]*\}|_\\?[A-Za-z0-9]+)?'*\s*\(|\\(?:operatorname|mathrm)\s*\{\s*Tr\s*\}/;

/** `\langle a, b \rangle` (one comma at its top level, no inner product inside) as `(a)^{\top}(b)`. */
export function innerProductsAsTransposes(latex: string): string {
  return latex.replace(/\\langle((?:(?!\\langle|\\rangle)[^,])+),((?:(?!\\langle|\\rangle)[^,])+)\\rangle/g, (whole, a: string, b: string) => {
    const balanced = (s: string) => (s.match(/[({[]/g) ?? []).length === (s.match(/[)}\]]/g) ?? []).length;
    return balanced(a) && balanced(b) ? `\\left(${a}\\right)^{\\top}\\left(${b}\\right)` : whole;
  });
}

/** The side as this reading's parser should see it: inner products as transposes, then as the array reading writes it. */
export function vectorNotationLatex(latex: string): string {
  return arrayLatex(innerProductsAsTransposes(latex));
}

/** `‖v‖` (`sub` undefined), `‖v‖_2`, `‖v‖_1` of a vector, `‖A‖_F` of a matrix; a number's norm is its magnitude. */
export function normOf(v: Value, sub: MathJson | undefined): Value {
  const squares = () => Math.sqrt(v.data.reduce((s, x) => s + x * x, 0));
  const vector = v.cols === 1 || v.rows === 1;
  if (sub === undefined || sub === 2) {
    // `\|A\|_2` of a matrix is its spectral norm (the norm induced by the Euclidean one); `\|A\|` may be spectral or Frobenius.
    if (!vector && sub === 2) return scalar(spectralNorm(v));
    if (!vector) throw new NotMatrixNotation('a matrix norm that may be spectral or Frobenius');
    return scalar(squares());
  }
  if (sub === 1 && vector) return scalar(v.data.reduce((s, x) => s + Math.abs(x), 0));
  if (sub === 'PositiveInfinity' && vector) return scalar(Math.max(...v.data.map(Math.abs)));
  if (sub === 'F') return scalar(squares());
  throw new NotMatrixNotation('a norm that is not read');
}

/** The function letter of `f`, `f_\theta`, `g'`, `g''` in the tree, if it is one. */
function functionName(json: MathJson): string | undefined {
  if (typeof json === 'string') return FUNCTION_LETTERS.has(json) ? json : undefined;
  if (!Array.isArray(json)) return undefined;
  if ((json[0] === 'At' || json[0] === 'Subscript') && typeof json[1] === 'string' && FUNCTION_LETTERS.has(json[1])) return json[1];
  if (json[0] === 'Prime' || json[0] === 'Derivative') return functionName(json[1] as MathJson);
  return undefined;
}

/** An argument in parentheses, possibly transposed: `(x)`, `(x)^T` as the engine reads `f(x)^T`. */
function argumentOf(json: MathJson | undefined): { argument: MathJson; transposed: boolean } | undefined {
  if (!Array.isArray(json)) return undefined;
  if (json[0] === 'Delimiter' && json.length === 2) return { argument: json[1] as MathJson, transposed: false };
  if (json[0] === 'Transpose') {
    const inner = argumentOf(json[1] as MathJson);
    return inner && !inner.transposed ? { argument: inner.argument, transposed: true } : undefined;
  }
  return undefined;
}

/** Factors side by side with each application (`f`, then `(x)`) joined into one factor: its key, function, argument and whether it is transposed. */
export type Factor =
  | { readonly factor: MathJson }
  | { readonly application: string; readonly name: string; readonly order: number; readonly argument: MathJson; readonly transposed: boolean };

/** How many primes a function's name carries: `g` 0, `g'` 1, `g''` 2 (`["Prime", "g", 2]`). */
function primesOf(json: MathJson): number {
  if (!Array.isArray(json) || json[0] !== 'Prime') return 0;
  return (typeof json[2] === 'number' ? json[2] : 1) + primesOf(json[1] as MathJson);
}

/**
 * An unknown smooth function of a number, drawn at random for a derivative's check
 * (gradientClaims.ts): g(t) = a·sin(bt + c) + d·t², and its derivatives by `order`.
 * A claim about g, g′, g″ that holds for a g drawn so holds for g in general.
 */
export function smoothValue(coefficients: readonly number[], order: number, t: number): number {
  const [a, b, c, d] = coefficients as [number, number, number, number];
  const u = b * t + c;
  switch (order) {
    case 0: return a * Math.sin(u) + d * t * t;
    case 1: return a * b * Math.cos(u) + 2 * d * t;
    case 2: return -a * b * b * Math.sin(u) + 2 * d;
    case 3: return -a * b * b * b * Math.cos(u);
    default: throw new NotMatrixNotation('a derivative of fourth order');
  }
}

export function factorsOf(args: readonly MathJson[]): Factor[] {
  const out: Factor[] = [];
  for (let k = 0; k < args.length; k++) {
    const name = functionName(args[k]!);
    const applied = name !== undefined ? argumentOf(args[k + 1]) : undefined;
    if (applied) {
      out.push({ application: JSON.stringify([args[k], applied.argument]), name: name!, order: primesOf(args[k]!), argument: applied.argument, transposed: applied.transposed });
      k++;
    } else out.push({ factor: args[k]! });
  }
  return out;
}

/**
 * Whether a tree writes a function applied to an argument anywhere (`f(x)` side by side,
 * as factorsOf joins it): only such a value is drawn differently as a vector or a number.
 */
export function writesApplication(json: MathJson): boolean {
  if (!Array.isArray(json)) return false;
  if (json[0] === 'InvisibleOperator' && factorsOf(json.slice(1) as MathJson[]).some((f) => 'application' in f)) return true;
  for (let k = 1; k < json.length; k++) if (writesApplication(json[k] as MathJson)) return true;
  return false;
}

/** Greek letters written bold (`\\boldsymbol{\\beta}`, `\\bm{\\mu}`) or transposed (`\\theta^T`: no number is): vectors, as Latin letters are. */
export function greekVectors(latex: string): Set<string> {
  const bold = [...latex.matchAll(/\\(?:boldsymbol|bm|mathbf|pmb)\s*\{\s*\\([a-z]+)\s*\}/g)].map((m) => m[1]!);
  const transposed = [...latex.matchAll(/\\([a-z]+)\s*\^\s*\{?\s*(?:T|\\top|\\intercal|\\mathsf\s*\{\s*T\s*\})\s*\}?/g)].map((m) => m[1]!);
  return new Set([...bold, ...transposed]);
}

/** Letters notes use for a vector's length; `k`, `r`, `t` bound partial sums (`\\sum_{i=1}^{k}`: the first k terms of a truncated SVD). */
const LENGTH_LETTERS = new Set(['n', 'd', 'm', 'p', 'N', 'D', 'M']);

/** Upper bounds of sums that are letters the trees use nowhere else (`d` in `\sum_{i=1}^{d}`): names of the vector length. */
export function sizeNames(trees: readonly MathJson[]): Set<string> {
  const bounds = new Map<string, number>();
  const uses = new Map<string, number>();
  // Two walks, the second only where a sum has a letter as its bound: most claims have none.
  const walk = (json: MathJson, count: (json: MathJson) => void): void => {
    count(json);
    if (!Array.isArray(json)) return;
    for (let k = 1; k < json.length; k++) walk(json[k] as MathJson, count);
  };
  const countBound = (json: MathJson): void => {
    if (!Array.isArray(json) || json[0] !== 'Sum') return;
    const range = json[2];
    if (Array.isArray(range) && range[0] === 'Tuple' && range.length >= 4 && typeof range[3] === 'string') bounds.set(range[3], (bounds.get(range[3]) ?? 0) + 1);
  };
  trees.forEach((tree) => walk(tree, countBound));
  if (![...bounds.keys()].some((name) => LENGTH_LETTERS.has(name))) return new Set();
  const countUse = (json: MathJson): void => {
    if (typeof json === 'string') uses.set(json, (uses.get(json) ?? 0) + 1);
  };
  trees.forEach((tree) => walk(tree, countUse));
  return new Set([...bounds].filter(([name, count]) => uses.get(name) === count && LENGTH_LETTERS.has(name)).map(([name]) => name));
}
