/**
 * A rounded number times a constant: "the points make a complete loop in about
 * 11 steps. Indeed, $11\cdot0.1808\pi = 1.9888\pi \approx 2\pi$"
 * (TUDelft-PRIME-Books/Linear-Algebra, Chapter9/DynSystDiscrete.md). The 2 of
 * `2\pi` is rounded as a bare `\approx 2` is: the claim holds when the left side
 * divided by π rounds to 2 at the digits written. Only `\approx` reads so, and
 * only a coefficient times π, e or a square root.
 */
import { significantDigits } from '../literal';

/** `2\pi`, `0.5 \cdot \pi`, `3\sqrt{2}`, `1.4 e`: a written coefficient and the constant after it. */
const COEFFICIENT_TIMES_CONSTANT = /^\s*(\d+(?:\.\d+)?)\s*(?:\\cdot|\\times)?\s*(?:\\pi|\\sqrt\s*\{\s*\d+\s*\}|e)\s*$/;

/** Whether `computed` ≈ the claimed side holds with the claimed side's coefficient read as rounded; undefined when it writes none. */
export function roundsToCoefficient(computed: number, claimedSource: string, claimedValue: number): boolean | undefined {
  const m = COEFFICIENT_TIMES_CONSTANT.exec(claimedSource);
  if (!m) return undefined;
  const coefficient = Number(m[1]);
  if (coefficient === 0 || !Number.isFinite(computed)) return undefined;
  const constant = claimedValue / coefficient;
  const rounded = Number((computed / constant).toPrecision(significantDigits(m[1]!)));
  return Math.abs(rounded - coefficient) <= 1e-12 * Math.abs(coefficient);
}
