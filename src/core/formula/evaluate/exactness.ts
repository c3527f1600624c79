/**
 * Whether a float64 operation gave its exact result. Two uses: an exact result
 * adds no rounding error to the bound a value carries (10^{22}, 2^{53} − 1,
 * 0.5 + 0.25 are exact, so sin(10^{22}) is judged), and a tiny result among
 * the subnormals that is exact (2^-1074, 3 × 2^-1070) has lost nothing to
 * underflow. Sums use the classic two-sum error term and products Dekker's
 * two-product (pure float64, no allocation: a `\sum` may take 10^5 steps);
 * where those would overflow or underflow, and for powers and written
 * decimals, doubles are compared as exact binary rationals (integer
 * significand × 2^exponent) in BigInt.
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

/** a + b is exactly s, the float64 sum (Knuth's two-sum: its error term is exact). */
export function sumIsExact(a: number, b: number, s: number): boolean {
  if (!Number.isFinite(s)) return false;
  const bPart = s - a;
  return a - (s - bPart) + (b - bPart) === 0;
}

const SPLITTER = 2 ** 27 + 1;
/** Dekker's two-product is exact while splitting cannot overflow and the error term cannot underflow. */
const SPLIT_SAFE_MAX = 2 ** 995;
const SPLIT_SAFE_MIN = 2 ** -900;
const EXACT_INTEGERS = 2 ** 53;

/** a × b is exactly r (all finite). */
export function productIsExact(a: number, b: number, r: number): boolean {
  if (![a, b, r].every(Number.isFinite)) return false;
  if (r === 0) return a === 0 || b === 0;
  if (Number.isInteger(a) && Number.isInteger(b) && Math.abs(r) <= EXACT_INTEGERS) return a * b === r;
  const safe = (x: number) => Math.abs(x) < SPLIT_SAFE_MAX && Math.abs(x) > SPLIT_SAFE_MIN;
  if (safe(a) && safe(b) && safe(r)) return a * b === r && productError(a, b, r) === 0;
  return equal(times(dyadic(a), dyadic(b)), dyadic(r));
}

/** a × b − p exactly, for p = fl(a × b) (Dekker). */
function productError(a: number, b: number, p: number): number {
  const [aHigh, aLow] = split(a);
  const [bHigh, bLow] = split(b);
  return aHigh * bHigh - p + aHigh * bLow + aLow * bHigh + aLow * bLow;
}

function split(x: number): readonly [number, number] {
  const t = SPLITTER * x;
  const high = t - (t - x);
  return [high, x - high];
}

/** a / b is exactly q (q × b is exactly a). */
export function quotientIsExact(a: number, b: number, q: number): boolean {
  return productIsExact(q, b, a);
}

/** Longest integer exponent worth checking: beyond it the exact power has far more than 53 bits anyway. */
const MAX_CHECKED_EXPONENT = 1100;

/** base^n is exactly r, for an integer n. */
export function powerIsExact(base: number, n: number, r: number): boolean {
  if (!Number.isFinite(base) || !Number.isFinite(r) || Math.abs(n) > MAX_CHECKED_EXPONENT) return false;
  if (n === 0 || n === 1) return r === (n === 0 ? 1 : base);
  // The odd part of the significand, raised to n, must fit in 53 bits (a quick no for 0.9^100).
  const odd = oddBitsOf(base);
  if (odd > 1 && (odd - 1) * Math.abs(n) >= 53) return false;
  // An integer to a positive power, exact at every step: compared without BigInt (x^2 at every sample point).
  if (n > 0 && Number.isInteger(base)) {
    const exactly = integerPower(base, n);
    if (exactly !== undefined) return exactly === r;
  }
  const b = dyadic(base);
  const k = BigInt(Math.abs(n));
  const raised: Dyadic = { significand: b.significand ** k, exponent: b.exponent * Math.abs(n) };
  // base^-n = r exactly when r × base^n = 1.
  return n >= 0 ? equal(raised, dyadic(r)) : equal(times(raised, dyadic(r)), { significand: 1n, exponent: 0 });
}

/** base^n for an integer base and n ≥ 1 while every partial product is an integer float64 holds exactly (|p| ≤ 2^53), else undefined. */
function integerPower(base: number, n: number): number | undefined {
  let p = 1;
  for (let k = 0; k < n; k++) {
    p *= base;
    if (Math.abs(p) > EXACT_INTEGERS) return undefined;
  }
  return p;
}

/**
 * Bits of the odd part of x's significand (1 for a power of two, 0 for 0): the
 * significand's bit length less its trailing zero bits, read from the two
 * 32-bit halves of the double (no BigInt: powers are checked at every sample point).
 */
export function oddBitsOf(x: number): number {
  view.setFloat64(0, x);
  const high = view.getUint32(0);
  const low = view.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  const top = (high & 0xfffff) | (biased !== 0 ? 0x100000 : 0); // significand bits 52…32
  if (top === 0 && low === 0) return 0;
  const length = top !== 0 ? 64 - Math.clz32(top) : 32 - Math.clz32(low);
  const trailing = low !== 0 ? 31 - Math.clz32(low & -low) : 63 - Math.clz32(top & -top);
  return length - trailing;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
/** Decimal exponents beyond this are never exact in float64 (5^k outgrows 53 bits far sooner). */
const MAX_DECIMAL_EXPONENT = 400;
const exactLiterals = new Map<string, boolean>();

/** The decimal `text` (as written, e.g. "0.25", "1e22") is exactly the double `value`. */
export function decimalIsExact(text: string, value: number): boolean {
  const known = exactLiterals.get(text);
  if (known !== undefined) return known;
  const answer = compareDecimal(text, value);
  if (exactLiterals.size > 10_000) exactLiterals.clear();
  exactLiterals.set(text, answer);
  return answer;
}

function compareDecimal(text: string, value: number): boolean {
  const m = DECIMAL.exec(text.trim());
  if (!m || !Number.isFinite(value)) return false;
  const [, sign, whole, fraction = '', exp = '0'] = m;
  const power10 = Number(exp) - fraction.length;
  if (Math.abs(power10) > MAX_DECIMAL_EXPONENT) return false;
  const digits = BigInt(`${sign}${whole || '0'}${fraction}`);
  if (digits === 0n) return value === 0;
  // digits × 10^power10 against significand × 2^exponent, cross-multiplied into integers.
  const d = dyadic(value);
  const left = power10 >= 0 ? digits * 10n ** BigInt(power10) : digits;
  const leftDen = power10 >= 0 ? 1n : 10n ** BigInt(-power10);
  const right = d.exponent >= 0 ? d.significand << BigInt(d.exponent) : d.significand;
  const rightDen = d.exponent >= 0 ? 1n : 1n << BigInt(-d.exponent);
  return left * rightDen === right * leftDen;
}
