/**
 * Escaping for text that goes into SVG (every string that reaches the output
 * passes through escapeXml) and compact pixel coordinates.
 */
export { escapeXml } from '../text/escape';

/** `v` rounded to 0.1 px, the resolution of every coordinate a chart writes. */
export function roundPx(v: number): number {
  return Math.round(v * 10) / 10;
}

/** A pixel coordinate as compact, deterministic attribute text (0.1 px; never "-0", never NaN). */
export function px(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const r = roundPx(v);
  return Object.is(r, -0) ? '0' : String(r);
}
