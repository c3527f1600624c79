/**
 * `6\times -0.4472136^2 + 4\times -0.4472136\times 0.89442719 + 3 \times 0.89442719^2 = 2`
 * (deeplearningbook-notes): the author substitutes x₁ = −0.447 into 6x₁², and
 * means 6·(−0.447)². Read by precedence it is 6·−(0.447²), and claims.ts leaves
 * the claim undecided when it fails so. This reading evaluates the side with each
 * signed number after `\times`, `\cdot`, `*` or `/` taken as the base of its
 * power; the claim holds if it holds then. It never turns a claim into "fails":
 * the precedence reading is one the note may mean too.
 */
import type { ClaimReport, SideReport } from '../types';
import type { Piece } from '../split';
import { judgeClaim } from '../claims';

/** A signed number right after a product or quotient sign and raised to a power: `\times -0.447^2`. */
const SIGNED_BASE = /(\\times|\\cdot|\*|\/)\s*-\s*(\d+(?:\.\d+)?|\.\d+)\s*(?=\^)/g;

export const SIGNED_BASE_READING = 'with -b^2 after a product sign read as (-b)^2, the number substituted';

/** The claim undecided by claims.ts for `a·-b^2`, judged again with (-b)^2 (see the file comment). */
export function withSignedBases(claim: ClaimReport, pieces: readonly [Piece, Piece], evaluate: (piece: Piece) => SideReport): ClaimReport {
  if (claim.verdict !== 'none' || !claim.reason?.includes('a·-b^2')) return claim;
  const k = claim.claimedSide === 'right' ? 0 : 1;
  const text = pieces[k].text.replace(SIGNED_BASE, (_m, op: string, digits: string) => `${op} (-${digits})`);
  if (text === pieces[k].text) return claim;
  const side = evaluate({ ...pieces[k], text });
  const other = k === 0 ? judgeClaim(side, claim.relation, claim.right) : judgeClaim(claim.left, claim.relation, side);
  if (other.verdict !== 'holds') return claim;
  // The side keeps the author's text; its value is the one this reading gives.
  const shown = { ...side, source: (k === 0 ? claim.left : claim.right).source };
  const { fix: _fix, ...held } = other;
  return { ...held, ...(k === 0 ? { left: shown } : { right: shown }), reading: `${SIGNED_BASE_READING}${other.reading ? `, ${other.reading}` : ''}` };
}
