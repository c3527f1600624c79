/**
 * A chain that opens with an absolute value and takes it at a later step:
 * `|J|= \det \begin{bmatrix}…\end{bmatrix}=\det \begin{bmatrix}0 & 1 \\ 1 & -1\end{bmatrix} = |-1|=1`
 * (Tulbm/Stats-Notes, Math Stats 2/Transformation technique.md). The author computes the determinant
 * and writes the bars of the |J| the chain is about where the sign is dropped; the link `det = |−1|`
 * read alone fails by the sign only.
 *
 * A failing link is left undecided when the formula's first side is written between bars (`|J|`,
 * `\left| … \right|`, `\lvert … \rvert`), the link's right side is written between bars too, and the
 * two values differ by their sign only. Any other slip in such a chain (a wrong magnitude) still fails.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** A side written wholly between absolute-value bars. */
const BETWEEN_BARS = /^(?:\|[^|]+\||\\left\s*\|[\s\S]+\\right\s*\||\\lvert[\s\S]+\\rvert|\\vert[\s\S]+\\vert)$/;

/** The report with the sign-only fails of a chain about an absolute value left undecided. */
export function withAbsoluteValueChain(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !BETWEEN_BARS.test(report.sides[0]?.source.trim() ?? '')) return report;
  return leaveUndecided(report, (claim) => {
    const [left, right] = [claim.left.value, claim.right.value];
    if (claim.relation !== '=' || left === null || right === null || right === 0) return undefined;
    if (!BETWEEN_BARS.test(claim.right.source.trim()) || Math.abs(left + right) > 1e-9 * Math.abs(right)) return undefined;
    return `the chain is about the absolute value ${report.sides[0]!.source.trim()}, whose bars this step takes (the sides differ by their sign only)`;
  });
}
