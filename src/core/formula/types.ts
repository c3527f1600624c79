/**
 * Plain data produced by the formula module: where math sits in a note, what a
 * formula evaluates to, and whether the claims it makes hold. Everything here
 * is JSON-friendly so that it can cross the worker / webview boundary.
 */

import type { FactFormat } from '../types';
import type { MathJson } from './read/engine';

export { overallVerdict, RELATION_TEXT, VERDICTS } from '../claimWords';

/** One `$…$` or `$$…$$` found in a note, located by UTF-16 offsets. */
export interface MathSpan {
  /** Offset of the opening delimiter. */
  readonly start: number;
  /** Offset just past the closing delimiter (or past the content when unclosed). */
  readonly end: number;
  /** Offset of the first character after the opening delimiter. */
  readonly contentStart: number;
  /** Offset of the closing delimiter. */
  readonly contentEnd: number;
  /** True for `$$…$$` (and ```math fences), false for `$…$`. */
  readonly display: boolean;
  /** The LaTeX between the delimiters, as the preview's KaTeX receives it. */
  readonly source: string;
  /** 1-based line of `contentStart`. */
  readonly line: number;
  /** 1-based column (UTF-16 code units) of `contentStart`. */
  readonly column: number;
}

/** The relations whose truth a claim can assert. */
export type Relation = '=' | '\\approx' | '\\sim' | '\\neq' | '<' | '>' | '\\le' | '\\ge';


/**
 * Whether a claim holds. `ambiguous`: it fails as read by default but holds
 * under another reading the note allows (`\\log` in base 2); `none` when a
 * side has no numeric value, float64 rounding cannot decide it, or it is not a
 * claim at all (a definition, an equation to solve).
 */
export type Verdict = 'holds' | 'fails' | 'mismatch' | 'ambiguous' | 'none';


/** How a value fares in one number format. */
export interface FormatFact {
  /** The value after round-to-nearest-even into the format. */
  readonly value: number;
  /** Finite in float64 but ±Infinity in the format. */
  readonly overflow: boolean;
  /** Non-zero in float64 but 0 in the format. */
  readonly underflow: boolean;
  /** Stored as a subnormal (non-zero, below the smallest normal). */
  readonly subnormal: boolean;
}

/** Format facts for each of FACT_FORMATS (core/types.ts). */
export type FormatFacts = Readonly<Record<FactFormat, FormatFact>>;

/** One side of a claim (or the whole formula when it makes no claim). */
export interface SideReport {
  /** The side's LaTeX, as written (trimmed). */
  readonly source: string;
  /** Offset of `source` within the formula's source. */
  readonly offset: number;
  /** float64 value, or null when symbolic or not evaluable. */
  readonly value: number | null;
  /** How the side was read, e.g. "6 × 10^(-8)"; empty when it could not be parsed. */
  readonly readAs: string;
  /** Free symbols that keep the side from having a value (sorted, unique). */
  readonly symbols: readonly string[];
  /** "cannot evaluate: …" when evaluation was refused or failed. */
  readonly error?: string;
  /** Significant digits when the side is a plain written number (e.g. "4 \times 10^{17}" → 1). */
  readonly writtenDigits?: number;
  /** How the written number was spelled, when the side is one (literal.ts). */
  readonly written?: WrittenForm;
  /** Format facts of `value`, when it is a number. */
  readonly formats?: FormatFacts;
  /** Bound on what float64 rounding may have added to `value` (absolute, first order); absent when exact. */
  readonly roundingError?: number;
  /** The imaginary part of a complex side (complex.ts); `value` is then its real part and `roundingError` bounds the modulus. */
  readonly imaginary?: number;
  /** The side's value when it is a vector or matrix (`value` is then null; matrixSide.ts). */
  readonly array?: ArrayValue;
  /** Matrices bound earlier in the note that the side uses: a claim about them may hold, never fail (names get reused). */
  readonly boundArrays?: readonly string[];
  /** Those of `boundArrays` that are numbers, not matrices (`\\delta^{(2)} = … = 0.139`). */
  readonly boundNumbers?: readonly string[];
  /** Activations applied element-wise under their usual meaning (`\\sigma` of a vector): a claim about them may hold, never fail. */
  readonly assumedFunctions?: readonly string[];
}

