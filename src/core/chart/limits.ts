/**
 * The dtype's range limits drawn on the chart: the largest finite value (above
 * it, values became Infinity) and the smallest positive value (below it, they
 * became 0). They are drawn only when they sit near the data, so an fp64 chart
 * of values around 1 is not squashed by a line at 10³⁰⁸.
 */
import type { Dtype } from '../types';
import { FORMATS } from '../numeric/formats';
import { formatLimit } from './format';
import type { BandModel, Rect, ScaleKind } from './types';
import type { Guide } from './trainViews';

/** A limit to draw, before it is placed in pixels. */
export interface LimitSpec {
  readonly kind: BandModel['kind'];
  readonly value: number;
  readonly label: string;
}

/** Decades between the data and a limit within which the limit is drawn anyway. */
const NEAR_DECADES = 3;
/** …and the wider reach when the data did overflow/underflow, so the eye finds the cause. */
const NEAR_DECADES_WHEN_HIT = 12;

const decadesBetween = (a: number, b: number) => Math.abs(Math.log10(a) - Math.log10(b));

/** What the data did, as the limit rules need it. */
export interface DataReach {
  /** Finite values actually plotted. */
  readonly finite: readonly number[];
  readonly overflowed: boolean;
  readonly underflowed: boolean;
}

/** The limits of `dtype` worth drawing for this data on this kind of axis. */
export function limitsToDraw(dtype: Dtype, scale: ScaleKind, reach: DataReach): LimitSpec[] {
  const info = FORMATS[dtype];
  if (info === undefined || scale === 'linear') return [];
  let maxAbs = 0;
  let minAbs = Infinity;
  let anyNegative = false;
  for (const v of reach.finite) {
    if (v < 0) anyNegative = true;
    const a = Math.abs(v);
    if (a > maxAbs) maxAbs = a;
    if (a > 0 && a < minAbs) minAbs = a;
  }
  const out: LimitSpec[] = [];
  const maxLabel = `${dtype} max ${formatLimit(info.maxFinite)}`;
  const reachMax = reach.overflowed ? NEAR_DECADES_WHEN_HIT : NEAR_DECADES;
  if (maxAbs > 0 && decadesBetween(maxAbs, info.maxFinite) <= reachMax) {
    out.push({ kind: 'max', value: info.maxFinite, label: maxLabel });
    if (scale === 'symlog' && anyNegative) out.push({ kind: 'neg-max', value: -info.maxFinite, label: `${dtype} −max` });
  }
  const reachMin = reach.underflowed ? NEAR_DECADES_WHEN_HIT : NEAR_DECADES;
  // On a symlog axis tiny magnitudes sit in the linear zone around 0, where a limit line says nothing.
  if (scale === 'log' && minAbs < Infinity && decadesBetween(minAbs, info.minPositive) <= reachMin) {
    out.push({ kind: 'min', value: info.minPositive, label: `${dtype} min subnormal ${formatLimit(info.minPositive)}` });
  }
  return out;
}

/** Places a limit in pixels: a line at the value and the shaded region beyond it, inside the plot. */
export function placeBand(limit: LimitSpec, map: (v: number) => number, plot: Rect): BandModel | null {
  const y = map(limit.value);
  if (!Number.isFinite(y) || y < plot.y - 0.5 || y > plot.y + plot.height + 0.5) return null;
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const region: Rect =
    limit.kind === 'max'
      ? { x: plot.x, y: top, width: plot.width, height: Math.max(0, y - top) }
      : { x: plot.x, y, width: plot.width, height: Math.max(0, bottom - y) };
  return { kind: limit.kind, value: limit.value, label: limit.label, y, region };
}

/** Places a guide: a reference line across the plot, or a window shaded between two x values; null when off the plot. */
export function placeGuide(guide: Guide, xMap: (v: number) => number, yMap: (v: number) => number, plot: Rect): BandModel | null {
  if (guide.kind === 'reference') {
    const y = yMap(guide.value);
    if (!Number.isFinite(y) || y < plot.y - 0.5 || y > plot.y + plot.height + 0.5) return null;
    return { kind: 'reference', value: guide.value, label: guide.label, y, region: { x: plot.x, y, width: plot.width, height: 0 } };
  }
  const a = Math.max(plot.x, Math.min(xMap(guide.from), xMap(guide.to)));
  const b = Math.min(plot.x + plot.width, Math.max(xMap(guide.from), xMap(guide.to)));
  if (!(b >= a)) return null;
  // A window of one rate is a line; widen it to a visible strip.
  const left = b - a < 4 ? Math.max(plot.x, (a + b) / 2 - 2) : a;
  const width = b - a < 4 ? 4 : b - a;
  return { kind: 'window', value: guide.from, label: guide.label, y: plot.y, region: { x: left, y: plot.y, width, height: plot.height } };
}
