/**
 * Shapes multiplied and added as the matrices they describe: a vectorised layer written as
 * `Z^{[1]} = W^{[1]}X + b^{[1]}` and under it `(4\times m) = (4\times 2)(2\times m)+(4\times 1)`
 * (iftrush/Deep-Learning-Notes, "Shallow Neural Network.md"). Each `(a \times b)` is the shape of
 * a matrix: juxtaposed shapes multiply as matrices do (the inner sizes meet, the outer remain), and
 * a sum broadcasts (a size of 1 stretches). Read as numbers, 4m = 8·2m + 4 fails.
 *
 * A failing claim whose two sides are such shape expressions, and whose shapes agree under that
 * reading, is left undecided. Shapes that do not agree, `(4\times m) = (4\times 3)(2\times m)`,
 * keep the verdict they had.
 */
import type { FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

type Shape = readonly [string, string];

/** One shape `(a \times b)`: sizes are numbers or names (`m`, `n_x`, `n^{[1]}`). */
const FACTOR = /^\(\s*([A-Za-z0-9_^{}[\]]+)\s*(?:\\times|×)\s*([A-Za-z0-9_^{}[\]]+)\s*\)/;

/** The shapes of a product written as juxtaposed `(a \times b)` groups, or undefined when that is not all it is. */
function productShape(text: string): Shape | undefined {
  let rest = text.trim();
  let shape: Shape | undefined;
  while (rest) {
    const factor = FACTOR.exec(rest);
    if (!factor) return undefined;
    const next: Shape = [factor[1]!.replace(/\s/g, ''), factor[2]!.replace(/\s/g, '')];
    if (shape && shape[1] !== next[0]) return undefined;
    shape = shape ? [shape[0], next[1]] : next;
    rest = rest.slice(factor[0].length).trim();
  }
  return shape;
}

/** Sizes that broadcast to one: equal, or one of them 1. */
function broadcast(a: string, b: string): string | undefined {
  return a === b ? a : a === '1' ? b : b === '1' ? a : undefined;
}

/** The shape of a side written only with shapes, `+` between products; undefined when it is anything else or does not fit. */
export function shapeOfSide(text: string): Shape | undefined {
  let shape: Shape | undefined;
  for (const term of text.split('+')) {
    const next = productShape(term);
    if (!next) return undefined;
    if (!shape) shape = next;
    else {
      const rows = broadcast(shape[0], next[0]);
      const columns = broadcast(shape[1], next[1]);
      if (rows === undefined || columns === undefined) return undefined;
      shape = [rows, columns];
    }
  }
  return shape;
}

/** At least two shapes on the claim: a product or a sum of them. */
const TWO_SHAPES = /\)\s*(?:\+\s*)?\(/;

/** The report with a claim about matrix shapes that agree left undecided. */
export function withShapeAlgebra(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !/\\times|×/.test(report.source)) return report;
  return leaveUndecided(report, (claim) => {
    if (claim.relation !== '=' || !TWO_SHAPES.test(claim.left.source + claim.right.source)) return undefined;
    const left = shapeOfSide(claim.left.source);
    const right = shapeOfSide(claim.right.source);
    if (!left || !right || left[0] !== right[0] || left[1] !== right[1]) return undefined;
    return `both sides are matrix shapes, (${left[0]} × ${left[1]}), multiplied and broadcast as matrices`;
  });
}
