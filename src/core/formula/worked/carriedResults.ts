/**
 * A result carried from an earlier formula: `\\frac{\\partial f}{\\partial (\\text{exp})} = … = -0.53`
 * and, a line later, `0.367879 \\times (-0.53) = -0.20`. The −0.53 is the earlier
 * line's rounded result (−0.534), not an exact parameter, even with two digits:
 * the step is right when it holds for some value that rounds (or is cut) to each
 * such decimal, rounded at its last digit. A decimal of two significant digits or more counts as carried when an earlier formula of the note
 * wrote it as the result of a claim (NoteScope collects them). This reading only
 * turns "fails" into "holds"; it never makes a claim fail.
 */
import type { LatexReader } from '../read/engine';
import { judgeClaim } from '../claims';
import { significantDigits } from '../literal';
import type { SideLimits } from '../evaluate/evaluateSide';
import { rangeWithRounded } from '../rounding/roundedLiterals';
import { withinOneLastDigit } from '../rounding/lastDigitSlack';
import type { Piece } from '../split';
import type { ClaimReport, FormulaReport, SideReport } from '../types';

export const CARRIED_RESULT_READING = 'with the results of earlier formulas in it read as rounded values';

/** A written number as a key: its digits without sign, parentheses or spaces (`(-0.53)` → `0.53`). */
export function resultKey(text: string): string | undefined {
  const key = text.replace(/[()\s]/g, '').replace(/^[-−+]/, '');
  // One significant digit (0.5, 0.2) is as often an exact parameter as a rounded result.
  return /^\d*\.\d+$/.test(key) && significantDigits(key) >= 2 ? key : undefined;
}

/** The written results of a formula's claims (their claimed sides), as keys, for the formulas after it. */
export function writtenResults(report: Pick<FormulaReport, 'claims'>): string[] {
  const out: string[] = [];
  for (const claim of report.claims) {
    const side = claim.claimedSide === 'left' ? claim.left : claim.right;
    const key = side.written ? resultKey(side.source) : undefined;
    if (key !== undefined) out.push(key);
  }
  return out;
}

/** The earlier results a formula's source mentions, for its cache key. */
export function mentionedResults(source: string, earlier: ReadonlySet<string> | undefined): string {
  if (!earlier || earlier.size === 0) return '';
  return [...source.matchAll(/\d*\.\d+/g)].map((m) => m[0]).filter((d) => earlier.has(d)).sort().join(',');
}

/** `claim` unchanged unless it fails as written and holds with the earlier results in its computed side read as rounded. */
export function withEarlierResults(claim: ClaimReport, pieces: readonly [Piece, Piece], reader: LatexReader, limits: SideLimits, earlier: ReadonlySet<string> | undefined): ClaimReport {
  if (!earlier || earlier.size === 0 || claim.verdict !== 'fails') return claim;
  const computedIndex = claim.claimedSide === 'left' ? 1 : 0;
  const computed: SideReport = computedIndex === 0 ? claim.left : claim.right;
  const claimed: SideReport = computedIndex === 0 ? claim.right : claim.left;
  if (computed.value === null || claimed.value === null || !claimed.written) return claim;
  const range = rangeWithRounded(pieces[computedIndex]!, computed.value, (d) => earlier.has(d), reader, limits);
  if (!range || range.rounded === 0) return claim;
  // The carried rounding may move the result's last written digit by one unit; further it decides nothing (lastDigitSlack.ts).
  const within = withinOneLastDigit(claimed.value, claimed.written.digits, computed.value, computed.value);
  // The computed side takes every value between its corners: the nearest one to the claim decides.
  const nearest = Math.min(range.hi, Math.max(range.lo, claimed.value));
  const moved = { ...computed, value: nearest };
  const again = computedIndex === 0 ? judgeClaim(moved, claim.relation, claimed) : judgeClaim(claimed, claim.relation, moved);
  if (again.verdict !== 'holds') return claim;
  const { fix: _fix, ...rest } = claim;
  if (!within) return { ...rest, verdict: 'none', reason: `cannot evaluate: it fails as written, and holds ${CARRIED_RESULT_READING} only if they move its last written digit by two units or more` };
  return { ...rest, verdict: 'holds', reading: again.reading ? `${again.reading}, ${CARRIED_RESULT_READING}` : CARRIED_RESULT_READING };
}
