/**
 * How one float64 value fares when stored in fp16, bf16, fp32 and fp8: the value
 * the format would hold (exact round-to-nearest-even, via the numeric core's
 * `roundToDtype`) and whether it overflows, underflows or lands on a subnormal.
 */
import { FORMATS } from '../numeric/formats';
import { roundToDtype } from '../numeric/dtype';
import type { Dtype } from '../types';
import { FACT_FORMATS, type FactFormat } from '../types';
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

/** The facts for every format of FACT_FORMATS. */
export function formatFacts(value: number): FormatFacts {
  return Object.fromEntries(FACT_FORMATS.map((f) => [f, formatFact(value, f)])) as Record<FactFormat, FormatFact>;
}
