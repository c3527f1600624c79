/**
 * Evaluates one side of a formula: guards against input that would take
 * unbounded work, normalises the LaTeX, reads it with the Compute Engine and
 * computes it in float64 — or explains why it has no value.
 */
import { deepFreeze, type LatexReader, type MathJson } from '../read/engine';
import { CannotEvaluate, evaluate, type Evaluated, type LogBase } from './interpret';
import { freeSymbols, readAs } from '../read/readAs';
import { applyCalls } from '../identity/identity';
import { normalizeLatex, spacesDigits } from '../read/preprocess';
import { readWrittenNumber, type WrittenNumber } from '../literal';
import { formatFacts } from '../formatFacts';
import { complexSide, evaluateComplex, isImaginaryUnit, markImaginaryUnit } from './complex';
import { UNIT_TEXT, type Piece } from '../split';
import type { SideReport, WrittenForm } from '../types';
import type { Broadcast } from '../matrices/matrix';
import { arrayReadingRefuses, evaluateArraySide, hasArrayNotation, hasMatrixEnvironment } from '../matrices/matrixSide';
import { isDecoratedName, mayMention } from '../read/decoratedNames';
import { TextMemo } from '../read/textMemo';

/** Limits applied to every side. */
export interface SideLimits {
  /** When evaluation stops (deadline.ts `budgetDeadline`: wall ms, moved on while the budget's CPU lasts); shared by the sides of one formula. */
  readonly deadline: number;
  /** What a bare `\\log` means (default e). */
  readonly logBase?: LogBase;
  /** Angles in degrees: `\\cos(45)` as cos 45° (a reading analyze.ts tries when radians fail). */
  readonly degrees?: boolean;
  /** The side belongs to a statement where i is the imaginary unit (complex.ts). */
  readonly complex?: boolean;
  /** Matrices bound earlier in the note, by name (matrixClaims.ts). */
  readonly arrays?: ReadonlyMap<string, MathJson>;
  /** Numbers bound earlier in the note, used only inside a side read as arrays (`\\delta^{(2)} W^{(2)}`). */
  readonly numbers?: ReadonlyMap<string, number>;
  /** Bound names and assumed activations the claim's section vouches for: they may refute (workedExample.ts). */
  readonly trusted?: ReadonlySet<string>;
  /** How a row is added to a matrix of another shape, when a reading asks for one (workedExample.ts). */
  readonly broadcast?: Broadcast;
}

// The engine parses at roughly 0.1 ms per character, and parsing cannot be interrupted.
const MAX_LENGTH = 2000;
const MAX_NESTING = 60;
const MAX_TERMS = 100_000;

/** Evaluate `piece` (offset is relative to the formula source); a side with vectors or matrices is read by matrixSide.ts. */
export function evaluateSide(piece: Piece, reader: LatexReader, limits: SideLimits): SideReport {
  const array = () => evaluateArraySide({ source: piece.text, offset: piece.offset }, reader, limits, valueProblem);
  // A written matrix is read as one first: the scalar reading could only refuse it, and each parse costs.
  const matrixFirst = hasMatrixEnvironment(piece.text) && !guard(piece.text) && !unitRefusal(piece.text);
  const first = matrixFirst ? array() : undefined;
  if (first) return first;
  const report = evaluateScalarSide(piece, reader, limits);
  if (matrixFirst || report.value !== null || report.readAs === '') return report;
  const boundNames = limits.arrays && (report.symbols.some((s) => limits.arrays!.has(s.replace(/_bold$/, ''))) || mentionsDecorated(piece.text, limits.arrays));
  if (!boundNames && !hasArrayNotation(piece.text)) return report;
  if (!limits.arrays && arrayReadingRefuses(piece.text, report.symbols)) return report;
  const asArrays = array();
  // `2x_1^2 + 6x_1x_2` after `\\bs{x} = [0, 2]`: where the bound arrays cannot be read into the side, the names
  // are the side's own variables (names get reused), and the scalar reading, an identity, stands.
  if (boundNames && !hasArrayNotation(piece.text) && asArrays?.value === null && asArrays.error?.includes('of a matrix is not supported')) return report;
  return asArrays ?? report;
}

/**
 * Whether `latex` writes entries (`x_1`) of a name the note bound to an array: read as the side's own
 * variables (evaluateSide), such a claim may confirm, never refute (`x_1(x_2 + 1) = 3x_1` holds at x = [0, 2]).
 */
export function writesEntriesOfBoundArrays(latex: string, arrays: ReadonlyMap<string, MathJson> | undefined): boolean {
  if (!arrays) return false;
  return [...arrays.keys()].some((name) => {
    const base = name.replace(/_bold$/, '');
    return /^[A-Za-z]$/.test(base) && new RegExp(`(?<![A-Za-z\\\\])${base}\\s*_`).test(latex);
  });
}

/** `\\sigma(z^{(1)})` with `z^{(1)}` bound to a vector: a decorated bound name is no symbol of the scalar reading. */
function mentionsDecorated(latex: string, arrays: ReadonlyMap<string, MathJson>): boolean {
  for (const name of arrays.keys()) if (isDecoratedName(name) && mayMention(latex, name)) return true;
  return false;
}

