/**
 * `\frac{2B}{W}\left(\frac{D}{X} + \frac{8D}{YZ}\right) = \frac{\sqrt{128} BD}{\sqrt{N} W} \approx
 * \frac{11.3 BD}{\sqrt{N} W}` (scaling-book): `\approx` between sides with free variables
 * whose sides differ only in a constant the author rounded (√128 = 11.31…). Checked as an
 * identity, the sides agree at every point up to that constant, and the written 11.3 is
 * judged against it as any written number (constantRatio.ts). Other approximations —
 * `2BD + 2DF + 2BF \approxeq 2DF` for D, F much larger than B, a Taylor expansion's first
 * terms — fail at random points and say nothing about themselves: the reading may confirm,
 * never refute, and is tried only where a side writes a decimal constant.
 *
 * A derivative stated with `\approx` at a number the note bound (`J(w) = w^2` "at the point
 * $w=3$" … "so $\frac{\partial J(w)}{\partial w} \approx 6$", ml-specialization-labs): the lab
 * measured it by a finite difference, so it writes `\approx`; read as `=` it is the derivative
 * claim boundNumbers.ts judges. The same reading: it may confirm (a value equal to the exact
 * derivative is also approximately equal), never refute (the finite difference itself,
 * `\approx 6.001`, is not the exact value and is not wrong).
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

/** A side that writes a derivative: `\\partial`, a Leibniz `\\frac{d…}{d…}`, or a prime (`J'(3)`). */
const DERIVATIVE = /\\partial(?![A-Za-z])|\\frac\s*\{\s*d(?![A-Za-z])|[A-Za-z}]\s*'/;
/** A side that is one plain number (`6`, `-0.5`, `3.0`). */
const PLAIN_NUMBER = /^\s*-?\s*\d+(?:\.\d+)?\s*$/;

/** An `\approx` between a derivative and a plain number that the plain evaluation left undecided. */
export function mayBeApproximateDerivativeValue(claim: ClaimReport): boolean {
  if (claim.relation !== '\\approx' || claim.verdict !== 'none' || claim.left.error || claim.right.error) return false;
  const [derivative, number] = PLAIN_NUMBER.test(claim.right.source) ? [claim.left.source, claim.right.source] : [claim.right.source, claim.left.source];
  return PLAIN_NUMBER.test(number) && DERIVATIVE.test(derivative);
}

/** The claim held when, read as `=`, it holds as an identity (or one about its constant factor); otherwise as it was. */
export function asApproximateIdentity(claim: ClaimReport, judgeAsIdentity: (asEquality: ClaimReport) => ClaimReport, readAs = 'as an identity'): ClaimReport {
  const judged = judgeAsIdentity({ ...claim, relation: '=' });
  if (judged.verdict !== 'holds') return claim;
  return { ...judged, relation: claim.relation, reading: `${readAs}${judged.reading ? `, ${judged.reading}` : ''}` };
}
