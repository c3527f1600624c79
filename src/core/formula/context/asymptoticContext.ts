/**
 * An asymptotic formula evaluated at a finite point: "当 $\gamma \rightarrow 1$ 时
 * $\gamma^{1/(1-\gamma)}=\exp(-1)$，如 $0.95^{20} \approx \exp(-1)$" (ShusenTang/Dive-into-DL-PyTorch,
 * docs/chapter07_optimization/7.4_momentum.md), or Stirling's `10! \approx \sqrt{2\pi \cdot 10}(10/e)^{10}`.
 * Two computed sides are held to 0.5% under `\approx` (claims.ts), but the author's `\approx` here
 * is the limit's: 0.3585 against 0.3679 is how close a limit is at n = 20. When the paragraph
 * before the formula, or the formula, speaks of a limit, such a claim within LIMIT_GAP is left
 * undecided, never held: a careful reader would not call it wrong, nor check it to the digit.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';
import { paragraphBefore } from '../find/noteSections';

/** A limit, an infinity or an asymptotic formula named. */
const LIMIT_WORDS = /\\(?:to|rightarrow|longrightarrow|lim|infty)(?![A-Za-z])|→|∞|\b(?:limits?|asymptotic(?:ally)?|Stirling|as \w+ (?:grows|increases|gets large|goes to)|(?:for |when \w+ is )large)\b|趋于|趋近|极限|渐近|斯特林/i;
/** How far the two sides may be apart (relative) and still be the limit's approximation. */
const LIMIT_GAP = 0.1;
/** How far back the paragraph is read. */
const LOOK_BACK = 400;

/** A failed `\approx` between two computed sides (no written number) within LIMIT_GAP. */
function nearLimit(claim: ClaimReport): boolean {
  if (claim.verdict !== 'fails' || claim.relation !== '\\approx' || claim.left.written || claim.right.written) return false;
  const [a, b] = [claim.left.value, claim.right.value];
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || Math.sign(a) !== Math.sign(b) || a === 0) return false;
  return Math.abs(a - b) <= LIMIT_GAP * Math.max(Math.abs(a), Math.abs(b));
}

/** The report with such claims undecided when the text speaks of a limit. */
export function withAsymptoticContext(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !report.claims.some(nearLimit)) return report;
  if (!LIMIT_WORDS.test(paragraphBefore(note, start, LOOK_BACK, 'keep')) && !LIMIT_WORDS.test(report.source)) return report;
  return leaveUndecided(report, (claim) => {
    if (!nearLimit(claim)) return undefined;
    const gap = (100 * Math.abs(claim.left.value! - claim.right.value!)) / Math.abs(claim.right.value!);
    return `the sides differ by ${gap.toPrecision(2)}%, and the text speaks of a limit: ≈ may be the limit's approximation at a finite point`;
  });
}
