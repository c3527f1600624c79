/**
 * A side written with vectors and matrices (`\\begin{bmatrix}…\\end{bmatrix}`,
 * `\\bs{ABC}`, `\\norm{\\bs{u}}_2`, `|M|`, `\\bs{x}^T\\bs{y}`, `2 \\cdot (1,2,4)`):
 * the spellings of study notes rewritten into what the engine reads, the tree
 * built into scalar expressions per element (matrix.ts), and each element
 * evaluated by the float64 interpreter. evaluateSide.ts calls this only for a
 * side the scalar reading could not give a value.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { CannotEvaluate, evaluate } from '../evaluate/interpret';
import { BROADCAST_READING, buildTerm, ELEMENT_WISE_PRODUCT, type ArrayScope, type Broadcast, type Term } from './matrix';
import { normalizeLatex } from '../read/preprocess';
import { TextMemo } from '../read/textMemo';
import { dropShapeAnnotations } from '../read/shapeAnnotations';
import { readWrittenNumber } from '../literal';
import { readAs } from '../read/readAs';
import { formatFacts } from '../formatFacts';
import type { ArrayCell, SideReport } from '../types';

/** A bold name's wrapper, whose content is the name(s): `\\bs{ABC}` is the product A·B·C. */
const BOLD = /\\(?:bs|mathbf|boldsymbol|bm|pmb|vec|mathbfit)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g;
/** `^T`, `^{T}`, `^\\top`, `^\\intercal`, `^\\text{T}`, `^{\\mathsf{T}}`: a transpose. */
const TRANSPOSE = /\^\s*(?:\{\s*(?:T|\\top|\\intercal|\\(?:text|mathsf|mathrm)\s*\{\s*T\s*\})\s*\}|\\top(?![A-Za-z])|\\intercal(?![A-Za-z])|\\(?:text|mathsf|mathrm)\s*\{\s*T\s*\}|T(?![A-Za-z]))/g;
/** `[0.622, 0.645]`, `[[1, 2], [3, 4]]`: commas inside square brackets (matrix.ts reads them as vectors). */
const BRACKET_LIST = /\[[^[\]]*,[^[\]]*\]/;
const MATRIX_ENV = /\\begin\s*\{([pbvBV]?matrix)\}([\s\S]*?)\\end\s*\{\1\}/g;

/** Whether a side's LaTeX writes a matrix environment (`bmatrix`, `pmatrix`, …). */
export function hasMatrixEnvironment(latex: string): boolean {
  return /\\begin\s*\{[pbvBV]?matrix\}/.test(latex);
}

/** Whether a side's LaTeX uses the notation of vectors and matrices this module reads. */
export function hasArrayNotation(latex: string): boolean {
  return BRACKET_LIST.test(latex) || /\\begin\s*\{[pbvBV]?matrix\}|\\(?:bs|mathbf|boldsymbol|bm|vec|norm|lVert|Vert|det|Tr|tr)(?![A-Za-z])|\\\||\\(?:operatorname|mathrm)\s*\{\s*[Tt]r\s*\}|\(\s*[^(),]+(?:,[^(),]+)+\)/.test(latex) ||
    new RegExp(TRANSPOSE.source).test(latex);
}

/**
 * Notation with which the array reading could build an array with no names bound (a list, a
 * matrix environment), read names the scalar reading did not (traces, determinants), or give a
 * value without reaching one of its symbols (a sum or product over an empty range, a limit, an
 * integral, a derivative at a point). Case-insensitive, so `\\operatorname{Tr}` and `\\text{tr}` count.
 */
