/**
 * A value approximated by a simple fraction: `\frac{576}{14336} \approx 0.0402 \approx
 * \frac{1}{25}` (SingularGuyLeBorn/Awesome-CS336-NoteForEveryone, NoteByHuman/Lecture3/
 * Lecture3-GQA-MQA-MLA.md, MLA's KV cache against MHA's, "about 1/25"). The fraction is
 * the author's rounding of the decimal, not a value the decimal's digits must match:
 * 1/0.0402 = 24.9, and 25 is the nearest whole number. Under `\approx` or `\sim`, a
 * fraction of two whole numbers against a value holds when it is that value rounded to
 * the fraction's grid — for 1/n, n is 1/value rounded; for p/q, p is value × q rounded —
 * and within 5 % of it. `0.45 \approx \frac{1}{2}` (10 % off) and `0.0402 \approx
 * \frac{1}{20}` (1/0.0402 = 24.9) still fail. Only a fraction on the right is read so: one
 * on the left is the value's source (`\frac{4}{52} \approx 0.075`, for 0.0769, fails).
 */
import type { ClaimReport, SideReport } from '../types';

export const SIMPLE_FRACTION_READING = 'with the fraction read as the value rounded to a simple fraction';

/** `\frac{1}{25}`, `\tfrac{2}{3}`, `1/25`: a fraction of two whole numbers, as written. */
const FRACTION = /^\s*(?:\\[dt]?frac\s*\{\s*(\d{1,4})\s*\}\s*\{\s*(\d{1,4})\s*\}|(\d{1,4})\s*\/\s*(\d{1,4}))\s*$/;
/** How far a simple fraction may be from the value it stands for. */
const NEAR = 0.05;

function fractionOf(text: string): [number, number] | undefined {
  const m = FRACTION.exec(text);
  if (!m) return undefined;
  const [p, q] = [Number(m[1] ?? m[3]), Number(m[2] ?? m[4])];
  return p > 0 && q > 0 ? [p, q] : undefined;
}

/** Whether p/q is `value` rounded to the fraction's grid and near it. */
function roundsTo(value: number, p: number, q: number): boolean {
  if (!Number.isFinite(value) || value <= 0) return false;
  const onGrid = p === 1 ? Math.round(1 / value) === q : Math.round(value * q) === p;
  return onGrid && Math.abs(value - p / q) <= NEAR * (p / q);
}

/** `claim` holding when it fails only as a value approximated by a simple fraction (see the module comment). */
export function withSimpleFraction(claim: ClaimReport, sides: readonly [string, string]): ClaimReport {
  if (claim.verdict !== 'fails' || (claim.relation !== '\\approx' && claim.relation !== '\\sim')) return claim;
  // The fraction stands for the value before it (`0.0402 \\approx \\frac{1}{25}`); one written
  // first is what the value was computed from (`\\frac{4}{52} \\approx 0.077`), exact, not a rounding.
  const fraction = fractionOf(sides[1]);
  if (!fraction) return claim;
  const [p, q] = fraction;
  const other: SideReport = claim.left;
  if (other.value === null || !roundsTo(other.value, p, q)) return claim;
  const { fix: _fix, ...rest } = claim;
  return { ...rest, verdict: 'holds', reading: SIMPLE_FRACTION_READING };
}
