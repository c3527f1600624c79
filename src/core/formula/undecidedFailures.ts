/**
 * Turning a report's failing claims into undecided ones, for the readings that
 * find the note's prose does not stand behind a formula (proseBefore.ts,
 * proseAfter.ts): a claim the author does not assert must not be called wrong,
 * and its fix (the computed value) is dropped with its verdict.
 */
import { overallVerdict, type FormulaReport } from './types';

/** `report` with each failing claim undecided, its reason `cannot evaluate: ${why}`. */
export function withFailuresUndecided(report: FormulaReport, why: string): FormulaReport {
  const claims = report.claims.map((claim) => {
    if (claim.verdict !== 'fails') return claim;
    const { fix: _fix, ...rest } = claim;
    return { ...rest, verdict: 'none' as const, reason: `cannot evaluate: ${why}` };
  });
  return { ...report, claims, verdict: overallVerdict(claims) };
}
