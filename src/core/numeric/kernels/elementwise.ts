import { roundBf16, roundFp16 } from '../dtype';
import { roundF32Array } from './index';
import type { HalfFormat } from './roundHalf';

/**
 * g ⊙= s for float32 tensors, each product rounded once to bf16/fp16 — the
 * same values as g[i] = roundToDtype(g[i]·s[i], format), faster.
 *
 * Why it is exact: the float64 product of two float32 values is exact (48
 * significant bits ≤ 53). When that product is also a float32 (always, for
 * bf16/fp16 operands, except past float32's range), storing it loses nothing
 * and the bulk rounding rounds it once. Otherwise (float32 underflow/overflow,
 * NaN, or wide float32 operands) the exact scalar routine rounds it directly,
 * and the bulk pass leaves that already-rounded value as it is.
 */
export function multiplyRoundInPlace(g: Float32Array, s: Float32Array, format: HalfFormat): void {
  if (s.length < g.length) throw new RangeError(`multiplyRoundInPlace: s holds ${s.length} values, g ${g.length}`);
  const exact = format === 'bf16' ? roundBf16 : roundFp16;
  for (let i = 0; i < g.length; i++) {
    const p = g[i]! * s[i]!;
    const f = Math.fround(p);
    g[i] = f === p ? f : exact(p);
  }
  roundF32Array(g, format);
}
