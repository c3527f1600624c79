/**
 * Values of a function the note defines piecewise: `f(x) = \begin{cases} x^2, & x \ge 0 \\ -x, & x < 0 \end{cases}`,
 * then `f(3) = 9`, `f(-2) = 2`; `f_X(x) = \begin{cases} \dfrac{1}{b-a}, & x \in [a,b] \\ 0, & \text{otherwise.} \end{cases}`
 * then `f_X(7) = 0` once a and b are numbers in the definition. The identity check cannot read the definition (the
 * engine reads a cases body as a list of relations), so the call stays undecided. A careful reader finds the row whose
 * condition holds at the argument and evaluates its value there.
 *
 * Read only for a call of a number, `f(3)`, when the note defines the name piecewise before the claim, once, and defines
 * it no other way before it. The row is chosen only when the argument is strictly inside one row's stretch (every bound a
 * number, at least 10⁻⁹ from each) or equals one point row; an argument on a boundary, or in two rows, is left undecided.
 * The row's value at the argument is then judged against the claimed side by the claim check. It holds when that holds;
 * it fails only when that fails with no letter left (a closed value) and the definition stands in the claim's own section.
 */
import { analyzeFormula } from '../analyze';
import { sectionTextBefore } from '../find/noteSections';
import { casesRows, numericBound, variablePattern, type CasesRow, type Stretch } from '../read/casesRows';
import type { AnalyzeOptions, ClaimReport, MathSpan } from '../types';

/** A call of a number: `f(3)`, `f_X(-1.5)`, `g\left(\frac{1}{2}\right)`. */
const CALL = /^\s*([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*(?:\\left)?\(\s*(-?\s*(?:\d+(?:\.\d+)?|\\[dt]?frac\{\d+\}\{\d+\}))\s*(?:\\right)?\)\s*$/;
/** Distance from a boundary under which the row is not chosen. */
const MARGIN = 1e-9;
/** How far back the claim's own section may hold the definition that lets it fail. */
const SECTION_LOOK_BACK = 4000;

/** Whether `c` is strictly inside `stretch` (bounds numbers); undefined when a bound is not a number or c is at one. */
function inside(stretch: Stretch, c: number): boolean | undefined {
  const lo = stretch.lo === undefined ? -Infinity : numericBound(stretch.lo);
  const hi = stretch.hi === undefined ? Infinity : numericBound(stretch.hi);
  if (lo === undefined || hi === undefined) return undefined;
  if (Math.abs(c - lo) < MARGIN || Math.abs(c - hi) < MARGIN) return undefined;
  return lo < c && c < hi;
}

/** The one row whose condition holds at `c`, or undefined (a boundary, a letter bound, two rows, none). */
function rowAt(rows: readonly CasesRow[], c: number): CasesRow | undefined {
  const matches: CasesRow[] = [];
  let otherwise: CasesRow | undefined;
  for (const row of rows) {
    const cond = row.condition;
    if (cond.kind === 'otherwise') {
      otherwise = row;
      continue;
    }
    if (cond.kind === 'point') {
      const at = numericBound(cond.at);
      if (at === undefined) return undefined;
      if (at === c) matches.push(row);
      else if (Math.abs(at - c) < MARGIN) return undefined;
      continue;
    }
    for (const s of cond.stretches) {
      const within = inside(s, c);
      if (within === undefined) return undefined;
      if (within) matches.push(row);
    }
  }
  if (matches.length === 1) return matches[0];
  if (matches.length === 0) return otherwise;
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The claims of the formula at `span`, with calls of a piecewise-defined function at a number judged by its row. */
export async function withPiecewiseValues(note: string, span: MathSpan, claims: readonly ClaimReport[], options: AnalyzeOptions): Promise<readonly ClaimReport[]> {
  const out = [...claims];
  let changed = false;
  for (let k = 0; k < claims.length; k++) {
    const claim = claims[k]!;
    if (claim.verdict !== 'none' || claim.relation !== '=') continue;
    const call = CALL.exec(claim.left.source);
    if (!call) continue;
    const [name, argument] = [call[1]!, call[2]!];
    const c = numericBound(argument);
    if (c === undefined) continue;
    const before = note.slice(0, span.start);
    const namePattern = escape(name).replace(/_\\\{\?/g, '_\\{?');
    const definitions = [...before.matchAll(new RegExp(`(?<![A-Za-z0-9_^}\\\\])${namePattern}\\s*\\(\\s*([A-Za-z])\\s*\\)\\s*(?::=|=)\\s*\\\\begin\\s*\\{cases\\}([\\s\\S]*?)\\\\end\\s*\\{cases\\}`, 'g'))];
    const anyDefinition = before.match(new RegExp(`(?<![A-Za-z0-9_^}\\\\])${namePattern}\\s*\\(\\s*[A-Za-z]\\s*\\)\\s*(?::=|=)`, 'g')) ?? [];
    if (definitions.length !== 1 || anyDefinition.length !== 1) continue;
    const [, variable, body] = definitions[0]!;
    const rows = casesRows(body!, variable!);
    if (!rows) continue;
    const row = rowAt(rows, c);
    if (!row) continue;
    const value = row.value.replace(variablePattern(variable!, 'g'), `{\\left(${argument}\\right)}`);
    const report = await analyzeFormula(`${value} = ${claim.right.source}`, options);
    const judged = report.claims.length === 1 ? report.claims[0]! : undefined;
    if (!judged) continue;
    const reading = `with ${name} read from its piecewise definition: the row ${row.value} for ${row.conditionSource}`;
    if (judged.verdict === 'holds') {
      const { reason: _reason, fix: _fix, ...rest } = claim;
      out[k] = { ...rest, verdict: 'holds', reading };
      changed = true;
    } else if (judged.verdict === 'fails' && judged.left.symbols.length === 0 && judged.right.symbols.length === 0 && judged.identity === undefined) {
      const inSection = sectionTextBefore(note, span.start, SECTION_LOOK_BACK).includes(definitions[0]![0]);
      if (!inSection) continue;
      const { reason: _reason, fix: _fix, ...rest } = claim;
      out[k] = { ...rest, verdict: 'fails', relativeError: judged.relativeError, reading: `${reading}, which gives ${judged.left.value}` };
      changed = true;
    }
  }
  return changed ? out : claims;
}
