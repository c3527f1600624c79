/**
 * Scales and ticks for the chart axes, from d3-scale. This file decides which
 * scale fits the data and its domain; d3 places the ticks.
 */
import { scaleLinear, scaleLog, scaleSymlog } from 'd3-scale';
import type { ScaleKind, Tick } from './types';
import { isPowerOfTen, powerOfTenLabel } from './format';

/** A scale reduced to what the chart needs: map a value to a pixel, and the ticks to draw. */
export interface PlacedScale {
  readonly kind: ScaleKind;
  readonly domain: readonly [number, number];
  readonly map: (v: number) => number;
  readonly ticks: readonly Tick[];
}

// Limits of what float64 can hold; log domains are clamped to them so that nice() never yields 0 or Infinity.
const LOG_MIN = Number.MIN_VALUE;
const LOG_MAX = Number.MAX_VALUE;
/** Below this, widen log domains (see placeLog). */
const SUBNORMAL_SAFE = 1e-300;
/** Fraction of the axis left empty beyond the niced domain at each end. */
const HEADROOM = 0.04;

/**
 * Picks the y scale: counts and signed functions get linear, magnitudes get log,
 * and signed values that span many decades (a negative base's powers) get symlog.
 */
export function chooseScaleKind(finite: readonly number[], preferLinear: boolean, forced?: ScaleKind): ScaleKind {
  if (forced !== undefined) return forced;
  if (preferLinear) return 'linear';
  if (!finite.some((v) => v < 0)) return 'log';
  const magnitudes = extent(finite.filter((v) => v !== 0).map(Math.abs));
  if (magnitudes === null) return 'linear';
  return magnitudes[1] / magnitudes[0] > 1e3 ? 'symlog' : 'linear';
}

/** Largest and smallest of a list without spreading it onto the stack (10⁵ points would overflow it). */
function extent(values: readonly number[]): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** d3 ticks, or none if d3 cannot place them (never seen outside subnormal domains): a bare axis beats a crash. */
function safeTicks(make: () => number[]): number[] {
  try {
    return make().filter(Number.isFinite);
  } catch {
    return [];
  }
}

/** Ticks of a log-like axis: label the powers of ten when there are at least two, else let d3 label them all. */
function logTicks(values: readonly number[], map: (v: number) => number, fallback: (v: number) => string): Tick[] {
  const decades = values.filter(isPowerOfTen);
  const labelOnlyDecades = decades.length >= 2;
  return values.map((value) => ({
    value,
    position: map(value),
    label: labelOnlyDecades ? (isPowerOfTen(value) ? powerOfTenLabel(value) : '') : fallback(value),
  }));
}

/** A log scale over the positive values (plus limits to show), niced to powers of ten. */
function placeLog(values: readonly number[], range: readonly [number, number], tickCount: number): PlacedScale {
  const positive = extent(values.filter((v) => v > 0 && Number.isFinite(v)));
  let [lo, hi] = positive ?? [0.1, 10];
  if (lo === hi) {
    lo /= 10;
    hi *= 10;
  }
  lo = Math.max(lo, LOG_MIN);
  hi = Math.min(hi, LOG_MAX);
  // d3's log ticks lose precision among float64 subnormals (10^e is inexact there) and fail on
  // domains of a few decades; a span of ≥ 20 decades makes it step by whole decades, which works.
  if (lo < SUBNORMAL_SAFE) hi = Math.max(hi, lo * 1e20);
  const scale = scaleLog().domain([lo, hi]).nice();
  const [d0, d1] = scale.domain() as [number, number];
  // nice() rounds outward to powers of ten and can step past float64's range.
  const niced: [number, number] = [d0 > 0 ? d0 : LOG_MIN, Number.isFinite(d1) ? d1 : LOG_MAX];
  // Ticks come from the niced domain; the drawn domain gets a little headroom so lines do not run on the frame.
  scale.domain(niced).range(range as [number, number]);
  const tickValues = safeTicks(() => scale.ticks(tickCount));
  const pad = (Math.log10(niced[1]) - Math.log10(niced[0])) * HEADROOM;
  scale.domain([Math.max(LOG_MIN, niced[0] / 10 ** pad), Math.min(LOG_MAX, niced[1] * 10 ** pad)]);
  const format = scale.tickFormat(tickCount, '~g');
  const map = (v: number) => scale(v);
  return {
    kind: 'log',
    domain: scale.domain() as [number, number],
    map,
    ticks: logTicks(tickValues, map, format),
  };
}

