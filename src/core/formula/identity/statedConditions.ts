/**
 * An identity that fails at random points may hold under a condition its author
 * states in the same formula: the Gini derivation of a decision-tree note ends
 * `… = p_1(p_1+p_2+p_3)+p_2(p_1+p_2+p_3)+p_3(p_1+p_2+p_3) = p_1+p_2+p_3 = 1`, whose
 * next-to-last link holds only where the probabilities sum to 1, as the last
 * link says. Random points know nothing of the condition, so such a link is left
 * undecided, never failed.
 */
import type { ClaimReport } from '../types';
import { PROPERTY_REASON } from './identityDoubts';
import { statesSupport } from '../undecidedClaims';

/** The reasons identity.ts gives a claim between expressions that holds nowhere or only somewhere: an equation. */
export const EQUATION_REASONS = ['it is an equation to solve, not an identity', 'it holds at some points and not at others', PROPERTY_REASON];

function symbolsOf(claim: ClaimReport): Set<string> {
  return new Set([...claim.left.symbols, ...claim.right.symbols]);
}

function isEquation(claim: ClaimReport): boolean {
  return claim.verdict === 'none' && EQUATION_REASONS.some((r) => claim.reason?.endsWith(r) === true) && symbolsOf(claim).size > 0;
}

/** The formula's claims, with each failed identity undecided where an equation of the same formula constrains all of its own variables. */
export function underStatedConditions(claims: readonly ClaimReport[]): ClaimReport[] {
  return underStatedSupport(underStatedEquations(claims));
}

/**
 * `|x| + x = 2x, x \\ge 0`, `P(X=k) = …, k = 0,1,\\cdots,n`: a failing claim over the letter a support row after it bounds
 * (statesSupport, undecidedClaims.ts) may hold on that support; random points know nothing of it, so it is left undecided.
 */
function underStatedSupport(claims: ClaimReport[]): ClaimReport[] {
  if (!claims.some((c) => c.verdict === 'fails')) return claims;
  return claims.map((claim, i) => {
    if (claim.verdict !== 'fails') return claim;
    const support = claims.slice(i + 1).find((_c, j) => statesSupport(claims, i + 1 + j));
    if (!support) return claim;
    const letter = support.left.source.replace(/^(?:\s*\\(?:[,;:! ]|q?quad(?![A-Za-z])))+/, '').trim();
    if (!symbolsOf(claim).has(letter)) return claim;
    const { fix: _fix, ...rest } = claim;
    return { ...rest, verdict: 'none', reason: `cannot evaluate: it fails at random points, but the formula gives the support of ${letter} (${support.left.source.trim()} ${support.relation} ${support.right.source.trim()}), where it may hold` };
  });
}

function underStatedEquations(claims: readonly ClaimReport[]): ClaimReport[] {
  const equations = claims.filter(isEquation);
  if (equations.length === 0) return [...claims];
  return claims.map((claim) => {
    if (claim.verdict !== 'fails' || claim.identity?.counterexample === undefined) return claim;
    const own = symbolsOf(claim);
    const condition = equations.find((e) => [...symbolsOf(e)].every((s) => own.has(s)));
    if (!condition) return claim;
    const { fix: _fix, ...rest } = claim;
    const stated = `${condition.left.source} = ${condition.right.source}`;
    return { ...rest, verdict: 'none', reason: `cannot evaluate: it fails at random points, but the formula also states ${stated}, a condition it may hold under` };
  });
}
