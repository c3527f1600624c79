/**
 * A chain that turns approximate at an `\approx` and goes on with `=`: each side after the
 * `\approx` stands for the same quantity rounded in its own way. A Chinese note on serving
 * Nemotron's 512 experts (found by the code search, which does not name its repository) counts:
 *
 *     48 × 512 × (2 × 2048 × 5120) ≈ 48 × 512 × 21M = 48 × 10.74B = 515.5B
 *
 * 21M is 20.97M rounded and 10.74B is 512 × 20.97M rounded: the two middle sides differ by
 * 0.1 %, and both are the exact count to within what `\approx` allows. The author's `=` there
 * says "and also", not that 516.1B equals 515.5B. A failing `=` step after an `\approx` whose
 * two sides both agree, under `\approx`, with the side the `\approx` rounded — or, when that side
 * has no value (`48 \text{ layers} \times …`), with each other — is left undecided. A step one
 * of whose sides strays from that exact side, or from the other beyond what `\approx` allows,
 * still fails.
 */
import { judgeClaim } from '../claims';
import type { ClaimReport, Relation, SideReport } from '../types';

export interface ApproximateChain {
  readonly evaluated: readonly SideReport[];
  readonly relations: readonly Relation[];
  /** A side's value, read as a count when units.ts gives one (`21\text{M}`). */
  readonly valueOf: (k: number) => number | null;
}

/** `claim` (the step between sides k and k + 1) undecided under the reading above, or unchanged. */
export function withApproximateChain(claim: ClaimReport, k: number, chain: ApproximateChain): ClaimReport {
  if (claim.verdict !== 'fails' || claim.relation !== '=' || k === 0) return claim;
  const approx = chain.relations.lastIndexOf('\\approx', k - 1);
  if (approx < 0 || chain.relations.slice(approx + 1, k).some((r) => r !== '=')) return claim;
  const side = (j: number): SideReport | undefined => {
    const value = chain.valueOf(j);
    return value === null || !Number.isFinite(value) ? undefined : { ...chain.evaluated[j]!, value };
  };
  const left = side(k);
  const right = side(k + 1);
  if (!left || !right) return claim;
  const exact = side(approx);
  const agree = (a: SideReport, b: SideReport): boolean => judgeClaim(a, '\\approx', b).verdict === 'holds';
  if (exact ? !agree(exact, left) || !agree(exact, right) : !agree(left, right)) return claim;
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'none', reason: 'cannot evaluate: after the chain\'s ≈ both sides are the same value rounded (they agree under ≈), so this = may mean "and also ≈"' };
}
