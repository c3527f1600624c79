/**
 * Whether a float64 product or power that landed among the subnormals is
 * exact. Only asked on that rare path: there float64 keeps fewer than 53 bits,
 * and an inexact result has lost part of its precision to underflow, while an
 * exact one (2^-1074, 3 × 2^-1070) has not. Doubles are compared as exact
 * binary rationals (integer significand × 2^exponent) in BigInt.
 */

interface Dyadic {
  readonly significand: bigint;
  readonly exponent: number;
}

const view = new DataView(new ArrayBuffer(8));

/** x = significand × 2^exponent, for finite x (0 gives significand 0). */
function dyadic(x: number): Dyadic {
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let significand = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  if (biased !== 0) significand |= 1n << 52n;
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  return { significand: x < 0 ? -significand : significand, exponent };
}

function equal(a: Dyadic, b: Dyadic): boolean {
  const shift = a.exponent - b.exponent;
  return shift >= 0
    ? a.significand << BigInt(shift) === b.significand
    : a.significand === b.significand << BigInt(-shift);
}

function times(a: Dyadic, b: Dyadic): Dyadic {
  return { significand: a.significand * b.significand, exponent: a.exponent + b.exponent };
}

/** a × b is exactly r (all finite). */
export function productIsExact(a: number, b: number, r: number): boolean {
  if (![a, b, r].every(Number.isFinite)) return false;
  return equal(times(dyadic(a), dyadic(b)), dyadic(r));
}

/** Longest integer exponent worth checking: beyond it the exact power has far more than 53 bits anyway. */
const MAX_CHECKED_EXPONENT = 1100;

/** base^n is exactly r, for an integer n. */
export function powerIsExact(base: number, n: number, r: number): boolean {
  if (!Number.isFinite(base) || !Number.isFinite(r) || Math.abs(n) > MAX_CHECKED_EXPONENT) return false;
  const b = dyadic(base);
  const k = BigInt(Math.abs(n));
  const raised: Dyadic = { significand: b.significand ** k, exponent: b.exponent * Math.abs(n) };
  // base^-n = r exactly when r × base^n = 1.
  return n >= 0 ? equal(raised, dyadic(r)) : equal(times(raised, dyadic(r)), { significand: 1n, exponent: 0 });
}
