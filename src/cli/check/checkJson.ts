/**
 * The JSON that `gradexp check --json` prints — a public contract, like `run`'s:
 * `{"file", "formulas": [{"line", "column", "source", "value", "verdict",
 * "relativeError", "formats", …}]}`. `line`/`column` are 1-based and point at
 * the formula's first character after its opening delimiter. Non-finite
 * numbers are written as "Infinity", "-Infinity", "NaN" by the serializer.
 */
import type { ClaimReport, FormatFacts, NoteFormulaReport, Relation, SideReport, Verdict } from '../../core/formula';

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

/** One note's results. */
export interface CheckFileJson {
  readonly file: string;
  readonly formulas: readonly FormulaJson[];
}

/** The JSON object for one note. */
export function toCheckJson(file: string, reports: readonly NoteFormulaReport[]): CheckFileJson {
  return { file, formulas: reports.map(formulaJson) };
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
  };
}

function sideJson(s: SideReport): SideJson {
  return { source: s.source, value: s.value, readAs: s.readAs, formats: s.formats ?? null, error: s.error ?? null };
}
