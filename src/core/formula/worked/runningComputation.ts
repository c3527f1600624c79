/**
 * A computation carried on in one chain, each `=` taking the last result
 * further: the Luhn check "Double: $8 \times 2 = 16 - 9 = 7$"
 * (djeada/Numerical-Methods, notes/9_cryptography/checksum.md) is 8 × 2 = 16,
 * then 16 − 9 = 7, not 16 = 16 − 9.
 *
 * A failing link `a = b` is left undecided when b opens with a number equal to a
 * followed by an operation, and the next link `b = c` holds: the author wrote
 * the result of a and went on. `8 \times 2 = 15 - 9 = 6` still fails: 15 is not
 * what 8 × 2 gives.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** A side that opens with a number and goes on with an operation: `16 - 9`, `0.5 \times 3`. */
const NUMBER_THEN_OPERATION = /^\s*(-?\d+(?:\.\d+)?)\s*(?:[-+*/]|\\times|\\cdot|\\div)/;

/** The report with each link that a running computation explains left undecided. */
export function withRunningComputation(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || report.claims.length < 2) return report;
  const claims = report.claims;
  return leaveUndecided(report, (claim) => {
    const k = claims.indexOf(claim);
    const next = claims[k + 1];
    const opening = NUMBER_THEN_OPERATION.exec(claim.right.source);
    const value = claim.left.value;
    if (claim.relation !== '=' || !opening || value === null || next?.verdict !== 'holds' || next.left.source !== claim.right.source) return undefined;
    const written = Number(opening[1]);
    if (Math.abs(written - value) > 1e-9 * Math.max(1, Math.abs(value))) return undefined;
    return `a running computation: ${opening[1]} is the result so far, and the next step goes on from it`;
  });
}
