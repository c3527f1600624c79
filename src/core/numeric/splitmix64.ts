/**
 * splitmix64 (Steele, Lea & Flood), the seeding step of rng.ts, on 64-bit words
 * held as two unsigned 32-bit halves. It was written with BigInt; the checker
 * seeds a generator per claim it samples (thousands in a vault's check), and
 * BigInt's allocations made each seeding cost about 15 µs. Every operation here
 * is exact in doubles (products of 16-bit limbs stay below 2⁵³), so the words
 * are the BigInt version's, bit for bit (test/numeric/splitmix64.test.ts).
 */

/** A 64-bit word: its high and low 32 bits, each an unsigned integer. */
export interface Word64 {
  readonly hi: number;
  readonly lo: number;
}

const TWO_32 = 2 ** 32;

/** `n` mod 2⁶⁴ for a safe integer (two's complement for a negative one). */
export function word64(n: number): Word64 {
  return { hi: Math.floor(n / TWO_32) >>> 0, lo: n >>> 0 };
}

export function xor64(a: Word64, b: Word64): Word64 {
  return { hi: (a.hi ^ b.hi) >>> 0, lo: (a.lo ^ b.lo) >>> 0 };
}

function add64(a: Word64, b: Word64): Word64 {
  const lo = a.lo + b.lo;
  return { hi: (a.hi + b.hi + (lo >= TWO_32 ? 1 : 0)) >>> 0, lo: lo >>> 0 };
}

/** `a` shifted right by 0 < s < 32 bits. */
function shiftRight64(a: Word64, s: number): Word64 {
  return { hi: a.hi >>> s, lo: ((a.lo >>> s) | (a.hi << (32 - s))) >>> 0 };
}

/** a · b mod 2⁶⁴: the full product of the low halves in 16-bit limbs, the cross terms mod 2³². */
export function multiply64(a: Word64, b: Word64): Word64 {
  const a0 = a.lo & 0xffff;
  const a1 = a.lo >>> 16;
  const b0 = b.lo & 0xffff;
  const b1 = b.lo >>> 16;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const middle = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const lo = (((middle & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
  const carried = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (middle >>> 16);
  return { hi: (carried + Math.imul(a.hi, b.lo) + Math.imul(a.lo, b.hi)) >>> 0, lo };
}

const GOLDEN_GAMMA: Word64 = { hi: 0x9e3779b9, lo: 0x7f4a7c15 };
const MIX_1: Word64 = { hi: 0xbf58476d, lo: 0x1ce4e5b9 };
const MIX_2: Word64 = { hi: 0x94d049bb, lo: 0x133111eb };

/** One splitmix64 step: [next state, output]. */
export function splitmix64(state: Word64): [Word64, Word64] {
  const next = add64(state, GOLDEN_GAMMA);
  let z = multiply64(xor64(next, shiftRight64(next, 30)), MIX_1);
  z = multiply64(xor64(z, shiftRight64(z, 27)), MIX_2);
  return [next, xor64(z, shiftRight64(z, 31))];
}
