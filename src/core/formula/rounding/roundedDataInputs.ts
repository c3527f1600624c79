/**
 * A result computed from summary statistics the note shows rounded: a two-sample test
 * statistic `\frac{17.73-35.98 - 0}{\sqrt{\frac{19.96^2}{11} + \frac{33.63^2}{13}}} = -1.645`
 * (MirandaRintoulBadger/statistics-notes, 09-two-sample), where the table gives each mean and
 * standard deviation to two decimals. The author's −1.645 is what the raw data give (software
 * output); the rounded table values give −1.6441. A careful reader does not call that claim
 * wrong: every value in [−1.6453, −1.6429] is what some data rounding to those table values give.
 *
 * The reading, under `=` only (`\approx` has its own, claims.ts), for a claim that fails as
 * written: each decimal of three or four significant digits on the computed side (what looks like
 * a rounded measurement, not an exact parameter such as 0.9 or 1.5, nor a value cut for display,
 * which lastDigitSlack.ts already allows for) moves by half a unit of its last digit. When some
 * such values give the written result, and the result is within one unit of its last digit of the
 * value its inputs give as written (lastDigitSlack.ts), the claim is undecided, never held: an
 * author who typed the inputs as exact and slipped a last digit writes the same thing. A result
 * two units or more off, or one no such rounding reaches, still fails.
 */
import type { LatexReader } from '../read/engine';
import { judgeClaim } from '../claims';
import { significantDigits } from '../literal';
import type { SideLimits } from '../evaluate/evaluateSide';
import type { Piece } from '../split';
import type { ClaimReport, SideReport } from '../types';
import { rangeWithRounded } from './roundedLiterals';
import { LONG_INPUT_DIGITS, withinOneLastDigit } from './lastDigitSlack';

export const ROUNDED_DATA_UNDECIDED = 'cannot evaluate: it fails as written, but holds with its three- or four-digit decimals read as rounded data (each ± half a unit of its last digit), which moves its last written digit by one unit';

/** A decimal that looks like a rounded measurement: three or four significant digits. */
function roundedDatum(literal: string): boolean {
  const digits = significantDigits(literal);
  return digits >= 3 && digits < LONG_INPUT_DIGITS;
}

/** `claim` unchanged unless it is an `=` with a written result that only the rounding of its data inputs reaches. */
export function withRoundedDataInputs(claim: ClaimReport, pieces: readonly [Piece, Piece], reader: LatexReader, limits: SideLimits): ClaimReport {
  if (claim.verdict !== 'fails' || claim.relation !== '=' || claim.identity) return claim;
  const computedIndex = claim.claimedSide === 'left' ? 1 : 0;
  const computed: SideReport = computedIndex === 0 ? claim.left : claim.right;
  const claimed: SideReport = computedIndex === 0 ? claim.right : claim.left;
  if (computed.value === null || claimed.value === null || !claimed.written || computed.written) return claim;
  if (!withinOneLastDigit(claimed.value, claimed.written.digits, computed.value, computed.value)) return claim;
  const range = rangeWithRounded(pieces[computedIndex]!, computed.value, roundedDatum, reader, limits);
  if (!range || range.rounded === 0) return claim;
  const nearest = Math.min(range.hi, Math.max(range.lo, claimed.value));
  const moved = { ...computed, value: nearest };
  const again = computedIndex === 0 ? judgeClaim(moved, claim.relation, claimed) : judgeClaim(claimed, claim.relation, moved);
  if (again.verdict !== 'holds') return claim;
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'none', reason: ROUNDED_DATA_UNDECIDED };
}
