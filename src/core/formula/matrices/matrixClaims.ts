/**
 * Claims between vectors and matrices, judged element by element with the
 * scalar rules and readings of claims.ts: a claim holds when every element
 * holds, fails when an element fails (under every reading, as any scalar
 * claim), and is otherwise undecided. Sides of different shapes are a
 * mismatch only when both shapes are certain (written matrices and operations
 * on them, not a tuple read as a column, not a row against a column of the
 * same elements); otherwise undecided. Matrices bound earlier in the note
 * (`\\bs{A} = \\begin{bmatrix}…\\end{bmatrix}`) may confirm a claim, never
 * refute it: names get reused.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { BROADCAST_READING, ELEMENT_WISE_PRODUCT } from './matrix';
import type { Piece } from '../split';
import { arrayLatex } from './matrixSide';
import { flattenSubscripts } from '../identity/identity';
import { isDecoratedName } from '../read/decoratedNames';
import { withRoundedZeros } from '../rounding/roundedZeros';
import type { ArrayCell, ArrayValue, ClaimReport, FunctionDefinition, Relation, SideReport } from '../types';

type JudgeScalar = (left: SideReport, relation: Relation, right: SideReport) => ClaimReport;

/** Whether judgeClaim must hand this claim to judgeArrayClaim. */
export function isArrayClaim(left: SideReport, right: SideReport): boolean {
  return left.array !== undefined || right.array !== undefined || left.boundArrays !== undefined || right.boundArrays !== undefined ||
    left.assumedFunctions !== undefined || right.assumedFunctions !== undefined;
}

/** The verdict of `left relation right` when a side is an array or uses a bound matrix. */
export function judgeArrayClaim(left: SideReport, relation: Relation, right: SideReport, judgeScalar: JudgeScalar): ClaimReport {
  const judged = left.array || right.array ? judgeElements(left, relation, right, judgeScalar) : asScalars(left, relation, right, judgeScalar);
  const bound = [...new Set([...(left.boundArrays ?? []), ...(right.boundArrays ?? [])])];
  const assumed = [...new Set([...(left.assumedFunctions ?? []), ...(right.assumedFunctions ?? [])])];
  const { fix: _fix, ...rest } = judged;
  if ((judged.verdict === 'fails' || judged.verdict === 'mismatch') && bound.length > 0) {
    const numbers = new Set([...(left.boundNumbers ?? []), ...(right.boundNumbers ?? [])]);
    const what = numbers.size === 0 ? 'matrices' : numbers.size === bound.length ? 'numbers' : 'matrices and numbers';
    const { array: _array, ...unshaped } = rest;
    const how = judged.verdict === 'mismatch' ? 'its shapes do not agree' : 'it does not hold';
    return { ...unshaped, verdict: 'none', reason: `cannot evaluate: ${how} with the ${what} bound earlier in the note (${bound.join(', ')}), whose names may have been reused`, doubted: true };
  }
  if (judged.verdict === 'fails' && assumed.length > 0) {
    return { ...rest, verdict: 'none', reason: `cannot evaluate: it does not hold with ${assumed.map(assumedMeaning).join(', ')}, which the note may mean otherwise`, doubted: true };
  }
  if (judged.verdict === 'fails' && mayBeIntervals(left, right)) {
    return { ...rest, verdict: 'none', reason: `cannot evaluate: lists of two numbers in brackets may be intervals, whose arithmetic differs ([a, b] − [c, d] = [a − d, b − c])` };
  }
  const reading = judged.verdict === 'holds' && assumed.length > 0 ? `with ${assumed.map(assumedMeaning).join(', ')}` : undefined;
  return reading ? { ...judged, reading: judged.reading ? `${judged.reading}, ${reading}` : reading } : judged;
}

/**
 * Both sides are rows of two written in brackets (`[1, 2] - [0, 1] = [0, 2]`): as intervals the claim may hold.
 * A side computed from names (`W^{(2)} - \eta \delta^{(2)} a^{(1)}`) writes no interval.
 */
function mayBeIntervals(left: SideReport, right: SideReport): boolean {
  const pair = (side: SideReport) => side.array !== undefined && side.array.rows === 1 && side.array.cols === 2 && !side.array.certainShape && side.source.includes('[');
  return pair(left) && pair(right);
}

