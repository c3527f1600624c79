/**
 * Roundings an author makes by hand that a careful reader does not flag, read
 * as further readings of a written number (claims.ts, otherReadings). Each was
 * a false "fails" in public notes (Vtheonly/Obsidian_Notes):
 *
 * - `12,288 \times 128 + 128 = 1,573,000` (exactly 1,572,992): an integer
 *   written with three trailing zeros or more is rounded to the place of its
 *   last non-zero digit. It needs two significant digits or more, so a count
 *   such as `2^{10} = 1000` is still read exactly and fails.
 * - `224 \times 224 \times 64 \times 4 \approx 12.9` MB (12.845 MB): rounded twice,
 *   first to one digit more (12.85) and then to the digits written.
 * - `25,088 \times 4,096 \approx 102` million (102.76): under `\approx`, a number of
 *   two or three significant digits may be the exact value cut at its last digit. One
 *   digit is read rounded only: `0.9^{100} \approx 2 \times 10^{-5}` (2.66 × 10⁻⁵) fails,
 *   and so does `35^{10} \approx 2 \times 10^{15}` (2.76 × 10¹⁵) — a reader who cuts
 *   a single digit writes an order of magnitude, and one who means 3 writes it.
 */
import type { Verdict } from '../types';

/** One way a careful reader may take a claim about a written number, and its verdict that way. */
export interface Reading {
  readonly name: string;
  readonly verdict: Verdict;
}

/** What the readings need of the written number and the computed value's interval [lo, hi]. */
export interface WrittenClaim {
  readonly relation: string;
  /** The written value and its significant digits (trailing zeros of an integer not counted). */
  readonly value: number;
  readonly digits: number;
  readonly style: string;
  readonly fractional: boolean;
  /** The written number as the author typed it (`1,573,000`, `1{,}573{,}000`). */
  readonly source: string;
  readonly lo: number;
  readonly hi: number;
}

/** Comparators of claims.ts: how `x` rounded or cut to `digits` significant digits compares with `value` (0 equal, else the sign). */
export interface DigitComparators {
  readonly roundsAbove: (x: number, digits: number, value: number) => number;
  readonly truncatesAbove: (x: number, digits: number, value: number) => number;
  readonly overInterval: (lo: number, hi: number, compare: (x: number) => number) => Verdict;
}

/** Three zeros or more end the integer as written (`1,573,000`, `1{,}573{,}000`, `4000`). */
const TRAILING_ZEROS = /[1-9](?:0|,|\{,\}|\\,|\s)*$/;
/** Significant digits a number cut at its last digit may have under `\\approx`. */
const CUT_DIGITS = { least: 2, most: 3 } as const;

function trailingZeros(source: string): number {
  const tail = TRAILING_ZEROS.exec(source.trim())?.[0] ?? '';
  return (tail.match(/0/g) ?? []).length;
}

/** `x` to `digits` significant digits, a decimal tie (12.845, stored as 12.84499…) rounded up as the author does by hand. */
function roundedOnce(x: number, digits: number): number {
  return Number((x * (1 + 1e-12)).toPrecision(digits));
}

/** The readings of `claim` besides those claims.ts always tries. */
export function authorRoundings(claim: WrittenClaim, c: DigitComparators): Reading[] {
  const { relation, value, digits, lo, hi } = claim;
  const readings: Reading[] = [];
  if (relation === '=' && claim.style === 'plain' && !claim.fractional && Number.isInteger(value) && digits >= 2 && trailingZeros(claim.source) >= 3) {
    readings.push({ name: `as rounded at its last non-zero digit (${digits} significant digits)`, verdict: c.overInterval(lo, hi, (x) => c.roundsAbove(x, digits, value)) });
  }
  if (relation !== '\\approx') return readings;
  readings.push({
    name: `as rounded twice, to ${digits + 1} and then ${digits} significant digits`,
    verdict: c.overInterval(lo, hi, (x) => c.roundsAbove(roundedOnce(roundedOnce(x, digits + 1), digits), digits, value)),
  });
  if (digits >= CUT_DIGITS.least && digits <= CUT_DIGITS.most) {
    readings.push({ name: `as cut at its last digit (${digits} significant digits)`, verdict: c.overInterval(lo, hi, (x) => c.truncatesAbove(x, digits, value)) });
  }
  return readings;
}
