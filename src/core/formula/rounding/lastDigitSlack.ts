/**
 * How far the rounding of a result's inputs may move its last written digit.
 *
 * Several readings explain a written result by the rounding of the numbers it
 * was computed from: decimals read as rounded values (`9.2e14 / 1.5e10 \simeq
 * 61,000`), digits beyond those of the inputs (`0.70710678 \times 6 =
 * 4.24264069`), results carried from earlier formulas (`0.367879 \times (-0.53)
 * = -0.20`). Each lets the result stand anywhere the inputs' intervals reach,
 * which for two-digit inputs is several units of a three- or four-digit result:
 * `\frac{2.5}{7} \approx 0.355` (0.357), `\frac{1.97e14}{4.5e10} = 4375`
 * (4377.8) and `1.021 \cdot 1.1 + 1.1^2 = 2.3333` (2.3331) all held so.
 *
 * A careful reader allows the rounding of short inputs (fewer than five
 * significant digits: 1.97e14, 2.5, 1.021, as often exact as rounded) to move
 * the last written digit by one unit, never more: the result must lie within
 * one unit of its last written digit of the value its written inputs give. A
 * result two units or more off is a slip in the arithmetic, not a rounding the
 * author inherited. Inputs of five digits or more are visibly values cut for
 * display (0.70710678, −0.11290323 of a pseudo-inverse): their rounding may move
 * the result as far as it propagates (`A^+ b` = −1.06451613 against −1.06451608).
 *
 * Beyond one unit such a reading decides nothing: the claim is undecided, not
 * failed. Short inputs are sometimes rounded after all (`0.5\,(4.0 \cdot 0.999 +
 * 2 \cdot 0.0001 - 1/\sqrt{\pi}) = 1.718`, m-ciniello/omscs-ml-notes, is right for
 * the Φ(4) = 0.99997 the 0.999 stands for), and a false "fails" is worse than an
 * undecided claim.
 */
import type { Reading } from './authorRounding';

/** Significant digits from which a written decimal is visibly a value cut for display. */
export const LONG_INPUT_DIGITS = 5;

/** One unit of the last of `digits` significant digits of `claimed` (1000 for 61,000 at 2 digits). */
export function lastDigitUnit(claimed: number, digits: number): number {
  return 10 ** (Math.floor(Math.log10(Math.abs(claimed)) + 1e-12) - digits + 1);
}

/**
 * Whether `claimed`, written with `digits` significant digits, is within one unit of its last
 * digit of some value in [lo, hi] (the value computed from the inputs as written, with the
 * float64 reach). Zero and non-finite values are not judged here (true).
 */
export function withinOneLastDigit(claimed: number, digits: number, lo: number, hi: number): boolean {
  if (claimed === 0 || !Number.isFinite(claimed) || !Number.isFinite(lo) || !Number.isFinite(hi) || digits < 1) return true;
  const unit = lastDigitUnit(claimed, digits);
  const nearest = Math.min(Math.max(claimed, Math.min(lo, hi)), Math.max(lo, hi));
  // A hair of slack for decimal strings turned into doubles (4.24264069 − 4.24264068 is not exactly 1e-8).
  return Math.abs(claimed - nearest) <= unit * (1 + 1e-9);
}

/** `reading` as it stands when the result is `within` one unit of its last digit, else a hold demoted to undecided. */
export function inheritedRounding(reading: Reading, within: boolean): Reading {
  if (within || reading.verdict !== 'holds') return reading;
  return { name: `${reading.name} (which would move its last written digit by two units or more)`, verdict: 'none' };
}
