/**
 * Claims in bold matrix and vector notation read at size 1. A law of matrices
 * and vectors holds for every size, so it holds for 1×1 matrices too, where
 * every matrix and vector is a number: a careful reader tries a step such as
 * `\bs{Ax}\alpha + \bs{A}(1-\alpha y) = \bs{Ax}\alpha + \bs{Ay}(1-\alpha)` with
 * numbers (A = 2, y = 3, α = 0.5: -1 vs 3) and sees that it cannot hold. The
 * scalar check (identity.ts) leaves bold notation alone and the reading at sizes
 * 3 and 4 (matrixIdentity.ts) only confirms; this one may only refute.
 *
 * Its doubts, each leaving the claim undecided:
 * - the two sides name different quantities (`\bs{Ax} = \bs{b}`: an equation to solve);
 * - fewer than two matrices or vectors (`\bs{P}^2 = \bs{P}`, `\bs{A}^T = -\bs{A}`: a
 *   property of one matrix the note states, which no number need have);
 * - a Latin letter never written bold in the formula (`n`, `d`: a size, an index);
 * - a name the note bound earlier to a number or an expression, or called symmetric, orthogonal…;
 * - arrays the note bound earlier (`\bs{A} = [[4, 12], [7, 6]]`) that fit the claim and make it hold
 *   (a claim about those arrays); arrays whose shapes do not fit its products were bound for another purpose;
 * - the doubts of the scalar check: sides of plain sums and products (a property), a
 *   variable alone on one side and inside the other (an equation), a law of powers;
 * - sums, norms, functions, Euler's e or i: anything the matrix reading does not read;
 * - a point where the sides agree, or too few points with both sides finite.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport } from '../types';
import type { SideTexts } from '../identity/claimReading';
import { matrixLatex } from './matrixIdentity';
import { shapeOf, sidesAt } from './matrixValues';
import { NotMatrixNotation, type Value } from './smallMatrices';
import { flattenSubscripts, seeded } from '../identity/identity';
import { decoratedName } from '../read/decoratedNames';
import { identityDoubt } from '../identity/identityDoubts';
import { notationDoubt } from '../identity/notationDoubts';

/** A bold wrapper and its content: `\bs{Ax}`, `\mathbf{W}`, `\boldsymbol{\beta}`. */
const BOLD = /\\(?:bs|mathbf|boldsymbol|bm|pmb)\s*\{([^{}]*)\}/g;

const TRIALS = 32;
const MIN_POINTS = 16;

/** The reading named in the hover and `check --json`. */
export const SIZE_ONE_READING = 'with every matrix and vector 1×1 (a number), where a law of matrices must hold too';

/** The letters (or Greek names) written bold anywhere in `latex`. */
function boldLetters(latex: string): Set<string> {
  const letters = new Set<string>();
  for (const m of latex.matchAll(BOLD)) {
    for (const g of m[1]!.matchAll(/\\([A-Za-z]+)/g)) letters.add(g[1]!);
    for (const l of m[1]!.replace(/\\[A-Za-z]+/g, ' ').match(/[A-Za-z]/g) ?? []) letters.add(l);
  }
  return letters;
}

/** `\bs{Ax}` as the letters side by side (a product, as matrixSide.ts reads it), any other bold content as it is. */
function unbolded(latex: string): string {
  return matrixLatex(latex.replace(BOLD, (_, inner: string) => (/^\s*[A-Za-z]+\s*$/.test(inner) ? ` ${inner.trim().split('').join(' ')} ` : ` ${inner} `)));
}

/** Latin letters a side writes outside command names and transposes (`^T`, `^{\top}`). */
function lettersOf(latex: string): string {
  const plain = latex.replace(/\^\s*(?:\{\s*(?:T|\\top|\\intercal)\s*\}|T|\\top\b|\\intercal\b)/g, ' ').replace(/\\[A-Za-z]+/g, ' ');
  return [...new Set(plain.match(/[A-Za-z]/g) ?? [])].sort().join('');
}

/** The names a tree uses (subscripted names whole), or undefined when it uses a head this reading refuses. */
function namesOf(json: MathJson, out: Set<string>): Set<string> | undefined {
  if (typeof json === 'string') return out.add(json);
  if (!Array.isArray(json)) return out;
  // `W^{(1)}`, `\hat{y}`: one name, not W (the matrix reading draws them as their own names too).
  const decorated = decoratedName(json, flattenSubscripts);
  if (decorated !== undefined) return out.add(decorated);
  const [head, ...args] = json as readonly MathJson[];
  if (head === 'Sum' || head === 'Product') return undefined;
  if (head === 'At') {
    const name = flattenSubscripts(json);
    return typeof name === 'string' ? out.add(name) : undefined;
  }
  for (const a of args) if (namesOf(a, out) === undefined) return undefined;
  return out;
}

/** Whether a name may stand for any matrix, vector or scalar of the claim (see the file comment). */
function isFreeArrayName(name: string, bold: ReadonlySet<string>, bound: (name: string) => boolean): boolean {
  if (bound(name)) return false;
  const shape = shapeOf(name);
  if (shape === undefined) return false;
  if (shape === 'scalar' || shape === 'identity') return true;
  return bold.has(/^[A-Za-z]/.exec(name)![0]);
}

