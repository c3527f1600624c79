/** Deterministic test data for the kernel tests (a small LCG, so failures reproduce). */
export function randomArray(ctor: Float32ArrayConstructor, n: number, seed: number): Float32Array;
export function randomArray(ctor: Float64ArrayConstructor, n: number, seed: number): Float64Array;
export function randomArray(ctor: Float32ArrayConstructor | Float64ArrayConstructor, n: number, seed: number): Float32Array | Float64Array;
export function randomArray(ctor: Float32ArrayConstructor | Float64ArrayConstructor, n: number, seed: number): Float32Array | Float64Array {
  const out = new ctor(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    // Mix magnitudes across a few binades so rounding differences would show.
    out[i] = ((s / 2 ** 32) * 2 - 1) * 2 ** ((s >>> 28) - 8);
  }
  return out;
}

/** Index of the first element where a and b differ bit for bit (any NaN equals any NaN), or -1. */
export function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

/** A small LCG (deterministic: a failure reproduces from its seed). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A float32 from its bit pattern. */
export function fromBits(bits: number): number {
  return new Float32Array(new Uint32Array([bits >>> 0]).buffer)[0]!;
}

/**
 * Rows whose blocks each take one of the cases the quantizers branch on: ordinary
 * values over a few binades, magnitudes spread over float32's whole range, float32
 * subnormals (the MX tiny-block path), all-zero blocks with −0, blocks whose largest
 * value rounds past the element's largest (saturation), exact ties of the element
 * grid, NaN and ±Infinity, and random bit patterns (every exponent, NaN payloads).
 */
export function trickyValues(length: number, seed: number): Float32Array {
  const rnd = lcg(seed);
  const out = new Float32Array(length);
  const kinds = 8;
  let kind = 0;
  for (let i = 0; i < length; i++) {
    if (i % 8 === 0) kind = Math.floor(rnd() * kinds); // a new case every 8 values: blocks mix them
    const sign = rnd() < 0.5 ? -1 : 1;
    switch (kind) {
      case 0: out[i] = sign * rnd() * 2 ** Math.floor(rnd() * 12 - 6); break;
      case 1: out[i] = sign * (1 + rnd()) * 2 ** Math.floor(rnd() * 250 - 125); break;
      case 2: out[i] = fromBits(Math.floor(rnd() * 0x800000)) * sign; break; // subnormal (or ±0)
      case 3: out[i] = rnd() < 0.5 ? -0 : 0; break;
      // 1.11…1 × 2^e: rounds up past the element grid's top and clamps.
      case 4: out[i] = sign * fromBits(((Math.floor(rnd() * 60) + 100) << 23) | 0x7fffff); break;
      // A midpoint of a 1-, 2- or 3-bit mantissa grid: a tie.
      case 5: {
        const bits = 1 + Math.floor(rnd() * 3);
        out[i] = sign * (1 + (2 * Math.floor(rnd() * 2 ** bits) + 1) / 2 ** (bits + 1)) * 2 ** Math.floor(rnd() * 20 - 10);
        break;
      }
      case 6: out[i] = rnd() < 0.1 ? [NaN, Infinity, -Infinity][Math.floor(rnd() * 3)]! : sign * rnd(); break;
      default: out[i] = fromBits(Math.floor(rnd() * 2 ** 32)); break;
    }
  }
  return out;
}