/**
 * The number a side writes and why it cannot be read at all, by text: the same side is read once
 * per statement it is in and again under each reading of the note (definitions in scope, the
 * imaginary unit), and both depend on its text alone (the number is frozen: callers only read it).
 */
const writtenNumbers = new TextMemo((latex) => {
  const written = readWrittenNumber(latex);
  return written && Object.freeze(written);
});
const sideRefusals = new TextMemo((latex) => guard(latex) ?? unitRefusal(latex));

/** Forget the side texts read so far (clearFormulaCache). */
export function clearSideTextCache(): void {
  writtenNumbers.clear();
  sideRefusals.clear();
}

function evaluateScalarSide(piece: Piece, reader: LatexReader, limits: SideLimits): SideReport {
  const base = { source: piece.text, offset: piece.offset };
  const written = writtenNumbers.of(piece.text);
  const refusal = sideRefusals.of(piece.text);
  if (refusal) return { ...base, value: null, readAs: '', symbols: [], error: refusal };
  let reading: ScalarReading;
  try {
    reading = scalarReading(reader.read(normalizeLatex(limits.complex ? markImaginaryUnit(piece.text) : piece.text)));
  } catch (error) {
    // The engine's parser recurses; absurd input can exhaust the stack.
    return { ...base, value: null, readAs: '', symbols: [], error: `cannot evaluate: the LaTeX could not be read (${describe(error)})` };
  }
  const { json, shown } = reading;
  const keep = (report: SideReport): SideReport => (readTrees.set(report, json), report);
  const symbols = reading.symbols.filter((s) => !limits.complex || !isImaginaryUnit(s));
  const extra = written ? { writtenDigits: written.digits, written: writtenForm(written) } : {};
  if (symbols.length > 0) return keep({ ...base, ...extra, value: null, readAs: shown, symbols });
  if (limits.complex) return keep({ ...base, ...extra, readAs: shown, symbols, ...complexValue(json, limits) });
  try {
    const evaluated = evaluate(json, { deadline: limits.deadline, maxTerms: MAX_TERMS, steps: 0, logBase: limits.logBase, degrees: limits.degrees });
    const { value } = evaluated;
    const problem = valueProblem(evaluated, json);
    if (problem) return { ...base, ...extra, value: null, readAs: shown, symbols, error: problem };
    const noise = evaluated.noise > 0 ? { roundingError: evaluated.noise } : {};
    return { ...base, ...extra, ...noise, value, readAs: shown, symbols, formats: formatFacts(value) };
  } catch (error) {
    const message = error instanceof CannotEvaluate ? error.message : `cannot evaluate: ${describe(error)}`;
    return { ...base, ...extra, value: null, readAs: shown, symbols, error: message };
  }
}

/** A side's tree with its calls applied, as "read as" shows it, and its free symbols. */
interface ScalarReading {
  readonly json: MathJson;
  readonly shown: string;
  readonly symbols: readonly string[];
}

/**
 * The scalar readings of the parse cache's trees (engine.ts: frozen, one per text). A vault's
 * check reads most sides several times (once per reading of its claim: identity, arrays, sums
 * written out…); each had applied the calls, printed and collected the symbols again.
 */
const scalarReadings = new WeakMap<object, ScalarReading>();

function scalarReading(tree: MathJson): ScalarReading {
  const shared = typeof tree === 'object' && Object.isFrozen(tree);
  const known = shared ? scalarReadings.get(tree) : undefined;
  if (known) return known;
  // `\\binom` comes out of preprocessing as a call to apply (identity.ts does the same for functions).
  const json = applyCalls(tree, () => false);
  const reading = { json: shared ? deepFreeze(json) : json, shown: readAs(json), symbols: freeSymbols(json) };
  if (shared) scalarReadings.set(tree, reading);
  return reading;
}

/** A side of a complex statement: its value, or why it has none. */
function complexValue(json: MathJson, limits: SideLimits): Pick<SideReport, 'value' | 'imaginary' | 'roundingError' | 'error' | 'formats'> {
  try {
    const z = evaluateComplex(json, { deadline: limits.deadline, maxTerms: MAX_TERMS, steps: 0, logBase: limits.logBase });
    if (!Number.isFinite(z.re) || !Number.isFinite(z.im)) return { value: null, error: 'cannot evaluate: the value is not finite in float64' };
    const side = complexSide(z);
    return side.imaginary === undefined ? { ...side, formats: formatFacts(side.value) } : side;
  } catch (error) {
    return { value: null, error: error instanceof CannotEvaluate ? error.message : `cannot evaluate: ${describe(error)}` };
  }
}

function writtenForm({ digits, style, fractional, continued }: WrittenNumber): WrittenForm {
  return { digits, style, ...(fractional ? { fractional } : {}), ...(continued ? { continued } : {}) };
}