/** A bound array as a value (`['Matrix', ['List', ['List', 4, 12], …]]`, `['List', 1, 2]`); undefined unless every entry is a number. */
function arrayValue(json: MathJson): Value | undefined {
  const rowsOf = (j: MathJson): MathJson[] | undefined =>
    Array.isArray(j) && j[0] === 'Matrix' ? rowsOf(j[1] as MathJson) : Array.isArray(j) && j[0] === 'List' ? (j.slice(1) as MathJson[]) : undefined;
  const rows = rowsOf(json);
  if (!rows || rows.length === 0) return undefined;
  const table = rows.map((r) => (Array.isArray(r) && r[0] === 'List' ? r.slice(1) : [r]));
  const cols = table[0]!.length;
  // The engine writes long decimals as `{ num: '0.89442719' }`.
  const data = table.flat().map((x) => (typeof x === 'number' ? x : x !== null && typeof x === 'object' && 'num' in x ? Number(x.num) : NaN));
  if (table.some((r) => r.length !== cols) || !data.every(Number.isFinite)) return undefined;
  return { rows: table.length, cols, data };
}

/**
 * With the arrays the note bound earlier (`\bs{A} = [[4, 12], [7, 6]]`) put in: 'fits-and-fails' when the claim
 * fails for them too, 'holds' when it holds for them at some point (a claim about those arrays), 'misfit' when their
 * shapes do not fit the claim's products (bound in another part of the note, for another purpose).
 */
function withBoundArrays(trees: readonly MathJson[], names: readonly string[], arrays: ReadonlyMap<string, MathJson>, random: () => number): 'fits-and-fails' | 'holds' | 'misfit' | 'unread' {
  const given = new Map<string, Value>();
  for (const name of names.filter((n) => arrays.has(n))) {
    const value = arrayValue(arrays.get(name)!);
    if (!value) return 'unread';
    given.set(name, value);
  }
  const n = Math.max(...[...given.values()].map((v) => Math.max(v.rows, v.cols)));
  for (let k = 0; k < 8; k++) {
    try {
      const { left, right } = sidesAt(trees[0]!, trees[1]!, n, random, given);
      if (left.rows !== right.rows || left.cols !== right.cols) return 'misfit';
      if (left.data.some((x, j) => Math.abs(x - right.data[j]!) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(right.data[j]!)))) return 'holds';
    } catch (error) {
      if (error instanceof NotMatrixNotation) return 'misfit';
      throw error;
    }
  }
  return 'fits-and-fails';
}

/** An undecided `=` in bold notation that fails with every matrix and vector a number fails (see the file comment). */
export function failsAtSizeOne(
  claim: ClaimReport,
  pieces: SideTexts,
  formulaLatex: string,
  reader: LatexReader,
  bound: (name: string) => boolean,
  arrays: ReadonlyMap<string, MathJson> = new Map(),
): ClaimReport {
  if (claim.verdict !== 'none' || claim.relation !== '=') return claim;
  const bold = boldLetters(formulaLatex);
  if (bold.size === 0 || bold.has('e') || bold.has('i')) return claim;
  // Both sides must name the same things; their letters differ when they do not, and telling so costs no parse.
  if (lettersOf(pieces[0].text) !== lettersOf(pieces[1].text)) return claim;
  let trees: MathJson[];
  try {
    trees = pieces.map((p) => reader.read(normalizeLatex(unbolded(p.text))));
  } catch {
    return claim;
  }
  const [left, right] = [namesOf(trees[0]!, new Set()), namesOf(trees[1]!, new Set())];
  if (!left || !right || left.size !== right.size || [...left].some((n) => !right.has(n))) return claim;
  if (![...left].every((n) => isFreeArrayName(n, bold, bound))) return claim;
  const arrayNames = [...left].filter((n) => shapeOf(n) === 'matrix' || shapeOf(n) === 'vector');
  if (arrayNames.length < 2) return claim;
  // A property or an equation written as one (`\bs{x} + \bs{y} = 2\bs{x}`, `\bs{P}^2 = \bs{P}`) is not refuted by numbers; capitals
  // multiplied are what this reading is for, so that doubt of the scalar check is left out.
  const lowercase = [...left].filter((n) => !/^[A-Z]/.test(n));
  if (identityDoubt(trees[0]!, trees[1]!, lowercase) !== undefined || notationDoubt(trees[0]!, trees[1]!, formulaLatex) !== undefined) return claim;
  const random = seeded(`${pieces[0].text} = ${pieces[1].text}\u0000size one`);
  if ([...left].some((n) => arrays.has(n))) {
    const earlier = withBoundArrays(trees, [...left], arrays, random);
    if (earlier === 'holds' || earlier === 'unread') return claim;
  }
  let points = 0;
  let first: { at: Record<string, number>; left: number; right: number } | undefined;
  for (let k = 0; k < TRIALS; k++) {
    let values: ReturnType<typeof sidesAt>;
    try {
      values = sidesAt(trees[0]!, trees[1]!, 1, random);
    } catch (error) {
      if (error instanceof NotMatrixNotation) return claim;
      throw error;
    }
    const [a, b] = [values.left.data[0]!, values.right.data[0]!];
    if (!Number.isFinite(a) || !Number.isFinite(b)) continue;
    points++;
    // Entries lie in [-1, 1]: a difference this large is no rounding of a few products.
    if (Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b))) return claim;
    first ??= { at: values.at, left: a, right: b };
  }
  if (points < MIN_POINTS || !first) return claim;
  const { reason: _reason, ...rest } = claim;
  return { ...rest, verdict: 'fails', reading: SIZE_ONE_READING, identity: { points, counterexample: first } };
}
