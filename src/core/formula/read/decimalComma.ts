/**
 * A decimal comma, as European and Russian notes write a result:
 * `S_1 = -\frac{8}{13} log_2 \frac{8}{13} - \frac{5}{13} log_2 \frac{5}{13} \approx 0,96`
 * (girafe-ai/ml-course, the entropy of a split). The engine reads `0,96` as the list
 * (0, 96), which has no single value; but a list of two numbers alone on one side of a
 * relation whose other sides hold no comma compares nothing, so a reader takes the comma
 * as the decimal mark. A comma inside a side (`f(0,96)`, `[0,1]`, `\{1,2\}`) stays a
 * separator: two arguments, an interval, a set.
 *
 * Not read so: three digits after the comma (`1,000` is a thousand in English notes) unless
 * the whole part is 0 (no thousands group starts with 0).
 *
 * Confirm-only (withDecimalCommaDoubt): a failing claim read through a decimal comma is left
 * undecided, as the author may still have meant something else by the comma.
 */
import type { Piece, Statement } from '../split';
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

const LONE_DECIMAL_COMMA = /^(\s*-?\s*)(\d+),(\d+)(\s*)$/;

function decimalOf(text: string): string | undefined {
  const m = LONE_DECIMAL_COMMA.exec(text);
  if (!m) return undefined;
  const [, sign, whole, fraction, trail] = m;
  if (fraction!.length === 3 && whole !== '0') return undefined;
  // Same length as written: offsets into the formula stay valid.
  return `${sign}${whole}.${fraction}${trail}`;
}

/**
 * `k = 0,1` after a probability mass function (`P(X=k) = p^k(1-p)^{1-k}, k=0,1`): a name set to two
 * consecutive whole numbers lists the values it takes, not one decimal — read as 0.1, the name would
 * carry a value the note never gave it into later formulas.
 */
function listsValuesOfName(statement: Statement, numberSide: number): boolean {
  if (statement.sides.length !== 2) return false;
  const m = LONE_DECIMAL_COMMA.exec(statement.sides[numberSide]!.text);
  const other = statement.sides[1 - numberSide]!.text;
  return m !== null && Number(m[3]) === Number(m[2]) + 1 && LONE_NAME.test(other);
}

/** A name alone, perhaps with an index: `k`, `x_i`, `\lambda`. */
const LONE_NAME = /^\s*(?:\\[A-Za-z]+|[A-Za-z])\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*$/;

/** The statement with a side that is one number written with a decimal comma read with a decimal point. */
export function withDecimalPoints(statement: Statement): Statement {
  if (statement.sides.length < 2 || !statement.sides.some((s) => s.text.includes(','))) return statement;
  let changed = false;
  const sides = statement.sides.map((side, k): Piece => {
    const decimal = decimalOf(side.text);
    if (decimal === undefined) return side;
    // Every other side must be free of commas: `(1,2) = 1,2` compares two pairs.
    if (statement.sides.some((other, j) => j !== k && other.text.includes(','))) return side;
    if (listsValuesOfName(statement, k)) return side;
    changed = true;
    return { ...side, text: decimal };
  });
  return changed ? { ...statement, sides } : statement;
}

const WHY = 'it reads a comma as the decimal mark, which the author may not have meant: only a claim that holds is taken';

/** Whether `side` (as judged) was read from a number written with a decimal comma in `source`. */
function readFromComma(side: string, source: string): boolean {
  const m = /^\s*-?\s*(\d+)\.(\d+)\s*$/.exec(side);
  return m !== null && new RegExp(String.raw`(?<![\d.,])${m[1]},${m[2]}(?![\d,])`).test(source);
}

/** Failing claims read through a decimal comma are left undecided (confirm-only: see the file's comment). */
export function withDecimalCommaDoubt(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !/\d,\d/.test(report.source)) return report;
  return leaveUndecided(report, (claim) => (readFromComma(claim.left.source, report.source) || readFromComma(claim.right.source, report.source) ? WHY : undefined));
}
