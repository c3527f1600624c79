/**
 * How one float64 value fares when stored in fp16, bf16 and fp32: the value
 * the format would hold (exact round-to-nearest-even, via the numeric core's
 * `roundToDtype`) and whether it overflows, underflows or lands on a subnormal.
 */
import { FORMATS } from '../numeric/formats';
import { roundToDtype } from '../numeric/dtype';
import type { Dtype } from '../types';
import type { FormatFact, FormatFacts } from './types';

/** The facts for one format. */
export function formatFact(value: number, dtype: Dtype): FormatFact {
  const stored = roundToDtype(value, dtype);
  const finite = Number.isFinite(value);
  return {
    value: stored,
    overflow: finite && !Number.isFinite(stored),
    underflow: finite && value !== 0 && stored === 0,
    subnormal: Number.isFinite(stored) && stored !== 0 && Math.abs(stored) < FORMATS[dtype].minNormal,
  };
}

/** The facts for fp16, bf16 and fp32. */
export function formatFacts(value: number): FormatFacts {
  return { fp16: formatFact(value, 'fp16'), bf16: formatFact(value, 'bf16'), fp32: formatFact(value, 'fp32') };
}
