/**
 * A size computed and then written as a shape: "A 3×3 kernel with stride 1
 * and valid padding on a 7×7 input: Output size: $(7 - 3 + 0) / 1 + 1 = 5×5$"
 * (dmccreary/linear-algebra, docs/sims/convolution-operation/index.md). The 5×5
 * is five by five, the shape of the output, not 25.
 *
 * A failing claim whose right side is whole numbers joined by × (`5×5`,
 * `13 \times 13 \times 256`) and whose left side, written without ×, gives the
 * first of them, is left undecided. `(7 - 3 + 0) / 1 + 1 = 6×6` still fails.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

/** `5×5`, `28 \times 28`, `13 \times 13 \times 256`: a shape written with whole numbers. */
const SHAPE = /^\s*(\d+)(?:\s*(?:×|\\times)\s*\d+){1,3}\s*$/;
/**
 * A bold or upright wrapper around the whole side: `110 + 1 = \mathbf{111 \times 111}` output
 * size (a CNN note on output sizes, found by the code search).
 */
const WRAPPER = /^\s*\\(?:mathbf|textbf|boldsymbol|bm|mathrm)\s*\{([^{}]*)\}\s*$/;

function shapeOf(source: string): RegExpExecArray | null {
  return SHAPE.exec(WRAPPER.exec(source)?.[1] ?? source);
}

/** The report with a count written on as its shape left undecided. */
export function withWrittenShape(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !/×|\\times/.test(report.source)) return report;
  return leaveUndecided(report, (claim) => {
    const shape = shapeOf(claim.right.source);
    if (claim.relation !== '=' || !shape || /×|\\times/.test(claim.left.source) || claim.left.value !== Number(shape[1])) return undefined;
    return `${claim.right.source.trim()} may be the shape (${shape[1]} by …) of what the left side counts, not a product`;
  });
}
