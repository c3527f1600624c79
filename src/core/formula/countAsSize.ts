/**
 * A count of one-byte things said as their size: `1\text{B} = 10^9 \text{byte} \simeq 1\text{GB}`
 * (HarleysZhang/llm_note, 1-transformer_model/llm参数量-计算量-显存占用分析.md: "1B" is
 * a billion parameters, one byte each in int8). Read as bytes, 1 B = 10⁹ bytes
 * fails; read as billion it is a plain number, 10⁹, against 10⁹ bytes, which a
 * reader takes in bytes. units.ts prefers the reading whose dimensions agree
 * (`8 b = 1 B` is bits against bytes), so when every such reading fails this
 * one may still be what the author meant: the claim is left undecided, never
 * failed, when a plain reading of one side equals the other side counted in its
 * base unit (bytes or bits for data, else the unit itself).
 */
import type { Quantity } from './units';

const TOLERANCE = 1e-9;

function agree(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** A reading of a side that named a scale word (`B` as billion, `M` as million) and so became a plain number. */
function isScaledCount(q: Quantity): boolean {
  return q.dimensionKey === '' && q.hasUnits && q.written?.unit !== '%';
}

/** The counts one quantity may stand for: its value in bytes and in bits for data (base unit bit), else in its base unit. */
function countsOf(q: Quantity): number[] {
  return /BIT/.test(q.dimensionKey) ? [q.value / 8, q.value] : [q.value];
}

/**
 * Whether some reading of one side as a scaled plain count equals the other
 * side, a quantity with a dimension, counted in its base unit.
 */
export function agreesAsCount(left: readonly Quantity[], right: readonly Quantity[]): boolean {
  const pairs = left.flatMap((l) => right.map((r) => [l, r] as const));
  return pairs.some(([l, r]) => {
    const [count, size] = isScaledCount(l) && r.dimensionKey !== '' ? [l, r] : isScaledCount(r) && l.dimensionKey !== '' ? [r, l] : [];
    return count !== undefined && size !== undefined && countsOf(size).some((n) => agree(count.value, n));
  });
}
