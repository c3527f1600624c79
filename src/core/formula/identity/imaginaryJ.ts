/**
 * j for the imaginary unit, as signal-processing and circuits notes write it:
 * `e^{-j2\pi/3} = -\tfrac{1}{2} - j\tfrac{\sqrt{3}}{2}` (wangywUST/wangywust.github.io,
 * CourseADSP2026/lecture_1.md, with `s = \sigma + j\Omega`). Read with j a real
 * variable the claim fails at random points; read with j² = −1 it holds exactly.
 * A failing claim whose only free symbol is j, where j is no index (`x_j`,
 * `\sum_{j=1}`), is judged again with j the imaginary unit: it holds when the
 * sides agree so, and otherwise keeps its verdict (the random-point check
 * already found it wrong for a real j, and it is wrong for j = √−1 too).
 */
import type { ClaimReport, SideReport } from '../types';
import type { Piece } from '../split';
import { judgeComplexClaim } from '../evaluate/complex';

export const IMAGINARY_J_READING = 'with j the imaginary unit (j² = −1), as engineering notes write it';

/** A bare j: not part of a name or a command. */
const BARE_J = /(?<![A-Za-z\\])j(?![A-Za-z])/g;
/** j in a subscript or a bound: an index (`x_j`, `a_{ij}`, `\sum_{j=1}`). */
const INDEX_J = /_\s*(?:j(?![A-Za-z])|\{[^{}]*(?<![A-Za-z\\])j)/;

/** Whether the claim fails at random points with j its only free symbol, and j is no index. */
function failsWithRealJ(claim: ClaimReport, pieces: readonly [Piece, Piece]): boolean {
  const at = claim.identity?.counterexample?.at;
  if (claim.verdict !== 'fails' || at === undefined) return false;
  const names = Object.keys(at);
  return names.length === 1 && names[0] === 'j' && !pieces.some((p) => INDEX_J.test(p.text));
}

/**
 * `claim` holding with j the imaginary unit, when it fails with j real (see the
 * module comment); `evaluateComplex` evaluates a side's LaTeX with `\mathrm{i}`
 * the imaginary unit.
 */
export function withImaginaryJ(claim: ClaimReport, pieces: readonly [Piece, Piece], evaluateComplex: (piece: Piece) => SideReport): ClaimReport {
  if (!failsWithRealJ(claim, pieces)) return claim;
  const [left, right] = pieces.map((p) => evaluateComplex({ ...p, text: p.text.replace(BARE_J, '\\mathrm{i}') }));
  if (left!.symbols.length > 0 || right!.symbols.length > 0) return claim;
  const judged = judgeComplexClaim(left!, claim.relation, right!);
  if (judged.verdict !== 'holds') return claim;
  const { fix: _fix, identity: _identity, ...rest } = claim;
  return { ...rest, verdict: 'holds', relativeError: judged.relativeError, reading: IMAGINARY_J_READING };
}