const MAY_BUILD_OR_BIND = /\[|\\lbrack|\\begin|matrix|tr|det|\\sum|\\prod|\\i*int|\\oint|\\lim|\\partial|\\nabla|\\frac\s*\{\s*d|\\mathrm\s*\{\s*d/i;
/**
 * A free symbol (its display name) that stays a free symbol of the array reading: one Latin
 * letter but e (Euler's number there when bold: `\\mathbf{e}`), i (the imaginary unit) and T (a
 * transpose), or one Greek letter (π is a constant, never a free symbol).
 */
const PLAIN_SYMBOL = /^(?:[A-DF-HJ-SU-Za-df-hj-z]|[αβγδεζηθκλμνξρστφχψωΔΘΛΣΦΨΩ])$/;

/**
 * Whether the array reading of a side can only refuse it, known without reading the side again
 * (a parse is most of a side's cost, and a vault's symbolic sides — `\\mathbf{W}^\\top \\mathbf{x}` —
 * would each be parsed twice for nothing). With no arrays bound in the note and none written,
 * that reading gives a report only when it evaluates the side, so only when every symbol it
 * reaches is a constant; a plain free symbol of the scalar reading (`symbols`) is one it reaches.
 */
export function arrayReadingRefuses(latex: string, symbols: readonly string[]): boolean {
  return !MAY_BUILD_OR_BIND.test(latex) && symbols.some((s) => PLAIN_SYMBOL.test(s));
}

/**
 * The side as the engine should read it: bold names plain, transposes, norms,
 * traces and determinants spelled as it reads them, then normalised like any
 * side (preprocess.ts) — except inside matrix environments, whose `&` and
 * `\\\\` must survive: there each element is normalised on its own.
 */
export function arrayLatex(latex: string): string {
  return arrayTexts.of(latex);
}

/** Sides rewritten so far, by text: a side is rewritten by its array reading and by the matrix reading's vector notation. */
const arrayTexts = new TextMemo((latex) => arrayLatexOnce(latex));

/** Forget every side rewritten so far (clearFormulaCache). */
export function clearArrayLatexCache(): void {
  arrayTexts.clear();
}

function arrayLatexOnce(latex: string): string {
  let out = dropShapeAnnotations(latex);
  for (let previous = ''; previous !== out && out.length < 20_000;) {
    previous = out;
    out = out.replace(BOLD, '{$1}');
  }
  out = out
    .replace(TRANSPOSE, '^{\\top}')
    .replace(/\\norm\s*\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/g, '\\lVert $1 \\rVert ')
    .replace(/\\(?:Tr|tr)(?![A-Za-z])|\\(?:operatorname|mathrm|text)\s*\{\s*[Tt]r\s*\}/g, '\\mathrm{Tr}')
    .replace(/\\det(?![A-Za-z])|\\operatorname\s*\{\s*det\s*\}/g, '\\mathrm{det}')
    .replace(/\\lvert|\\rvert|\\vert(?![A-Za-z])/g, '|');
  out = pairNorms(out);
  let normalized = '';
  let at = 0;
  for (const m of out.matchAll(MATRIX_ENV)) {
    // No space around the environment: the engine reads `\\end{bmatrix} ^{\\top}` as a missing base.
    normalized += `${normalizeLatex(out.slice(at, m.index))}${matrixEnvironment(m[1]!, m[2]!)}`;
    at = m.index + m[0].length;
  }
  return normalized + normalizeLatex(out.slice(at));
}

/** A matrix environment with each element normalised; notes written for Markdown double the row break (`\\\\\\\\`): one break. */
function matrixEnvironment(env: string, body: string): string {
  const rows = body.split(/(?:\\\\(?:\[[^\]]*\])?\s*)+/).filter((row) => row.trim() !== '');
  const cells = rows.map((row) => row.split(/(?<!\\)&/).map((cell) => normalizeLatex(cell)).join(' & '));
  return `\\begin{${env}}${cells.join(' \\\\ ')}\\end{${env}}`;
}

/** `\\|x\\|`, `\\Vert x \\Vert`, `\\left\\| x \\right\\|` as `\\lVert x \\rVert` (bars taken in pairs, left to right). */
function pairNorms(latex: string): string {
  let open = false;
  return latex.replace(/\\left\s*\\\||\\right\s*\\\||\\left\s*\\Vert(?![A-Za-z])|\\right\s*\\Vert(?![A-Za-z])|\\\||\\Vert(?![A-Za-z])/g, (m) => {
    if (m.startsWith('\\left')) return (open = true, '\\lVert ');
    if (m.startsWith('\\right')) return (open = false, '\\rVert ');
    open = !open;
    return open ? '\\lVert ' : '\\rVert ';
  });
}

/**
 * The side's value as a number or an array, or undefined when the array
 * reading has nothing to add to the scalar one (no array in it, or free symbols).
 */
export function evaluateArraySide(
  base: { source: string; offset: number },
  reader: LatexReader,
  limits: { deadline: number; arrays?: ReadonlyMap<string, MathJson>; numbers?: ReadonlyMap<string, number>; degrees?: boolean; trusted?: ReadonlySet<string>; broadcast?: Broadcast },
  valueProblem: (e: ReturnType<typeof evaluate>, json: MathJson) => string | undefined,
): SideReport | undefined {
  let json: MathJson;
  try {
    json = reader.read(arrayLatex(base.source));
  } catch {
    return undefined;
  }
  const newScope = (rowsAsDot: boolean, broadcast = limits.broadcast): ArrayScope => ({
    arrays: limits.arrays ?? new Map(), used: new Set(), nodes: 0, sawArray: false, free: new Set(), assumed: new Set(),
    ...(limits.numbers ? { numbers: limits.numbers } : {}),
    // `u \\times v` of two rows may be a cross product: only `\\cdot` and juxtaposition are read element by element.
    elementWiseProduct: !/\\times(?![A-Za-z])/.test(base.source),
    ...(rowsAsDot ? { rowsAsDot } : {}),
    ...(broadcast ? { broadcast } : {}),
  });
  let scope = newScope(false);
  // Printed only for a report: most sides this reading sees it refuses.
  const shown = (): string => readAs(json);
  const bound = () => {
    // What the claim's own worked example bound, or an activation its section names, may refute (workedExample.ts).
    // So may the one way of adding a row to a matrix the caller asked for.
    const doubted = (n: string) => !limits.trusted?.has(n.replace(/'$/, '')) && !(limits.broadcast && n === BROADCAST_READING[limits.broadcast]);
    const used = [...scope.used].filter(doubted).sort();
    const assumed = [...scope.assumed!].filter(doubted).sort();
    return {
      ...(used.length > 0 ? { boundArrays: used } : {}),
      ...(used.some((n) => !scope.arrays.has(n)) ? { boundNumbers: used.filter((n) => !scope.arrays.has(n)) } : {}),
      ...(assumed.length > 0 ? { assumedFunctions: assumed } : {}),
    };
  };
  const refused = (message: string): SideReport | undefined =>
    // A side with free symbols (`\\bs{Ax}` with x unknown, `\\alpha \\bs{x}`) keeps them; only a side with an array gets the array's error.
    scope.sawArray && scope.free.size === 0 && !/unknown symbol/.test(message) ? { ...base, value: null, readAs: shown(), symbols: [], error: message, ...bound() } : undefined;
  try {
    const term = termOf(json, () => scope, (rowsAsDot, broadcast) => (scope = newScope(rowsAsDot, broadcast ?? limits.broadcast)));
    const budget = () => ({ deadline: limits.deadline, maxTerms: 100_000, steps: 0, degrees: limits.degrees });
    if (term.kind === 'scalar' || term.rows * term.cols === 1) {
      const expr = term.kind === 'scalar' ? term.expr : term.cells[0]!;
      const e = evaluate(expr, budget());
      const problem = valueProblem(e, expr);
      if (problem) return refused(problem);
      return { ...base, value: e.value, readAs: shown(), symbols: [], formats: formatFacts(e.value), ...(e.noise > 0 ? { roundingError: e.noise } : {}), ...bound() };
    }
    const cells: ArrayCell[] = term.cells.map((expr, k) => {
      const e = evaluate(expr, budget());
      const problem = valueProblem(e, expr);
      if (problem) throw new CannotEvaluate(`element (${Math.floor(k / term.cols) + 1}, ${(k % term.cols) + 1}): ${problem.replace(/^cannot evaluate: /, '')}`);
      // An element is the author's written number unless it came from a matrix bound earlier.
      const written = scope.used.size === 0 ? writtenCell(expr) : undefined;
      return { value: e.value, ...(e.noise > 0 ? { roundingError: e.noise } : {}), ...written };
    });
    const array = { rows: term.rows, cols: term.cols, cells, certainShape: term.certainShape };
    return { ...base, value: null, readAs: shown(), symbols: [], array, ...bound() };
  } catch (error) {
    if (error instanceof CannotEvaluate) return refused(error.message);
    if (error instanceof RangeError) return refused('cannot evaluate: the formula nests too deeply');
    // A tree of a shape this reading does not expect: the scalar reading's report stands.
    return undefined;
  }
}

/**
 * The side's term. Two rows multiplied are first read element by element; when that reading
 * cannot be evaluated (`W^{(2)} \\cdot a^{(1)} + b^{(2)}`: a row plus a number), as their dot product.
 * A row added to a matrix of another shape is added to each of its rows.
 */
function termOf(json: MathJson, scope: () => ArrayScope, restart: (rowsAsDot: boolean, broadcast?: Broadcast) => void): Term {
  try {
    return buildTerm(json, scope());
  } catch (error) {
    if (!(error instanceof CannotEvaluate)) throw error;
    const rowsAsDot = scope().assumed?.has(ELEMENT_WISE_PRODUCT) === true;
    // A row added to a matrix of another shape: first as numpy adds it, to each row (an assumed reading, workedExample.ts tries both).
    const broadcast = scope().broadcast ?? (error.message.includes('cannot add') ? 'rows' : undefined);
    if (!rowsAsDot && broadcast === scope().broadcast) throw error;
    restart(rowsAsDot, broadcast);
    return buildTerm(json, scope());
  }
}

/** An element that is a number as written (`4.24264069`, `-63`): its digits, for the readings of claims.ts. */
function writtenCell(expr: MathJson): Pick<ArrayCell, 'writtenDigits' | 'written'> | undefined {
  const text = literalText(expr);
  const w = text === undefined ? undefined : readWrittenNumber(text);
  if (!w) return undefined;
  return { writtenDigits: w.digits, written: { digits: w.digits, style: w.style, ...(w.fractional ? { fractional: true } : {}), ...(w.continued ? { continued: true } : {}) } };
}

function literalText(expr: MathJson): string | undefined {
  if (typeof expr === 'number') return String(expr);
  if (typeof expr === 'object' && !Array.isArray(expr) && 'num' in expr) return (expr as { num: string }).num;
  if (Array.isArray(expr) && expr[0] === 'Negate' && expr.length === 2) {
    const inner = literalText(expr[1] as MathJson);
    return inner === undefined ? undefined : `-${inner}`;
  }
  return undefined;
}
