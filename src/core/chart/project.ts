/**
 * Turns one line's data into pixels: drawable points become polyline segments,
 * off-scale points (±Infinity, NaN, and 0 or negatives on a log axis) become
 * glyphs on edge rows and break the line. Long lines are thinned per pixel
 * column, keeping each column's first, lowest, highest and last point so that
 * spikes survive.
 */
import type { LineModel, MarkerKind, MarkerModel, Rect, ScaleKind } from './types';
import { roundPx } from './escape';

/** The data of one line before projection. */
export interface RawLine {
  readonly series: number;
  readonly role: string;
  readonly dashed: boolean;
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

/** Why a value cannot be drawn on the axis, or null when it can. */
export function offScaleKind(y: number, scale: ScaleKind): MarkerKind | null {
  if (Number.isNaN(y)) return 'nan';
  if (y === Infinity) return 'posinf';
  if (y === -Infinity) return 'neginf';
  if (scale === 'log' && y === 0) return 'zero';
  if (scale === 'log' && y < 0) return 'negative';
  return null;
}

type Pt = readonly [number, number];

/** Keeps first/min/max/last per pixel column; a no-op when the segment is already sparse (≤ 2 points per column). */
export function thinSegment(points: readonly Pt[]): Pt[] {
  if (points.length < 2) return points.slice();
  const columns = Math.abs(points[points.length - 1][0] - points[0][0]) + 1;
  if (points.length <= Math.max(4, columns * 2)) return points.slice();
  const out: Pt[] = [];
  let i = 0;
  while (i < points.length) {
    const column = Math.floor(points[i][0]);
    let j = i;
    let lo = i;
    let hi = i;
    while (j < points.length && Math.floor(points[j][0]) === column) {
      if (points[j][1] < points[lo][1]) lo = j;
      if (points[j][1] > points[hi][1]) hi = j;
      j++;
    }
    // Emit in data order so the polyline does not zig-zag backwards.
    const keep = [...new Set([i, lo, hi, j - 1])].sort((a, b) => a - b);
    for (const k of keep) out.push(points[k]);
    i = j;
  }
  return out;
}

/** Projects one line into pixels, returning its polyline and its off-scale glyphs. */
export function projectLine(
  line: RawLine,
  scale: ScaleKind,
  mapX: (x: number) => number,
  mapY: (y: number) => number,
  plot: Rect,
  rowY: (kind: MarkerKind) => number,
): { line: LineModel; markers: MarkerModel[] } {
  const segments: Pt[][] = [];
  let current: Pt[] = [];
  const markers = new Map<string, MarkerModel>();
  const top = plot.y;
  const bottom = plot.y + plot.height;
  const n = Math.min(line.xs.length, line.ys.length);
  for (let i = 0; i < n; i++) {
    const x = roundPx(Math.min(plot.x + plot.width, Math.max(plot.x, mapX(line.xs[i]))));
    const y = line.ys[i];
    const kind = offScaleKind(y, scale);
    if (kind === null) {
      current.push([x, roundPx(Math.min(bottom, Math.max(top, mapY(y))))]);
      continue;
    }
    if (current.length > 0) segments.push(current);
    current = [];
    // Points closer than a pixel share one glyph, which keeps 10⁴-point series readable.
    const key = `${kind}@${Math.round(x)}`;
    const seen = markers.get(key);
    if (seen) markers.set(key, { ...seen, count: seen.count + 1 });
    else markers.set(key, { kind, series: line.series, role: line.role, x, y: rowY(kind), dataX: line.xs[i], count: 1 });
  }
  if (current.length > 0) segments.push(current);
  const thinned = segments.map((s) => thinSegment(s));
  return {
    line: {
      series: line.series,
      role: line.role,
      dashed: line.dashed,
      segments: thinned,
      pointCount: n,
      drawnPointCount: thinned.reduce((sum, s) => sum + s.length, 0),
    },
    markers: [...markers.values()],
  };
}
