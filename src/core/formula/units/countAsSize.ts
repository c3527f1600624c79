/**
 * A count of one-byte things said as their size: `1\text{B} = 10^9 \text{byte} \simeq 1\text{GB}`
 * (HarleysZhang/llm_note, 1-transformer_model/llm参数量-计算量-显存占用分析.md: "1B" is
 * a billion parameters, one byte each in int8). Read as bytes, 1 B = 10⁹ bytes
 * fails; read as billion it is a plain number, 10⁹, against 10⁹ bytes, which a
 * reader takes in bytes. units.ts prefers the reading whose dimensions agree
 * (`8 b = 1 B` is bits against bytes), so when every such reading fails this
 * one may still be what the author meant: the claim is left undecided, never
 * failed, when a plain reading of one side equals the other side counted in its
 * base unit (bits, or bytes at 0.5, 1, 2 or 4 bytes a parameter, for data; else the unit itself).
 */
import type { Quantity } from './units';

/** As loose as a written `\approx` of three digits: the reading can only leave a claim undecided, never make it hold. */
const TOLERANCE = 5e-3;

function agree(a: number, b: number, tolerance: number): boolean {
  return a === b || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Half a unit of the last digit written, relative to the number: 3.1 GB may be 3.125 GB
 * (ttsugriy/distributed-training-book, docs/composition/25-4d-5d-parallelism.md, 200B
 * parameters at 2 bytes over 128 GPUs). Never tighter than TOLERANCE.
 */
function toleranceOf(q: Quantity): number {
  const w = q.written;
  // A lone digit (`1 GB`, `2000`) may be a round figure of any size: it keeps the tight tolerance.
  if (!w || w.value === 0 || (!w.decimalPoint && w.digits < 2)) return TOLERANCE;
  const half = 0.5 * 10 ** (Math.floor(Math.log10(Math.abs(w.value))) - w.digits + 1);
  return Math.max(TOLERANCE, half / Math.abs(w.value));
}

/** A reading of a side that named a scale word (`B` as billion, `M` as million) and so became a plain number. */
function isScaledCount(q: Quantity): boolean {
  return q.dimensionKey === '' && q.hasUnits && q.written?.unit !== '%';
}

/**
 * Bytes per parameter of the number formats a size in memory is quoted at: int4, int8, fp16/bf16, fp32.
 * `0.875\text{B} \approx 1.75\text{GB}` (FP16) is 0.875 billion parameters at 2 bytes each
 * (EthanAha-ctrl/ai_papers_obsidian, LLM-Training/Training Infra/AirLLM.md).
 */
const BYTES_PER_PARAMETER = [0.5, 1, 2, 4] as const;

/** The counts one quantity may stand for: for data (base unit bit) its bits, and its bytes at each size of a parameter; else its value in its base unit. */
function countsOf(q: Quantity): number[] {
  return /BIT/.test(q.dimensionKey) ? [q.value, ...BYTES_PER_PARAMETER.map((b) => q.value / 8 / b)] : [q.value];
}

/**
 * Whether some reading of one side as a scaled plain count equals the other
 * side, a quantity with a dimension, counted in its base unit.
 */
export function agreesAsCount(left: readonly Quantity[], right: readonly Quantity[]): boolean {
  const pairs = left.flatMap((l) => right.map((r) => [l, r] as const));
  return pairs.some(([l, r]) => {
    const [count, size] = isScaledCount(l) && r.dimensionKey !== '' ? [l, r] : isScaledCount(r) && l.dimensionKey !== '' ? [r, l] : [];
    if (count === undefined || size === undefined) return false;
    const tolerance = Math.max(toleranceOf(count), toleranceOf(size));
    return countsOf(size).some((n) => agree(count.value, n, tolerance));
  });
}
