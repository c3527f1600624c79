/**
 * `2 \cdot 4096 \cdot 16384 \cdot B = 1.3e8 \cdot B`: an identity whose sides differ
 * by the same factor at every point is a claim about a constant, here
 * 2 · 4096 · 16384 = 1.3e8. identity.ts finds the factor (left / right at every
 * point that disagrees); this judges the written number a side opens with against
 * that number times the factor, with the usual readings of a written number
 * (claims.ts): 1.3e8 holds as 134217728 rounded to 2 significant digits, and
 * fails only when it fails under every reading.
 */
import { judgeClaim } from '../claims';
import type { Piece } from '../split';
import type { ClaimReport, SideReport } from '../types';

/** A written number opening a side, or its fraction's numerator, and multiplying the rest: `1.3e8 \cdot B`, `4 \times 10^{9} x`, `\frac{11.3 BD}{\sqrt{N}}`. */
const LEADING_NUMBER = /^\s*(?:\\[dt]?frac\s*\{\s*)?(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+|\s*\\(?:times|cdot)\s*10\^\{?-?\d+\}?)?)\s*(?:\\cdot|\\times|\*)?\s*(?=[A-Za-z\\({])/;

/** A side that is only a written number: the other side is then a constant at every point (identity.ts). */
const BARE_NUMBER = /^\s*(-?\d+(?:\.\d+)?)\s*$/;

/** The claim read as one about its constant, or undefined when no side opens with a written number or the reading decides nothing. */
export function constantFactorClaim(
  claim: ClaimReport,
  pieces: readonly [Piece, Piece],
  ratio: number,
  evaluateNumber: (piece: Piece) => SideReport,
): ClaimReport | undefined {
  // The right side is the claimed one when it opens with a number, as in any claim (claims.ts).
  for (const k of [1, 0] as const) {
    const m = LEADING_NUMBER.exec(pieces[k].text) ?? BARE_NUMBER.exec(pieces[k].text);
    if (!m) continue;
    const claimed = evaluateNumber({ text: m[1]!, offset: pieces[k].offset + m.index + m[0].indexOf(m[1]!) } as Piece);
    if (claimed.value === null || claimed.writtenDigits === undefined) continue;
    const value = claimed.value * (k === 1 ? ratio : 1 / ratio);
    // The factor comes from float64 evaluations of both sides: a few ulps, far below any written digit.
    const computed: SideReport = { ...(k === 1 ? claim.left : claim.right), value, symbols: [], roundingError: Math.abs(value) * 1e-12 };
    const judged = k === 1 ? judgeClaim(computed, '=', claimed) : judgeClaim(claimed, '=', computed);
    if (judged.verdict !== 'holds' && judged.verdict !== 'fails') return undefined;
    const { fix: _fix, reason: _reason, ...rest } = judged;
    const reading = `as a claim about the constant factor (${String(Number(value.toPrecision(8)))} against ${m[1]!.trim()})${judged.reading ? `, ${judged.reading}` : ''}`;
    // The sides shown are the constant and the written number, so a message reads "134217728, not = 1.5e8".
    return { ...rest, ...(judged.verdict === 'holds' ? { reading } : {}) };
  }
  return undefined;
}
