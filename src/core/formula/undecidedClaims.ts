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