/** A vector or matrix value, row by row. */
export interface ArrayValue {
  readonly rows: number;
  readonly cols: number;
  /** rows × cols elements in row-major order. */
  readonly cells: readonly ArrayCell[];
  /** The shape is the one written (matrix environments and operations on them), not a tuple read as a column. */
  readonly certainShape: boolean;
}

/** One element of an array value, with what a scalar side carries for its claims. */
export interface ArrayCell {
  readonly value: number;
  readonly roundingError?: number;
  readonly writtenDigits?: number;
  readonly written?: WrittenForm;
}

/** How a claim between vectors or matrices was judged element by element. */
export interface ArrayCheck {
  /** One sentence: the shapes, or the element that decided the verdict. */
  readonly message: string;
  /** The element that fails (or, for none, that could not be decided), 1-based. */
  readonly element?: { readonly row: number; readonly col: number; readonly left: number; readonly right: number };
}

/** The spelling of a written number that decides how a careful reader takes it. */
export interface WrittenForm {
  readonly digits: number;
  /** `plain`, `times`, `cdot`, `e`, `e-paren`, `power` (10^{k}), `percent`. */
  readonly style: string;
  /** Digits after a decimal point were written, or the number trails off. */
  readonly fractional?: boolean;
  /** It trails off (`0.7\\ldots`). */
  readonly continued?: boolean;
}

/** One relation between two neighbouring sides. */
export interface ClaimReport {
  readonly relation: Relation;
  readonly left: SideReport;
  readonly right: SideReport;
  readonly verdict: Verdict;
  /** |computed − claimed| / |claimed| (Infinity when only the claim is 0); null without values. */
  readonly relativeError: number | null;
  /** Which side is the author's written number that the claim is judged against. */
  readonly claimedSide: 'left' | 'right';
  /**
   * For a `none` verdict between two values: why float64 cannot decide it
   * ("cannot evaluate: float64 cannot decide this claim; the sides differ by
   * 1.2e-16, within the rounding error of the evaluation (±7e-16)").
   */
  readonly reason?: string;
  /** For a failed claim judged on accurate values: the edit that writes the computed value in place of the claimed one. */
  readonly fix?: QuickFix;
  /**
   * How the claim was read when that is not the plain one: "as rounded to 3
   * significant digits", "as an order of magnitude", "if \\log is base 2"
   * (an ambiguous claim names the reading under which it holds).
   */
  readonly reading?: string;
  /** For a claim between expressions with free variables, checked at random points. */
  readonly identity?: IdentityCheck;
  /** For a claim between quantities with units: both sides in one unit and what was concluded. */
  readonly units?: UnitsCheck;
  /** For a claim between vectors or matrices: judged element by element (matrixClaims.ts). */
  readonly array?: ArrayCheck;
  /** For a claim that fails by its notation alone, one sentence: the slip (indexSlip.ts). */
  readonly slip?: string;
  /**
   * For an undecided claim: it fails as written, and only the note around it
   * keeps it from failing (the text sets it up as an equation, names matrices
   * that may have been reused, states a solution another equation rejects:
   * undecidedClaims.ts, matrixClaims.ts, statedSolutions.ts). A formula with
   * such a claim is never "holds" (claimWords.ts `overallVerdict`): a wrong row
   * must not hide behind the rows that hold.
   */
  readonly doubted?: true;
  /**
   * The last link of a chain, between numbers only (`64 \\times 256 = 16{,}384 \\text{ patches}`),
   * left undecided: the result the chain arrives at is unconfirmed, and links that hold before it
   * do not confirm it, so the formula is not "holds" while it stays undecided (claimWords.ts).
   */
  readonly unconfirmedResult?: true;
}

/** How a claim between quantities with units was read (units.ts). */
export interface UnitsCheck {
  /** "5.926 ms", "" when a side could not be read. */
  readonly left: string;
  readonly right: string;
  /** One sentence: why it holds, fails, mismatches, or is not judged. */
  readonly message: string;
}

