/**
 * An expression that runs across the formula's opening delimiter: "例如，
 * $x=3,m=7,a=5,3\times 5=15,15$%$7=1$，所以5是3关于模7的逆元"
 * (PrideLee/Machine-Learning-Notes, Problem Solving with Algorithms and Data
 * Structures Using Python, chapter 8: 15 % 7 = 1, the % typed outside the math).
 * The formula `7=1` is the end of a longer expression whose start lies before it.
 *
 * A formula whose opening delimiter comes right after an operator glyph (`%`,
 * `*`, `/`, `÷`, `×`, `^`), no space between, has its left side cut off: its
 * failing claims are left undecided. `15 % $7=1$`, with a space, is prose and
 * its claim is judged as written.
 *
 * A multiplication or division sign, `×` or `÷`, is an operator even with a space before the
 * delimiter: "16 bytes/param × $1.637 \times 10^9 \approx 26.2$ GB"
 * (SDcodehub/SDcodehub.github.io, _posts/2025-11-30-adamw-accounting-resource-estimates.md).
 *
 * A formula that opens with `<` or `>` has its left side in the prose: "The
 * comparison between $\beta_i$ and 1 … $>1, <1, =1$ meanings"
 * (major-second/104-public-knowledge-base, quant-mid-low-freq/factor-models/CAPM.md).
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

const OPERATOR_GLYPH = /[%*/÷×^]/;
/** `×` or `÷` and spaces right before the delimiter: prose does not use them but as operators. */
const SPACED_PRODUCT_BEFORE = /[×÷][ \u00a0]+$/;

/** The report with its failing claims undecided when an operator glued to its opening delimiter starts it. */
export function withOperatorBeforeFormula(note: string, start: number, report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails') return report;
  if (/^\s*(?:[<>]|\\(?:lt|gt|le|ge|leq|geq)(?![A-Za-z]))/.test(report.source)) return leaveUndecided(report, () => 'it opens with a comparison: its left side is in the text before');
  const spaced = SPACED_PRODUCT_BEFORE.exec(note.slice(Math.max(0, start - 8), start));
  if (spaced) return leaveUndecided(report, () => `the text right before it ends with "${spaced[0].trim()}": its left side begins outside the formula`);
  if (start === 0 || !OPERATOR_GLYPH.test(note[start - 1]!)) return report;
  const glyph = note[start - 1]!;
  return leaveUndecided(report, () => `the text right before it ends with "${glyph}": its left side begins outside the formula`);
}