/** A linear scale, niced by d3; integer data (layers, steps) get integer ticks only. */
function placeLinear(values: readonly number[], range: readonly [number, number], tickCount: number, nice: boolean): PlacedScale {
  let [lo, hi] = extent(values.filter(Number.isFinite)) ?? [0, 1];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  // Beyond ±1e307 the span hi − lo overflows; halve into range rather than produce NaN ticks.
  lo = Math.max(lo, -LOG_MAX / 2);
  hi = Math.min(hi, LOG_MAX / 2);
  // A span inside the subnormals defeats d3's tick arithmetic; such values read as 0 on a linear axis anyway.
  if (hi - lo < SUBNORMAL_SAFE) {
    lo = Math.min(lo, -SUBNORMAL_SAFE);
    hi = Math.max(hi, SUBNORMAL_SAFE);
  }
  const scale = scaleLinear().domain([lo, hi]).range(range as [number, number]);
  if (nice) scale.nice(tickCount);
  const integersOnly = values.every(Number.isInteger);
  const format = scale.tickFormat(tickCount);
  const tickValues = safeTicks(() => scale.ticks(tickCount));
  if (nice) {
    const [a, b] = scale.domain() as [number, number];
    const pad = (b - a) * HEADROOM;
    scale.domain([a - pad, b + pad]);
  }
  const ticks = tickValues
    .filter((t) => !integersOnly || Number.isInteger(t))
    .map((value) => ({ value, position: scale(value), label: format(value).replace('-', '−') }));
  return { kind: 'linear', domain: scale.domain() as [number, number], map: (v) => scale(v), ticks };
}

/**
 * A symmetric-log scale for signed values over many decades. The linear zone is
 * the smallest non-zero magnitude, so every value above it reads like a log axis.
 */
function placeSymlog(values: readonly number[], range: readonly [number, number], tickCount: number): PlacedScale {
  const finite = values.filter(Number.isFinite);
  const magnitudes = extent(finite.filter((v) => v !== 0).map(Math.abs)) ?? [1, 10];
  const constant = Math.max(magnitudes[0], LOG_MIN);
  const top = scaleLog().domain([constant, Math.max(magnitudes[1], constant * 10)]).nice();
  const [minAbs, maxAbs] = top.domain() as [number, number];
  const [lo, hi] = extent(finite) ?? [-1, 1];
  const domain: [number, number] = [lo < 0 ? -maxAbs : 0, hi > 0 ? maxAbs : 0];
  // Headroom as in the other scales, applied to the pixel range since the domain ends at ±10ᵏ exactly.
  const inset = (range[1] - range[0]) * HEADROOM;
  const scale = scaleSymlog().constant(constant).domain(domain).range([range[0] + inset, range[1] - inset]);
  const half = safeTicks(() => top.domain([minAbs, maxAbs]).ticks(Math.max(2, Math.floor(tickCount / 2)))).filter(isPowerOfTen);
  const values_ = [...(domain[0] < 0 ? half.map((v) => -v).reverse() : []), 0, ...(domain[1] > 0 ? half : [])];
  const ticks = values_.map((value) => ({
    value,
    position: scale(value),
    label: value === 0 ? '0' : powerOfTenLabel(value),
  }));
  return { kind: 'symlog', domain, map: (v) => scale(v), ticks };
}

/** Places a y scale of the given kind over the values, mapped onto the pixel range [bottom, top]. */
export function placeYScale(kind: ScaleKind, values: readonly number[], range: readonly [number, number], tickCount: number): PlacedScale {
  switch (kind) {
    case 'log':
      return placeLog(values, range, tickCount);
    case 'symlog':
      return placeSymlog(values, range, tickCount);
    case 'linear':
      return placeLinear(values, range, tickCount, true);
    default: {
      const unknown: never = kind;
      throw new Error(`unknown scale kind "${String(unknown)}"`);
    }
  }
}

/** Places the x scale: linear over the exact data range (layers start at 1, not at a niced 0); log for learning rates. */
export function placeXScale(values: readonly number[], range: readonly [number, number], tickCount: number, log = false): PlacedScale {
  return log ? placeLog(values, range, tickCount) : placeLinear(values, range, tickCount, false);
}
