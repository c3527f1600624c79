/**
 * Number formatting for chart text. d3-format does the decimal work; this file
 * only adds the typographic forms a log axis needs (10⁻³⁰, 2⁻²⁴).
 */
import { format } from 'd3-format';
import { toSuperscript } from '../text/superscript';

/** Writes an integer exponent in superscript digits: -24 → ⁻²⁴. */
export function superscript(exponent: number): string {
  return toSuperscript(String(Math.round(exponent)));
}

/** True when v is an exact power of ten as d3's log ticks produce them. */
export function isPowerOfTen(v: number): boolean {
  if (!(v > 0) || !Number.isFinite(v)) return false;
  const e = Math.round(Math.log10(v));
  return Math.abs(v / 10 ** e - 1) < 1e-9;
}

/** A power of ten as 10ⁿ; 1 and 10 stay plain because "10⁰" reads worse than "1". */
export function powerOfTenLabel(v: number): string {
  const e = Math.round(Math.log10(Math.abs(v)));
  const sign = v < 0 ? '−' : '';
  if (e === 0) return `${sign}1`;
  if (e === 1) return `${sign}10`;
  return `${sign}10${superscript(e)}`;
}

const compact = format('~g');
const withSeparators = format(',~r');

/** A general value for labels and tooltips: 65504, 0.25, 1.5e+17, Infinity, NaN. */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+∞';
  if (v === -Infinity) return '−∞';
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return withSeparators(v).replace('-', '−');
  return compact(v).replace('-', '−');
}

/** A positive limit as a power of two when it is one (2⁻²⁴), else as a short decimal (≈3.40×10³⁸). */
export function formatLimit(v: number): string {
  if (Number.isInteger(v) && v < 1e6) return String(v);
  const e2 = Math.log2(v);
  if (Number.isInteger(e2)) return `2${superscript(e2)}`;
  const e10 = Math.floor(Math.log10(v));
  return `≈${format('.3~f')(v / 10 ** e10)}×10${superscript(e10)}`;
}

/** Shortens text to about `maxChars`, ending in an ellipsis, without splitting a surrogate pair. */
export function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return chars.slice(0, Math.max(1, maxChars - 1)).join('') + '…';
}

/** Rough width of text in px: charts cannot measure fonts in the pure core, so assume ~0.6 em per character. */
export function textWidth(text: string, fontSize: number): number {
  return Array.from(text).length * fontSize * 0.6;
}
