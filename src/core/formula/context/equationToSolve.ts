/**
 * An equation the text sets up to solve, not an identity: "You also know that
 * (x2,y2) satisfies the original curve equation, and that m also equals the
 * derivative you computed." then
 * `\frac{-1 + x}{\sqrt{3} \sqrt{4 - 2 x + x^2}}=\frac{\frac{1}{3} (6 + \sqrt{3} \sqrt{4 - 2 x + x^2}) -2}{x}`
 * (djeada/Calculus-And-Analysis, notes/differentiation/single_variable/tangent_line/taks_01.md):
 * the point of tangency is the x at which the two sides meet.
 *
 * A claim with free variables that fails at random points is left undecided
 * when its paragraph before speaks of solving, satisfying, equating or
 * intersecting. A wrong identity in a paragraph that says none of that still fails.
 *
 * Setting a derivative to zero is such a set-up: "Set $S'(r) = 0$:" then
 * `4\pi r = \frac{2000}{r^2}` (dmccreary/calculus, docs/chapters/19-optimization/index.md,
 * "Find critical points"), and so is the Chinese 要求 / 令 ("所以 … 最大，要求
 * $\frac{.8}{1+.8x}=\frac{.5}{1-.5x},x=\frac 38$", major-second/104-public-knowledge-base,
 * quant-interview/a-practical-guide/2-brain-teasers.md: the Kelly fraction).
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';
import { paragraphBefore } from '../find/noteSections';

const SETS_UP_EQUATION = /\b(?:solv(?:e|es|ing)|satisf(?:y|ies|ying)|equat(?:e|es|ing)|set\s+(?:\w+\s+){0,4}equal|intersect(?:s|ion)?|find\s+(?:the\s+)?(?:value|values|point|points|x|zero|zeros|root|roots)|critical\s+points?|set(?:ting)?\s+(?:\S+\s+){0,3}to\s+zero|set(?:ting)?(?=\s*[:：]))\b|求解|解方程|满足|要求|令/i;

const LOOK_BACK = 400;

/** The report with its failing identities undecided when the paragraph before sets them up as equations to solve. */
export function withEquationToSolve(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !report.claims.some((c) => c.verdict === 'fails' && c.identity !== undefined)) return report;
  const words = SETS_UP_EQUATION.exec(paragraphBefore(note, start, LOOK_BACK))?.[0];
  if (!words) return report;
  return leaveUndecided(report, (claim) => (claim.identity === undefined ? undefined : `the text before sets it up as an equation to solve ("${words}"), not an identity`));
}
