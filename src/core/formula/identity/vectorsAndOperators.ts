/**
 * Letters the identity check samples as numbers that the formula writes as
 * something else — read from the formula as the note wrote it, before its
 * decorations are taken off:
 *
 * - `\mathbf{u} \times \mathbf{v} = -(\mathbf{v} \times \mathbf{u})`
 *   (dmccreary/linear-algebra, docs/chapters/01-vectors-and-vector-spaces/index.md):
 *   a × between bold or arrowed names is the cross product, anti-commutative;
 *   as numbers u·v = −v·u fails.
 * - `E[x-\alpha] = … = [Ex-\alpha]^2+Ex^2-E2x(Ex)+E(Ex)^2` (PrideLee/Machine-Learning-Notes,
 *   Introduction to Information Retrieval, chapter 14): E applied to a bracket is
 *   the expectation, so `Ex` is E[x], not E times x.
 *
 * A failing identity claim of such a formula is left undecided. A claim of the
 * same note with a dot product or without E still fails.
 */
import type { ClaimReport, FormulaReport } from '../types';
import { leaveUndecided } from '../undecidedClaims';

const VECTOR = String.raw`\\(?:mathbf|vec|boldsymbol|bm|overrightarrow)\s*\{?\s*\\?[A-Za-z]+\s*\}?`;
/** `\mathbf{u} \times \mathbf{v}`, `\vec a \times (\vec b …`: the cross product of vectors. */
const VECTOR_CROSS = new RegExp(String.raw`${VECTOR}\s*\\times\s*(?:\\left\s*)?\(?\s*${VECTOR}`);
/** `E[x - \alpha]`, `E(Ex)^2`: E applied to a bracket, the expectation operator. */
const EXPECTATION_APPLIED = /(?<![\\A-Za-z])E\s*(?:\\left\s*)?[[(]/;

const EXPECTATION = 'E applied to a bracket is the expectation operator, so E before a letter is no number';

/** The report with its failing identities undecided when the formula writes vectors crossed or the expectation operator E. */
export function withVectorsAndOperators(report: FormulaReport): FormulaReport {
  if (report.verdict !== 'fails' || !/\\times|E/.test(report.source)) return report;
  const why = VECTOR_CROSS.test(report.source)
    ? 'a × between vectors is their cross product, not a product of numbers'
    : EXPECTATION_APPLIED.test(report.source)
      ? EXPECTATION
      : undefined;
  if (why === undefined) return report;
  // E must be a letter the check sampled: `E(X^2) = \sum … = \lambda(\lambda+1)^{e}` fails in λ alone and still fails.
  const sampled = (claim: ClaimReport): boolean => claim.identity !== undefined && (why !== EXPECTATION || 'E' in (claim.identity.counterexample?.at ?? {}));
  return leaveUndecided(report, (claim) => (sampled(claim) ? why : undefined));
}
