/**
 * A derivation that solves an equation for one unknown row by row and ends with it alone:
 *
 *     z & = & 0 & = & b & + & w_1x_1 & + & w_2x_2 \\
 *       &   & -w_2x_2 & = & b & + & w_1x_1 \\
 *       &   & x_2 & = & -\frac{b}{w_2} & - & \frac{w_1}{w_2}x_1
 *
 * (pytorch-step-by-step, the decision boundary). Each row before the last is an
 * equation, which the identity check leaves undecided; the last row, `x_2 = …`, is
 * the solution. A careful reader checks the solution by putting it back: every
 * equation row must then hold for every value of the other names. When all of them
 * do, they hold ("with x_2 = … put back"); when one does not, nothing is decided (the
 * slip may be in any row), so the reading only confirms.
 */
import type { LatexReader, MathJson } from '../read/engine';
import { normalizeLatex } from '../read/preprocess';
import type { ClaimReport } from '../types';
import { checkIdentity, flattenSubscripts, variablesOf } from '../identity/identity';
import { EQUATION_REASONS } from '../identity/statedConditions';

const isEquation = (claim: ClaimReport): boolean =>
  claim.verdict === 'none' && claim.relation === '=' && EQUATION_REASONS.some((r) => claim.reason?.endsWith(r) === true);

/** `tree` (its subscripts flattened) with every occurrence of the name `name` replaced by `value`. */
export function substitute(tree: MathJson, name: string, value: MathJson): MathJson {
  if (tree === name) return value;
  return Array.isArray(tree) ? (tree as readonly MathJson[]).map((item, k) => (k === 0 ? item : substitute(item, name, value))) : tree;
}

/** The formula's claims with its equation rows held when the solution of its last row, put back, satisfies every one. */
export function withSolvedRows(claims: readonly ClaimReport[], reader: LatexReader, deadline: number): readonly ClaimReport[] {
  const last = claims[claims.length - 1];
  const equations = claims.filter(isEquation);
  if (!last || equations.length === 0 || last.verdict !== 'none' || last.relation !== '=' || last.reason !== undefined) return claims;
  const read = (latex: string): MathJson => flattenSubscripts(reader.read(normalizeLatex(latex)));
  try {
    const unknown = read(last.left.source);
    if (typeof unknown !== 'string') return claims;
    const solution = read(last.right.source);
    if (variablesOf(solution).has(unknown)) return claims;
    const held = new Set<ClaimReport>();
    for (const equation of equations) {
      const sides = [equation.left.source, equation.right.source].map((s) => read(s));
      if (!sides.some((side) => variablesOf(side).has(unknown))) return claims;
      const [left, right] = sides.map((side) => substitute(side, unknown, solution));
      const latex = `${equation.left.source} = ${equation.right.source} = ${last.right.source}`.replace(/&/g, ' ');
      const outcome = checkIdentity(latex, left!, right!, new Map(), deadline, true);
      if (outcome.kind !== 'judged' || outcome.verdict !== 'holds') return claims;
      held.add(equation);
    }
    const plain = (latex: string): string => latex.replace(/&/g, ' ').replace(/\s+/g, ' ').trim();
    const reading = `with ${plain(last.left.source)} = ${plain(last.right.source)} (the last row) put back`;
    return claims.map((claim) => {
      if (!held.has(claim)) return claim;
      const { reason: _reason, ...rest } = claim;
      return { ...rest, verdict: 'holds', reading };
    });
  } catch {
    return claims;
  }
}
