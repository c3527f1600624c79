/**
 * Judges one relation between two evaluated sides.
 *
 * - `\approx` holds when the computed value, rounded to as many significant
 *   digits as the author wrote, equals the number written (1.5^100 ≈ 4×10^17
 *   holds; 0.9^50 ≈ 0.05 fails). The written number is the right side when it
 *   is a plain number, else the left; when neither is, the sides must agree
 *   to 3 significant digits (relative error ≤ 5×10^-3).
 * - `=` holds to 1e-12 relative; `\neq` is its negation; `<`, `>`, `\le`,
 *   `\ge` compare the float64 values.
 * - Rounding residue: two sides whose difference is within the rounding error
 *   float64 may have made computing them (the first-order bound the
 *   interpreter carries, `roundingError`, doubled because library functions
 *   such as sin are faithful to 1 ulp rather than ½) are equal for every
 *   relation: sin(π) = 0 and cos(π/2) = 0 hold (residues 1.2e-16 and 6.1e-17
 *   against a bound of 3.5e-16 and 1.7e-16 carried from π's own rounding),
 *   sin(π) > 0 fails, while 10^{-20} = 0 still fails (its bound is ~10^-36).
 *   `\approx` uses this only against 0, where there are no digits to round to.
 */
import { readWrittenNumber, type NumberStyle } from './literal';
import { latexNumber } from './latexNumber';
import type { ClaimReport, QuickFix, Relation, SideReport, Verdict } from './types';

const EQUAL_TOLERANCE = 1e-12;
const LOOSE_APPROX_TOLERANCE = 5e-3;
const ROUNDING_FACTOR = 2;

/** The verdict of `left relation right`. */
export function judgeClaim(left: SideReport, relation: Relation, right: SideReport): ClaimReport {
  const claimedSide = right.writtenDigits !== undefined || left.writtenDigits === undefined ? 'right' : 'left';
  const base = { relation, left, right, claimedSide } as const;
  if (left.value === null || right.value === null) return { ...base, verdict: 'none', relativeError: null };
  const claimed = claimedSide === 'right' ? right : left;
  const computed = claimedSide === 'right' ? left : right;
  const c = claimed.value as number;
  const v = computed.value as number;
  const relativeError = relError(v, c);
  const residue = ROUNDING_FACTOR * ((left.roundingError ?? 0) + (right.roundingError ?? 0));
  // `\approx` against a non-zero number keeps its own rule: the value rounded to the digits written.
  const withinRounding = Math.abs(left.value - right.value) <= residue && (relation !== '\\approx' || c === 0);
  const holds = withinRounding
    ? relation === '=' || relation === '\\approx' || relation === '\\le' || relation === '\\ge'
    : decide(relation, left.value, right.value, v, claimed, relativeError);
  const verdict: Verdict = holds ? 'holds' : 'fails';
  const fix = verdict === 'fails' ? quickFix(relation, claimed, v) : undefined;
  return fix ? { ...base, verdict, relativeError, fix } : { ...base, verdict, relativeError };
}

/** |computed − claimed| / |claimed|: Infinity when the claim is 0 and the value is not (no relative scale exists). */
export function relError(computed: number, claimed: number): number {
  if (computed === claimed) return 0;
  const diff = Math.abs(computed - claimed);
  return claimed === 0 ? Infinity : diff / Math.abs(claimed);
}

function decide(relation: Relation, l: number, r: number, computed: number, claimed: SideReport, relative: number): boolean {
  switch (relation) {
    case '=': return nearlyEqual(l, r);
    case '\\neq': return !nearlyEqual(l, r);
    case '<': return l < r;
    case '>': return l > r;
    case '\\le': return l <= r || nearlyEqual(l, r);
    case '\\ge': return l >= r || nearlyEqual(l, r);
    case '\\approx': return approximatelyEqual(computed, claimed, relative);
  }
}

function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= EQUAL_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

function approximatelyEqual(computed: number, claimed: SideReport, relative: number): boolean {
  const value = claimed.value as number;
  if (claimed.writtenDigits === undefined) return relative <= LOOSE_APPROX_TOLERANCE;
  if (!Number.isFinite(computed)) return computed === value;
  const rounded = Number(computed.toPrecision(claimed.writtenDigits));
  // Both numbers are decimal strings turned into doubles; allow for that last-bit noise only.
  return nearlyEqual(rounded, value);
}

/** Replace the claimed side with the computed value, in the author's style and precision. */
function quickFix(relation: Relation, claimed: SideReport, computed: number): QuickFix | undefined {
  if ((relation !== '\\approx' && relation !== '=') || !Number.isFinite(computed)) return undefined;
  const written = readWrittenNumber(claimed.source);
  const style: NumberStyle = written?.style ?? 'times';
  const digits = relation === '=' ? 6 : Math.max(claimed.writtenDigits ?? 3, 1);
  return { start: claimed.offset, end: claimed.offset + claimed.source.length, text: latexNumber(computed, digits, style) };
}