function assumedMeaning(name: string): string {
  if (name === ELEMENT_WISE_PRODUCT) return 'the product of two rows taken element by element';
  if (Object.values(BROADCAST_READING).includes(name)) return name;
  const derivative = name.endsWith("'") ? 'the derivative of ' : '';
  const base = name.replace(/'$/, '');
  return `${derivative}${base === 'sigma' ? 'σ as the logistic sigmoid' : `${base} as the usual activation`} applied element by element`;
}

/** Two numbers, one computed from bound matrices (`\\Tr(\\bs{ABC}) = 531`): the scalar verdict, reported on the sides as they are. */
function asScalars(left: SideReport, relation: Relation, right: SideReport, judgeScalar: JudgeScalar): ClaimReport {
  const { boundArrays: _l, boundNumbers: _ln, assumedFunctions: _la, ...l } = left;
  const { boundArrays: _r, boundNumbers: _rn, assumedFunctions: _ra, ...r } = right;
  return { ...judgeScalar(l, relation, r), left, right };
}

function judgeElements(left: SideReport, relation: Relation, right: SideReport, judgeScalar: JudgeScalar): ClaimReport {
  const base = { relation, left, right, claimedSide: 'right', relativeError: null } as const;
  if (left.value === null && !left.array) return { ...base, verdict: 'none' };
  if (right.value === null && !right.array) return { ...base, verdict: 'none' };
  const l = left.array ?? scalarArray(left);
  const r = right.array ?? scalarArray(right);
  const shapes = `${shape(l, left.array)} vs ${shape(r, right.array)}`;
  if (l.rows !== r.rows || l.cols !== r.cols) {
    const transposed = l.rows === r.cols && l.cols === r.rows && (l.rows === 1 || l.cols === 1);
    const certain = left.array && right.array && l.certainShape && r.certainShape && !transposed;
    const message = `the sides have different shapes: ${shapes}`;
    return certain ? { ...base, verdict: 'mismatch', array: { message } } : { ...base, verdict: 'none', reason: `cannot evaluate: ${message}` };
  }
  if (relation !== '=' && relation !== '\\approx') {
    return { ...base, verdict: 'none', reason: `cannot evaluate: ${relationName(relation)} between vectors or matrices is not judged` };
  }
  const judged = l.cells.map((cell, k) => judgeScalar(cellSide(left, cell), relation, cellSide(right, r.cells[k]!)));
  const claims = relation === '\\approx' ? withRoundedZeros(judged, r.cells, l.cells) : judged;
  const at = (k: number) => ({ row: Math.floor(k / l.cols) + 1, col: (k % l.cols) + 1, left: l.cells[k]!.value, right: r.cells[k]!.value });
  const where = (k: number) => `element (${at(k).row}, ${at(k).col})`;
  const failing = claims.findIndex((c) => c.verdict === 'fails');
  if (failing >= 0) {
    const c = claims[failing]!;
    const element = at(failing);
    const message = `${where(failing)} is ${short(element.left)} on the left and ${short(element.right)} on the right`;
    return { ...base, verdict: 'fails', claimedSide: c.claimedSide, relativeError: c.relativeError, array: { message, element } };
  }
  const open = claims.findIndex((c) => c.verdict !== 'holds');
  if (open >= 0) {
    const reason = claims[open]!.reason?.replace(/^cannot evaluate: /, '') ?? 'an element has no verdict';
    return { ...base, verdict: 'none', reason: `cannot evaluate: ${where(open)}: ${reason}`, array: { message: `${where(open)} is undecided`, element: at(open) } };
  }
  const worst = claims.reduce((w, c) => Math.max(w, c.relativeError ?? 0), 0);
  const reading = claims.find((c) => c.reading)?.reading;
  const message = `every element holds (${shapes})`;
  return { ...base, verdict: 'holds', claimedSide: claims[0]!.claimedSide, relativeError: worst, ...(reading ? { reading: `element by element, ${reading}` } : {}), array: { message } };
}

/** Twelve significant digits: enough to show why an element fails, never float64's last-bit noise. */
function short(x: number): string {
  return String(Number(x.toPrecision(12)));
}

function scalarArray(side: SideReport): ArrayValue {
  const cell: ArrayCell = { value: side.value as number, ...(side.roundingError ? { roundingError: side.roundingError } : {}), ...(side.written ? { written: side.written, writtenDigits: side.writtenDigits } : {}) };
  return { rows: 1, cols: 1, cells: [cell], certainShape: false };
}

function shape(a: ArrayValue, isArray: ArrayValue | undefined): string {
  if (!isArray) return 'a number';
  const kind = a.cols === 1 && a.rows > 1 ? 'column vector' : a.rows === 1 && a.cols > 1 ? 'row vector' : 'matrix';
  return `${a.rows}×${a.cols} ${a.certainShape ? kind : 'tuple'}`;
}

/** One element as a scalar side: the side's source (its rounded inputs count for the readings) and the element's value. */
function cellSide(side: SideReport, cell: ArrayCell): SideReport {
  const { array: _a, boundArrays: _b, boundNumbers: _n, assumedFunctions: _f2, writtenDigits: _d, written: _w, roundingError: _r, error: _e, formats: _f, ...rest } = side;
  return { ...rest, value: cell.value, symbols: [], ...(cell.roundingError ? { roundingError: cell.roundingError } : {}), ...(cell.written ? { written: cell.written, writtenDigits: cell.writtenDigits } : {}) };
}

function relationName(relation: Relation): string {
  return relation === '\\neq' ? '≠' : relation === '\\le' ? '≤' : relation === '\\ge' ? '≥' : relation === '\\sim' ? '∼' : relation;
}

/**
 * `\\bs{A} = \\begin{bmatrix}…\\end{bmatrix}`: a bare name on the left of an `=`
 * whose right side is an array binds the name for the formulas after it (and
 * is no claim). The binding is the array's elements as numbers.
 */
export function arrayDefinition(pieces: readonly [Piece, Piece], claim: ClaimReport, reader: LatexReader): FunctionDefinition | undefined {
  const array = claim.right.array;
  if (claim.relation !== '=' || !array) return undefined;
  let name: MathJson;
  try {
    name = reader.read(arrayLatex(pieces[0].text));
  } catch {
    return undefined;
  }
  // `W^{(2)} = [0.4, 0.45]`: a decorated name (decoratedNames.ts) is one name too.
  name = flattenSubscripts(name);
  if (typeof name !== 'string' || !(/^([A-Za-z]|[A-Z]?[a-z]+)$/.test(name) || isDecoratedName(name))) return undefined;
  return { name, params: [], body: matrixBody(array), source: `${pieces[0].text} = ${pieces[1].text}` };
}

/**
 * An array's elements as the MathJSON a binding holds: a written matrix as a
 * Matrix, a bracketed list (whose orientation is not certain) as a list of rows,
 * read back the same way (matrix.ts).
 */
export function matrixBody(array: ArrayValue): MathJson {
  const rows: MathJson[] = [];
  for (let i = 0; i < array.rows; i++) rows.push(['List', ...array.cells.slice(i * array.cols, (i + 1) * array.cols).map((c) => cellJson(c))]);
  if (!array.certainShape) return rows.length === 1 ? rows[0]! : ['List', ...rows];
  return ['Matrix', ['List', ...rows]];
}

/** An element's value as MathJSON: the exact double, with its rounding kept by writing it as the decimal that reads back to it. */
function cellJson(cell: ArrayCell): MathJson {
  return cell.roundingError ? { num: String(cell.value) } : cell.value;
}

/** Numbers the note bound so far (`\\delta^{(2)} = … = 0.139`), by name: used by sides read as arrays, which may then hold, never fail. */
export function numberBindings(definitions: ReadonlyMap<string, FunctionDefinition> | undefined): ReadonlyMap<string, number> | undefined {
  if (!definitions) return undefined;
  const out = new Map<string, number>();
  for (const d of definitions.values()) if (d.params.length === 0 && typeof d.body === 'number') out.set(d.name, d.body);
  return out.size > 0 ? out : undefined;
}

/** Matrices the note bound so far, by name, from its definitions. */
export function arrayBindings(definitions: ReadonlyMap<string, FunctionDefinition> | undefined): ReadonlyMap<string, MathJson> | undefined {
  if (!definitions) return undefined;
  const out = new Map<string, MathJson>();
  for (const d of definitions.values()) if (d.params.length === 0 && Array.isArray(d.body) && (d.body[0] === 'Matrix' || d.body[0] === 'List')) out.set(d.name, d.body);
  return out.size > 0 ? out : undefined;
}
