/**
 * Two equations jammed in one display block by a bare line break:
 *
 * ```
 * $$
 * \hat{m}_t = \frac{m_t}{1 - \beta_1^t}
 * \hat{v}_t = \frac{v_t}{1 - \beta_2^t}
 * $$
 * ```
 *
 * (Gaurav14cs17/ml-researcher-foundations, Adam's bias correction). TeX ignores the line
 * break and sets one chain, `… = \frac{m_t}{1-\beta_1^t} \hat{v}_t = …`, whose middle side
 * multiplies the end of one equation by the start of the next; but a reader sees each line as
 * an equation of its own, as the author meant. A claim that fails across such a break says
 * nothing against either line: it is left undecided, with the break named.
 *
 * Jammed means: no `\\` row break and no environment in the block, and at least two of its
 * lines hold a relation at the top level, the later one not opening with a relation or an
 * operator (`= x^2 + 1`, `+ c` continue the line before) and the earlier one not ending with
 * one (`a = b +` goes on). A line whose braces do not balance is part of a longer group.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

const RELATION = /=|<|>|\\(?:approx|le|ge|leq|geq|neq|ne|lt|gt|sim|simeq|leqslant|geqslant)(?![A-Za-z])/;
/** A line that goes on from the one before: it opens with a relation or an operator. */
const OPENS_WITH_OPERATOR = /^(?:[=<>+\-*/^_&]|\\(?:approx|le|ge|leq|geq|neq|ne|lt|gt|sim|simeq|leqslant|geqslant|cdot|times|pm|mp|div|quad|qquad|iff|implies|Rightarrow|to|right|big|Big|bigg|Bigg)(?![A-Za-z]))/;
/** A line that the next one continues: it ends with a relation, an operator or an opening bracket. */
const ENDS_WITH_OPERATOR = /(?:[=<>+\-*/^_&,({[]|\\(?:approx|le|ge|leq|geq|neq|ne|lt|gt|sim|simeq|cdot|times|pm|mp|div|left[.(\[{|]?|\\\{))\s*$/;

const WHY = 'the display block puts equations on separate lines without a row break (\\\\), so its chain runs across the break: each line is its own claim, not judged so';

/** Whether every brace opened in `line` is closed in it. */
function balanced(line: string): boolean {
  let depth = 0;
  for (let k = 0; k < line.length; k++) {
    const ch = line[k];
    if (ch === '\\') { k++; continue; }
    if (ch === '{') depth++;
    else if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Whether `source` is several equations on separate lines with no row break between them. */
export function jamsLines(source: string): boolean {
  if (!source.includes('\n') || source.includes('\\\\') || source.includes('\\begin')) return false;
  const lines = source.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length < 2 || !lines.every(balanced)) return false;
  for (let k = 1; k < lines.length; k++) {
    const before = lines[k - 1]!;
    const line = lines[k]!;
    if (RELATION.test(before) && RELATION.test(line) && !OPENS_WITH_OPERATOR.test(line) && !ENDS_WITH_OPERATOR.test(before)) return true;
  }
  return false;
}

/** The report with every failing claim left undecided when the block jams equations on separate lines. */
export function withJammedLines(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !jamsLines(report.source)) return report;
  return leaveUndecided(report, () => WHY);
}
