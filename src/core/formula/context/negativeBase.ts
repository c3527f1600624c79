/**
 * `-2^2 = 4` in a note that says "squaring numbers converts all the negative numbers to
 * positive numbers" (CrumpLab/statistics, 02-Describing_Data.md; `-3.5^2 = 12.25` in its
 * table of squared deviations): its author squares the number −2, as spreadsheets read
 * `=-2^2`, while by the precedence of mathematics it is −(2²) = −4. A side that is only a
 * negative number raised to a whole power, failing as −(b^k) but holding as (−b)^k, is
 * left undecided, naming both readings; it never holds so (`-x^2` of a variable is not
 * touched, and `-2^2 = 5` fails both ways).
 */
import { judgeClaim } from '../claims';
import type { ClaimReport, SideReport } from '../types';

/** A side that is exactly a negative number to a whole power: `-2^2`, `- 3.5^{2}`. */
const NEGATIVE_NUMBER_POWER = /^\s*-\s*(\d+(?:\.\d+)?|\.\d+)\s*\^\s*(?:\{\s*(\d+)\s*\}|(\d))\s*$/;

export const NEGATIVE_BASE_REASON = 'cannot evaluate: -b^k is -(b^k) by precedence, where it fails, and (-b)^k as spreadsheets read it, where it holds';

/** The value of `side` read as (−b)^k, when it is a negative number to a whole power. */
function asNegativeBase(side: SideReport): number | undefined {
  const m = NEGATIVE_NUMBER_POWER.exec(side.source);
  return m ? (-Number(m[1])) ** Number(m[2] ?? m[3]) : undefined;
}

/** `claim` undecided when it fails as written and holds with its computed side's −b^k read as (−b)^k. */
export function withNegativeBase(claim: ClaimReport): ClaimReport {
  if (claim.verdict !== 'fails') return claim;
  for (const which of ['left', 'right'] as const) {
    const value = asNegativeBase(claim[which]);
    if (value === undefined || value === claim[which].value) continue;
    const { roundingError: _r, ...side } = claim[which];
    const other = which === 'left' ? judgeClaim({ ...side, value }, claim.relation, claim.right) : judgeClaim(claim.left, claim.relation, { ...side, value });
    if (other.verdict !== 'holds') continue;
    const { fix: _fix, ...rest } = claim;
    return { ...rest, verdict: 'none', reason: NEGATIVE_BASE_REASON };
  }
  return claim;
}