/** A function the note defines, `\\sigma(x) = \\frac{1}{1+e^{-x}}`, which later formulas may use (names as the engine spells them). */
export interface FunctionDefinition {
  readonly name: string;
  readonly params: readonly string[];
  /** Absent when the definition cannot be evaluated (free symbols, notation): it still hides an earlier one. */
  readonly body?: MathJson;
  /** `y = -x^2 + 3x + 4` after `x = 1.5`: the body with earlier numbers left as variables, for its derivatives (`y'`). */
  readonly expression?: MathJson;
  /** The defining statement's LaTeX. */
  readonly source: string;
  /** The note defined this name before: such a definition may confirm claims, never refute them. */
  readonly redefined?: boolean;
  /** Its body has variables besides its parameters (`J(\\theta) = \\frac{1}{2}(\\theta x - y)^2`): it may confirm claims, never refute them. */
  readonly open?: boolean;
  /** Bound once, by the worked example of the claim's own section: it may refute (workedExample.ts). */
  readonly trusted?: boolean;
  /** The function the sentence before the formula names for it ("the sigmoid", proseFunctions.ts), not a formula of the note. */
  readonly named?: string;
}

/** How an identity with free variables was checked. */
export interface IdentityCheck {
  /** Points at which both sides had a value and were compared. */
  readonly points: number;
  /** The first point where the sides differ, when it fails. */
  readonly counterexample?: {
    readonly at: Readonly<Record<string, number>>;
    readonly left: number;
    readonly right: number;
  };
  /** Definitions from earlier in the note that the check used ("σ from line 12"). */
  readonly using?: readonly string[];
}

/** Replace `[start, end)` of the formula source with `text` (offsets into the formula source). */
export interface QuickFix {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Everything known about one formula. */
export interface FormulaReport {
  readonly source: string;
  /** The formula's value: its only side's value, or the computed side of its first claim. */
  readonly value: number | null;
  /** Worst verdict over the claims: fails > holds > none. */
  readonly verdict: Verdict;
  /** Relative error of the first failing claim, else of the first judged claim. */
  readonly relativeError: number | null;
  /** How the whole formula was read. */
  readonly readAs: string;
  /** Free symbols over all sides. */
  readonly symbols: readonly string[];
  /** True when some side has free symbols. */
  readonly symbolic: boolean;
  /** Format facts of `value`. */
  readonly formats: FormatFacts | null;
  /** The independent pieces of the formula (split at `\quad`, `,` between claims, …). */
  readonly sides: readonly SideReport[];
  readonly claims: readonly ClaimReport[];
  /** The first "cannot evaluate: …" of a side, else the first undecided claim's reason (worded the same way), if any. */
  readonly error?: string;
  /** Functions this formula defines for the formulas after it in the note. */
  readonly defines?: readonly FunctionDefinition[];
  /**
   * Its time limit ran out before every reading was tried (analyze.ts `cutShort`): a
   * definition it makes may be missing from `defines`, so the names it mentions only
   * confirm in the formulas after it (noteSettings.ts).
   */
  readonly cutShort?: true;
}

/** A formula report placed in its note. */
export interface NoteFormulaReport extends FormulaReport {
  readonly span: MathSpan;
  /** Fixes of failed claims with offsets into the note. */
  readonly fixes: readonly QuickFix[];
}

/** Knobs for analysis. */
export interface AnalyzeOptions {
  /** Wall-clock budget for evaluating one formula (all its sides), in ms (default 250). */
  readonly timeLimitMs?: number;
  /**
   * The base of a bare `\\log` that the note declares (front matter `log-base`).
   * Undeclared, `\\log` is natural and a claim that holds only in base 2 or 10 is ambiguous.
   */
  readonly logBase?: 'e' | 2 | 10;
  /** Functions defined by earlier formulas of the note (noteScope.ts), by name. */
  readonly definitions?: ReadonlyMap<string, FunctionDefinition>;
  /** Decimals earlier formulas of the note wrote as results (`-0.53` → "0.53"): rounded values where they recur (carriedResults.ts). */
  readonly earlierResults?: ReadonlySet<string>;
  /** A row added to a matrix of another shape goes to each row or down each column (a reading workedExample.ts asks for). */
  readonly broadcast?: 'rows' | 'columns';
  /** Matrices the prose before the formula calls symmetric or orthogonal (matrixProperties.ts), by letter. */
  readonly matrixProperties?: ReadonlyMap<string, 'symmetric' | 'orthogonal' | 'positive definite'>;
  /** Names of several letters earlier formulas gave values to (`sum = …`, wordNames.ts). */
  readonly wordNames?: ReadonlySet<string>;
}