/** A side that states a quantity with a unit (`8\\text{GiB}`): its number alone is not what the author claims. */
function unitRefusal(latex: string): string | undefined {
  for (let at = latex.indexOf('\\'); at >= 0; at = latex.indexOf('\\', at + 1)) {
    const m = UNIT_TEXT.exec(latex.slice(at, at + 40));
    // The upright d of an integral's `\mathrm{d}x` is its differential, not days.
    if (m && m[1]!.trim() === 'd' && latex.includes('\\int')) continue;
    // `2\mathrm{i}` is the imaginary unit (complex.ts), never a unit of measure.
    if (m && m[1]!.trim() === 'i') continue;
    const before = latex.slice(Math.max(0, at - 12), at).replace(/(\\[,;:! ]|~|\s)+$/, '');
    if (m && /[\d)}]$/.test(before)) return `cannot evaluate: the side has a unit (${m[1]!.trim()}); quantities with units are not compared`;
  }
  return undefined;
}

/** The tree each side with free symbols (or of a complex statement) was read as, so a later check does not parse it again. */
const readTrees = new WeakMap<SideReport, MathJson>();

/** The MathJSON `side` was read as, when it had free symbols or was complex (else undefined). */
export function readTreeOf(side: SideReport): MathJson | undefined {
  return readTrees.get(side);
}

/** Refuse input that is too long or too deeply nested before any parser sees it. */
function guard(latex: string): string | undefined {
  if (latex.trim() === '') return 'cannot evaluate: the formula is empty';
  if (latex.length > MAX_LENGTH) return `cannot evaluate: the formula is longer than ${MAX_LENGTH} characters`;
  let depth = 0;
  let deepest = 0;
  // Parentheses count towards depth only: `[0, 1)` is fine LaTeX, `{` without `}` is not.
  for (const ch of latex) {
    if (ch === '{' || ch === '(' || ch === '[') depth++;
    else if (ch === '}' || ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    deepest = Math.max(deepest, depth);
  }
  if (deepest > MAX_NESTING) return `cannot evaluate: the formula nests deeper than ${MAX_NESTING} levels`;
  if (countBraces(latex) !== 0) return 'cannot evaluate: unbalanced braces';
  if (spacesDigits(latex)) return 'cannot evaluate: digits kept apart by spaces (a cycle such as (1 \\, 2 \\, 3), or a list) are not read';
  return undefined;
}

function countBraces(latex: string): number {
  let balance = 0;
  for (let i = 0; i < latex.length; i++) {
    if (latex[i] === '\\') { i++; continue; }
    if (latex[i] === '{') balance++;
    else if (latex[i] === '}' && --balance < 0) return balance;
  }
  return balance;
}

/**
 * Underflow is refused like overflow. A side whose float64 value may be off by
 * more than UNDERFLOW_TOLERANCE of itself because some non-zero intermediate
 * rounded to 0 or to an inexact subnormal (interpret.ts tracks that bound)
 * has no trustworthy value: 2^{-1075} is not 0, and 10^{-400} > 0 is true.
 * The tolerance is the one `=` allows (claims.ts), so a loss below it cannot
 * change a verdict more than ordinary rounding does: 1 + 10^{-400} is still 1.
 */
const UNDERFLOW_TOLERANCE = 1e-12;

/** Why a float64 result is no value (underflow, overflow, NaN), or undefined when it is one. */
export function valueProblem(evaluated: Evaluated, json: MathJson): string | undefined {
  return underflowProblem(evaluated) ?? nonFiniteProblem(evaluated, json);
}

function underflowProblem({ value, under }: Evaluated): string | undefined {
  if (under === 0 || (Number.isFinite(value) && under <= UNDERFLOW_TOLERANCE * Math.abs(value))) return undefined;
  if (value === 0 || !Number.isFinite(value) || !Number.isFinite(under)) {
    return 'cannot evaluate: a non-zero intermediate value underflows float64 to 0 (below 4.9 × 10^-324), so float64 cannot give this value';
  }
  const percent = Number(((100 * under) / Math.abs(value)).toPrecision(2));
  return `cannot evaluate: float64 underflow (subnormal numbers below 2.2 × 10^-308 keep fewer digits) may have changed this value by up to ${percent}%`;
}

/**
 * A non-finite result from finite inputs is float64 overflow or an undefined
 * operation; ∞ as written (`\\infty > 0`) is a value. NaN never is: ∞ − ∞ has
 * no value, and ∞/∞ left by an overflow (e^{1000}/e^{1000}) is the overflow.
 */
function nonFiniteProblem({ value, overflowed }: Evaluated, json: MathJson): string | undefined {
  if (Number.isFinite(value)) return undefined;
  const overflow = 'overflow beyond ±1.8 × 10^308, or division by zero';
  if (Number.isNaN(value)) {
    return overflowed
      ? `cannot evaluate: an intermediate value is infinite in float64 (${overflow}), leaving ∞/∞, ∞ − ∞ or 0 × ∞`
      : 'cannot evaluate: the value is undefined (NaN) in real float64 arithmetic';
  }
  if (!overflowed && JSON.stringify(json).includes('Infinity')) return undefined; // the author wrote ∞
  return `cannot evaluate: the value is infinite in float64 (${overflow})`;
}

function describe(error: unknown): string {
  if (error instanceof RangeError) return 'too deeply nested';
  return error instanceof Error ? error.message : String(error);
}
