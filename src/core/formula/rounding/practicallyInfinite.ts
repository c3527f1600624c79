/**
 * `\frac{e^{450} - 1}{0.625} \approx \infty` (ttsugriy/distributed-training-book,
 * docs/composition/26-failures-checkpoints.md, "The job will never complete without
 * checkpointing"): a value written ≈ ∞ that no float32 can hold. The author does
 * not claim the value is infinite but that it is beyond any practical bound — and
 * in float32 (largest 3.4 × 10³⁸) it overflows to ∞. Such a claim is left
 * undecided; a value that float32 holds (`10^6 \approx \infty`) still fails.
 */
import type { ClaimReport, Relation } from '../types';

/** The largest finite float32, 3.4028235 × 10³⁸. */
const FLOAT32_MAX = 3.4028234663852886e38;
const INFINITY_SIDE = /^\s*(?:\+\s*)?(?:\\infty|∞)\s*$/;
const LOOSE: ReadonlySet<Relation> = new Set<Relation>(['=', '\\approx', '\\sim']);

/** `claim` undecided when it fails only by saying ≈ ∞ of a finite value beyond float32's range (same sign). */
export function withPracticallyInfinite(claim: ClaimReport, sides: readonly [string, string]): ClaimReport {
  if (claim.verdict !== 'fails' || !LOOSE.has(claim.relation)) return claim;
  const infiniteAt = sides.findIndex((s) => INFINITY_SIDE.test(s));
  if (infiniteAt < 0) return claim;
  const other = (infiniteAt === 0 ? claim.right : claim.left).value;
  if (other === null || !Number.isFinite(other) || other <= FLOAT32_MAX) return claim;
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'none', reason: 'cannot evaluate: "≈ ∞" said of a finite value beyond float32\'s largest (3.4 × 10³⁸), where it overflows to ∞; the text may mean "astronomically large"' };
}
