/**
 * The JSON that `gradexp check --json` prints — a public contract, like `run`'s:
 * `{"file", "formulas": [{"line", "column", "source", "value", "verdict",
 * "relativeError", "formats", …}]}`. `line`/`column` are 1-based and point at
 * the formula's first character after its opening delimiter. Non-finite
 * numbers are written as "Infinity", "-Infinity", "NaN" by the serializer.
 * `notChecked` is null, or says how many formulas a note-wide budget left out,
 * where the first of them is, and why — those formulas are not listed.
 */
import type { BudgetLimit, ClaimReport, IdentityCheck, FormatFacts, NoteAnalysis, NoteFormulaReport, Relation, SideReport, Verdict } from '../../core/api/notes';
import { notCheckedMessage } from './budgetFlags';

/** One side of a claim, or a formula's only side: so that every value's format facts are there. */
export interface SideJson {
  readonly source: string;
  readonly value: number | null;
  readonly readAs: string;
  readonly formats: FormatFacts | null;
  readonly error: string | null;
}

/** One claim inside a formula. */
export interface ClaimJson {
  readonly relation: Relation;
  readonly left: string;
  readonly right: string;
  readonly leftValue: number | null;
  readonly rightValue: number | null;
  readonly verdict: Verdict;
  readonly relativeError: number | null;
  /** Why a claim is not judged although both sides have values (float64 cannot decide it); null otherwise. */
  readonly reason: string | null;
  /** How the claim was read when not plainly ("as rounded to 3 significant digits", "if \\log is base 2"); null otherwise. */
  readonly reading: string | null;
  /** For an identity with free variables: the points tried and the counter-example; null otherwise. */
  readonly identity: IdentityCheck | null;
}

/** One formula of a note. */
export interface FormulaJson {
  readonly line: number;
  readonly column: number;
  readonly source: string;
  readonly display: boolean;
  readonly value: number | null;
  readonly verdict: Verdict;
  readonly relativeError: number | null;
  readonly readAs: string;
  readonly symbols: readonly string[];
  readonly formats: FormatFacts | null;
  readonly claims: readonly ClaimJson[];
  readonly sides: readonly SideJson[];
  readonly error: string | null;
}

/** The formulas a note-wide budget left unevaluated. */
export interface NotCheckedJson {
  /** How many formulas, from the first one on, were not evaluated. */
  readonly count: number;
  /** 1-based line and column of the first one (inside its delimiters, like a formula's). */
  readonly line: number;
  readonly column: number;
  /** Which budget: a number of formulas, or seconds of evaluation. */
  readonly limit: BudgetLimit;
  /** The budget's value: formulas, or seconds. */
  readonly budget: number;
  readonly message: string;
}

/** One note's results. */
export interface CheckFileJson {
  readonly file: string;
  readonly formulas: readonly FormulaJson[];
  readonly notChecked: NotCheckedJson | null;
}

/** The JSON object for one note. */
export function toCheckJson(file: string, analysis: NoteAnalysis): CheckFileJson {
  return { file, formulas: analysis.reports.map(formulaJson), notChecked: notCheckedJson(analysis) };
}

function notCheckedJson({ notChecked }: NoteAnalysis): NotCheckedJson | null {
  if (!notChecked) return null;
  const { line, column } = notChecked.first;
  const budget = notChecked.limit === 'formulas' ? notChecked.budget : notChecked.budget / 1000;
  return { count: notChecked.count, line, column, limit: notChecked.limit, budget, message: notCheckedMessage(notChecked) };
}

function formulaJson(r: NoteFormulaReport): FormulaJson {
  return {
    line: r.span.line,
    column: r.span.column,
    source: r.source,
    display: r.span.display,
    value: r.value,
    verdict: r.verdict,
    relativeError: r.relativeError,
    readAs: r.readAs,
    symbols: r.symbols,
    formats: r.formats,
    claims: r.claims.map(claimJson),
    sides: r.sides.map(sideJson),
    error: r.error ?? null,
  };
}

function claimJson(c: ClaimReport): ClaimJson {
  return {
    relation: c.relation,
    left: c.left.source,
    right: c.right.source,
    leftValue: c.left.value,
    rightValue: c.right.value,
    verdict: c.verdict,
    relativeError: c.relativeError,
    reason: c.reason ?? null,
    reading: c.reading ?? null,
    identity: c.identity ?? null,
  };
}

function sideJson(s: SideReport): SideJson {
  return { source: s.source, value: s.value, readAs: s.readAs, formats: s.formats ?? null, error: s.error ?? null };
}
