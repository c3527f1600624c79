/**
 * "I can order the items as $1 > 2 > 3 > 4$" (CrumpLab/statistics, 01-Science_Data.md): the
 * numbers are the labels of four statements, ranked by how far they agree with the science.
 * As numbers every link is false, which no author claims; a chain of three or more bare
 * whole numbers joined by `>` or `<` (or `\gt`, `\lt`, `\succ`) whose every link fails is a
 * ranking of numbered things, left undecided.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

const RANKING = /^\s*\d+(?:\s*(?:>|<|\\gt|\\lt|\\succ|\\prec)\s*\d+){2,}\s*[.,;]?\s*$/;

const RANKING_REASON = 'a ranking of numbered items, not a comparison of numbers (every link would be false)';

/** The report with its claims undecided when the formula is such a ranking. */
export function withRankedLabels(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !RANKING.test(report.source) || !report.claims.every((c) => c.verdict === 'fails')) return report;
  return leaveUndecided(report, () => RANKING_REASON);
}
