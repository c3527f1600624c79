/**
 * A plain computation against a size or a time that no unit of it can make true:
 * `2048 \times 4 = 9 \text{ KB}` is 8192 of something, and 9 KB is neither 8192 bytes,
 * bits, kilobytes nor parameters of any width, in decimal or binary prefixes
 * (BBuf/how-to-optim-algorithm-in-cuda wrote 8 KB); `34e6 / 9e10 = 477\mu s`
 * (scaling-book wrote 377) is 3.78e-4 of something, and 477 µs is not that many
 * seconds, milliseconds, minutes or any other unit of time.
 *
 * plainCount.ts lets such a claim hold when the count is in bytes, FLOP or seconds;
 * this is the other half: the claim fails only when every unit the author may have
 * counted in — any prefix, decimal or binary, bits or bytes, parameters of 0.5 to 4
 * bytes (`70 \times 2 = 140 \text{ GB}` counts billions), any unit of time — gives a
 * different number than the one written, past what rounding or cutting its last
 * written digit allows. A round figure of one digit keeps that slack too.
 */
import type { Quantity } from './units';

const powers = (base: number, from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => base ** (from + i));

/** Bits in the units a count of data may be in: bits, int4/int8/fp16/fp32 values, in every prefix up to exa. */
const DATA_UNIT_BITS = [1, 4, 8, 16, 32].flatMap((bits) => [...powers(1000, 0, 6), ...powers(1024, 1, 6)].map((p) => bits * p));

/** Seconds in the units a count of time may be in: ps to s, minutes, hours, days, weeks, 30-day months, years. */
const TIME_UNIT_SECONDS = [...powers(1000, -4, 0), 60, 3600, 86_400, 604_800, 2_592_000, 2_629_800, 31_536_000, 31_557_600];

/** FLOP in the units a count of compute may be in: FLOP or multiply-adds (two FLOP), in every prefix up to zetta. */
const COMPUTE_UNIT_FLOP = [1, 2].flatMap((f) => powers(1000, 0, 7).map((p) => f * p));

/**
 * By dimension key. A rate takes its amount's units (`FLOPs` may be FLOP or FLOP/s; a count per
 * millisecond is a count per second in the next prefix up).
 */
const UNIT_SIZES: Readonly<Record<string, readonly number[]>> = {
  'BIT^1': DATA_UNIT_BITS,
  'TIME^-1 BIT^1': DATA_UNIT_BITS,
  'TIME^1': TIME_UNIT_SECONDS,
  'FLOP^1': COMPUTE_UNIT_FLOP,
  'TIME^-1 FLOP^1': COMPUTE_UNIT_FLOP,
};

/**
 * Relative slack, never tighter than 1%: a count read in a guessed unit fails only when it
 * is plainly off. `7 \times 10^{-6} + \frac{7}{8} \times \frac{2 \times 10^9}{3 \times 10^{11}} = 5.81\text{ms}`
 * (ttsugriy/distributed-training-book, docs/collectives/13-collective-cost-model.md) is 5.84 ms,
 * the note's 5.8 ms carried; `16384 \times (16384 + 2048) \times 2 \approx 0.61 \text{ GB}`
 * (same book, 34-case-study-llama3.md) is 0.604 GB: both stay undecided.
 */
const MIN_RELATIVE_SLACK = 1e-2;

/**
 * Whether `computed` (in the written unit) may be the written number `w`: rounded (half a
 * unit of its last digit either way) or cut short (up to one unit below the computed value).
 */
function mayBeWritten(computed: number, w: number, digits: number): boolean {
  const unit = 10 ** (Math.floor(Math.log10(w)) - digits + 1);
  const slack = MIN_RELATIVE_SLACK * w;
  return computed >= w - Math.max(unit / 2, slack) && computed < w + Math.max(unit, slack);
}

/**
 * True when `count relation size`, a positive plain number claimed `=` or `\approx` to a
 * quantity as written, holds in no unit of its dimension: the claim is then wrong however
 * the count is read. False when some unit fits, or the relation (`\sim` is an order of
 * magnitude), the dimension or the written number is not one this reads.
 */
export function fitsNoUnit(count: number, size: Quantity, relation: string): boolean {
  const sizes = UNIT_SIZES[size.dimensionKey];
  if (relation !== '=' && relation !== '\\approx') return false;
  const w = size.written;
  if (!sizes || !w || !(count > 0) || !Number.isFinite(count) || !(w.value > 0) || !(size.value > 0)) return false;
  const writtenUnit = size.value / w.value;
  return !sizes.some((unit) => mayBeWritten((count * unit) / writtenUnit, w.value, w.digits));
}

