/**
 * The one way a reading of the note's text takes a "fails" away: each failing
 * claim it doubts becomes undecided with the reason it gives (its quick fix
 * dropped, as a fix is offered only for real fails), and the formula's verdict
 * follows its claims.
 */
import { overallVerdict, type ClaimReport, type FormulaReport } from './types';

/** `report` with every failing claim for which `doubt` gives a reason left undecided (the same report when none is). */
export function leaveUndecided(report: FormulaReport, doubt: (claim: ClaimReport) => string | undefined): FormulaReport {
  if (report.verdict !== 'fails') return report;
  let changed = false;
  const claims = report.claims.map((claim) => {
    const why = claim.verdict === 'fails' ? doubt(claim) : undefined;
    if (why === undefined) return claim;
    changed = true;
    const { fix: _fix, ...rest } = claim;
    return { ...rest, verdict: 'none' as const, reason: `cannot evaluate: ${why}`, doubted: true as const };
  });
  return changed ? { ...report, claims, verdict: overallVerdict(claims) } : report;
}

/**
 * The claims a confirm-only reading judged (`after`, row for row with `before`), its new "holds" kept only when no row is
 * left undecided: one confirmed row would make a chain "holds" while a wrong row beside it stays unchecked. A chain's
 * first row that only names what follows (`\mu_x = E(X) = …`) is a definition, not a row to check.
 */
export function confirmedWhenAllDecided(before: readonly ClaimReport[], after: readonly ClaimReport[]): readonly ClaimReport[] {
  const unchecked = (c: ClaimReport, i: number) => c.verdict === 'none' && !(i === 0 && NAME_ONLY.test(c.left.source));
  if (!after.some(unchecked)) return after;
  return after.map((c, i) => (c.verdict === 'holds' && before[i]!.verdict !== 'holds' ? before[i]! : c));
}

/** A lone name, perhaps with a subscript: `\mu_x`, `\sigma`, `F_X`. */
const NAME_ONLY = /^\s*(?:\\[A-Za-z]+|[A-Za-z])\s*(?:_\s*(?:\{[^{}]*\}|[A-Za-z0-9]))?\s*$/;
