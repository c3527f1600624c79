/**
 * Whether a float64 power is exact (exactness.ts): the quick answers without
 * BigInt (the odd part of a significand from the double's bits, integer
 * powers multiplied out) against exact binary rationals in BigInt.
 */
import { describe, expect, it } from 'vitest';
import { oddBitsOf, powerIsExact } from '../../src/core/formula/evaluate/exactness';

/** The significand of x as an exact integer (x = significand × 2^e), by BigInt arithmetic on its bits. */
function significand(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  return biased === 0 ? fraction : fraction | (1n << 52n);
}

/** Bits of the odd part, with BigInt: strip trailing zeros, count what is left. */
function referenceOddBits(x: number): number {
  let odd = significand(x);
  if (odd === 0n) return 0;
  while ((odd & 1n) === 0n) odd >>= 1n;
  return odd.toString(2).length;
}

/** base^n = r exactly (n a positive integer), by BigInt on exact rationals. */
function referencePowerIsExact(base: number, n: number, r: number): boolean {
  const rational = (x: number): [bigint, bigint] => {
    // x = m / 2^k exactly, for finite x.
    let k = 0n;
    let m = x;
    while (!Number.isInteger(m)) {
      m *= 2;
      k++;
    }
    return [BigInt(m), 1n << k];
  };
  const [bm, bd] = rational(base);
  const [rm, rd] = rational(r);
  return bm ** BigInt(n) * rd === rm * bd ** BigInt(n);
}

function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('exactness of powers', () => {
  it('reads the odd part of a significand from the double, as BigInt does', () => {
    const random = lcg(11);
    const values = [0, -0, 1, -1, 2, 3, 0.5, 0.1, 1.5, 2 ** 52, 2 ** 53 - 1, 2 ** -1074, 3 * 2 ** -1070, 2 ** -1022, Number.MAX_VALUE, 1e308, 5e-324, 1.2345, -7.25];
    for (let k = 0; k < 2000; k++) {
      const scale = 2 ** Math.floor(random() * 200 - 100);
      values.push((random() - 0.5) * scale, Math.round(random() * 1e6) * scale, Math.round(random() * 1e4) / 1e4);
    }
    for (const x of values) expect(oddBitsOf(x), String(x)).toBe(referenceOddBits(x));
  });

  it('judges integer and decimal powers as exact rational arithmetic does', () => {
    const random = lcg(7);
    const cases: [number, number][] = [[2, 10], [3, 33], [3, 34], [-3, 3], [10, 15], [10, 16], [10, 23], [7, 18], [7, 19], [0.5, 3], [1.5, 2], [0.1, 2], [2 ** 26 + 1, 2], [94906265, 2], [94906267, 2]];
    for (let k = 0; k < 500; k++) {
      cases.push([Math.floor(random() * 2000) - 1000, 2 + Math.floor(random() * 6)]);
      cases.push([Math.round((random() * 6 - 3) * 1e4) / 1e4, 2 + Math.floor(random() * 3)]);
    }
    for (const [base, n] of cases) {
      const r = Math.pow(base, n);
      if (!Number.isFinite(r)) continue;
      expect(powerIsExact(base, n, r), `${base}^${n}`).toBe(referencePowerIsExact(base, n, r));
      // And a result an ulp or so away.
      const off = r + Math.abs(r) * 2 ** -52;
      expect(powerIsExact(base, n, off), `${base}^${n} against ${off}`).toBe(referencePowerIsExact(base, n, off));
    }
  });
});
