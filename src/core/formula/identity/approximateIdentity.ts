/**
 * `\frac{2B}{W}\left(\frac{D}{X} + \frac{8D}{YZ}\right) = \frac{\sqrt{128} BD}{\sqrt{N} W} \approx
 * \frac{11.3 BD}{\sqrt{N} W}` (scaling-book): `\approx` between sides with free variables
 * whose sides differ only in a constant the author rounded (√128 = 11.31…). Checked as an
 * identity, the sides agree at every point up to that constant, and the written 11.3 is
 * judged against it as any written number (constantRatio.ts). Other approximations —
 * `2BD + 2DF + 2BF \approxeq 2DF` for D, F much larger than B, a Taylor expansion's first
 * terms — fail at random points and say nothing about themselves: the reading may confirm,
 * never refute, and is tried only where a side writes a decimal constant.
 */
import type { ClaimReport } from '../types';

/** A decimal written in a side: the rounded constant this reading is about. */
const ROUNDED_CONSTANT = /\d\.\d/;

/**
 * An `\approx` between sides that read, one at least with free variables, and one writing a decimal
 * constant. Without one it is a regime (a Taylor expansion, a limit), and the identity check, which
 * costs a formula's time, is not tried.
 */
export function mayBeApproximateIdentity(claim: ClaimReport): boolean {
  return claim.relation === '\\approx' && claim.verdict === 'none' && !claim.left.error && !claim.right.error &&
    (claim.left.symbols.length > 0 || claim.right.symbols.length > 0) &&
    (ROUNDED_CONSTANT.test(claim.left.source) || ROUNDED_CONSTANT.test(claim.right.source));
}

/** The claim held when, read as `=`, it holds as an identity (or one about its constant factor); otherwise as it was. */
export function asApproximateIdentity(claim: ClaimReport, judgeAsIdentity: (asEquality: ClaimReport) => ClaimReport): ClaimReport {
  const judged = judgeAsIdentity({ ...claim, relation: '=' });
  if (judged.verdict !== 'holds') return claim;
  return { ...judged, relation: claim.relation, reading: `as an identity${judged.reading ? `, ${judged.reading}` : ''}` };
}
