import { describe, expect, it } from 'vitest';
import { multiply64, splitmix64, word64, type Word64 } from '../../src/core/numeric/splitmix64';

// The reference: splitmix64 as published, on BigInt (what rng.ts used before the 32-bit halves).
const MASK64 = (1n << 64n) - 1n;
function referenceStep(state: bigint): [bigint, bigint] {
  const next = (state + 0x9e3779b97f4a7c15n) & MASK64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return [next, z ^ (z >> 31n)];
}
const big = (w: Word64): bigint => (BigInt(w.hi) << 32n) | BigInt(w.lo);
const fromBig = (n: bigint): Word64 => ({ hi: Number(n >> 32n), lo: Number(n & 0xffffffffn) });

/** Deterministic 64-bit test words: edges, then a linear congruential walk. */
function words(count: number): bigint[] {
  const out = [0n, 1n, 0xffffffffn, 0x100000000n, MASK64, 1n << 63n, 0x7fffffffffffffffn];
  let x = 0x243f6a8885a308d3n;
  while (out.length < count) {
    x = (x * 6364136223846793005n + 1442695040888963407n) & MASK64;
    out.push(x);
  }
  return out;
}

describe('splitmix64 on 32-bit halves', () => {
  it('reads a safe integer mod 2^64, negative ones in two’s complement', () => {
    for (const n of [0, 1, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1, -1, -(2 ** 32), -(2 ** 53 - 1), 20261206, -7]) {
      expect(big(word64(n))).toBe(BigInt(n) & MASK64);
    }
  });

  it('multiplies mod 2^64 as BigInt does', () => {
    const ws = words(200);
    for (let i = 0; i + 1 < ws.length; i++) {
      expect(big(multiply64(fromBig(ws[i]!), fromBig(ws[i + 1]!)))).toBe((ws[i]! * ws[i + 1]!) & MASK64);
    }
  });

  it('steps exactly as the BigInt reference, state and output, over chained steps', () => {
    for (const start of words(300)) {
      let ours = fromBig(start);
      let theirs = start;
      for (let k = 0; k < 3; k++) {
        const [next, out] = splitmix64(ours);
        const [refNext, refOut] = referenceStep(theirs);
        expect([big(next), big(out)]).toEqual([refNext, refOut]);
        ours = next;
        theirs = refNext;
      }
    }
  });
});
