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
