/**
 * Argument checks shared by every Gemm implementation, so a bad call fails the
 * same clear way whichever kernel is registered (and never reads out of bounds).
 */
export function checkGemmArgs(
  m: number,
  n: number,
  k: number,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  c: ArrayLike<number>,
): void {
  for (const [name, v] of [['m', m], ['n', n], ['k', k]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`gemm: ${name} must be a non-negative integer, got ${v}`);
  }
  if (a.length < m * k) throw new RangeError(`gemm: A holds ${a.length} values, needs m·k = ${m * k}`);
  if (b.length < k * n) throw new RangeError(`gemm: B holds ${b.length} values, needs k·n = ${k * n}`);
  if (c.length < m * n) throw new RangeError(`gemm: C holds ${c.length} values, needs m·n = ${m * n}`);
}
