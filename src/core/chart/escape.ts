/**
 * Escaping for text that goes into SVG (every string that reaches the output
 * passes through escapeXml) and compact pixel coordinates.
 */
export { escapeXml } from '../text/escape';

/** A pixel coordinate as compact, deterministic attribute text (0.1 px; never "-0", never NaN). */
export function px(v: number): string {
  if (!Number.isFinite(v)) return '0';
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}
