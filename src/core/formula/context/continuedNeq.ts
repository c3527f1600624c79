/**
 * A chain continued by `\neq`: "this would mean $\text{rk}(A) > 1 \neq 1$"
 * (ThomasTorres2024/Obsidian-Notes, Probability/Combinatorics/Completing a Rank-One
 * Matrix.md). Read link by link, the last link says 1 ≠ 1; its author means the
 * chain's left side, rk(A), is not 1. A `\neq` link between two equal written numbers,
 * after a link that ends in the same number, is left undecided. `1 \ne 1` alone
 * still fails.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** The report with the `\neq` links that restate the number before them undecided. */
export function withContinuedNeq(report: FormulaReport): FormulaReport {
  if (report.claims.length < 2) return report;
  return leaveUndecided(report, (claim) => {
    const k = report.claims.indexOf(claim);
    const before = k > 0 ? report.claims[k - 1] : undefined;
    const restates = claim.relation === '\\neq' && before !== undefined && before.right.source === claim.left.source;
    const same = claim.left.written !== undefined && claim.right.written !== undefined && claim.left.value === claim.right.value;
    return restates && same ? 'a number is never claimed to differ from itself; the ≠ continues the chain before it' : undefined;
  });
}
