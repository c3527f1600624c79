/**
 * Number display shared by hovers, the panel and the CLI. A value is never
 * shown as 0 when it is not 0, nor as a wall of digits: magnitudes outside
 * [10^-4, 10^6) are written in scientific form, with a configurable number of
 * significant digits (trailing zeros dropped).
 */
import { toSuperscript } from './text/superscript';

/** Values at or above this magnitude are written in scientific form. */
const SCIENTIFIC_ABOVE = 1e6;
/** Non-zero values below this magnitude are written in scientific form. */
const SCIENTIFIC_BELOW = 1e-4;

/** Mantissa and exponent of `x` rounded to `digits` significant digits, or plain decimal text. */
interface Parts {
  readonly sign: '' | '-';
  readonly mantissa: string;
  readonly exponent: number | null;
}

function parts(x: number, significantDigits: number): Parts {
  const digits = Math.min(17, Math.max(1, Math.round(significantDigits)));
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const magnitude = Math.abs(x);
  if (magnitude === 0) return { sign, mantissa: '0', exponent: null };
  // Round first, then decide the form: 999999.7 rounds to 1e6 and must be scientific.
  const rounded = Number(magnitude.toPrecision(digits));
  if (rounded >= SCIENTIFIC_ABOVE || rounded < SCIENTIFIC_BELOW) {
    const [mantissa, exp] = magnitude.toExponential(digits - 1).split('e');
    return { sign, mantissa: trimZeros(mantissa), exponent: Number(exp) };
  }
  return { sign, mantissa: trimZeros(plainDecimal(rounded, digits)), exponent: null };
}

/** `x` for people: "4.0656 × 10¹⁷", "2.037 × 10⁻¹⁰", "65504", "0.25", "−0", "Infinity", "NaN". */
export function formatNumber(x: number, significantDigits = 5): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '−Infinity';
  const { sign, mantissa, exponent } = parts(x, significantDigits);
  const minus = sign ? '−' : '';
  if (exponent === null) return `${minus}${mantissa}`;
  const power = `10${toSuperscript(String(exponent))}`;
  return mantissa === '1' ? `${minus}${power}` : `${minus}${mantissa} × ${power}`;
}

/** ASCII-only variant for plain terminals and logs: "4.0656e17", "2.037e-10", "-0", "-Infinity". */
export function formatNumberAscii(x: number, significantDigits = 5): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  const { sign, mantissa, exponent } = parts(x, significantDigits);
  return exponent === null ? `${sign}${mantissa}` : `${sign}${mantissa}e${exponent}`;
}

/** A rounded value below 10^6 in positional notation (toPrecision may answer "1.2346e+5"). */
function plainDecimal(value: number, digits: number): string {
  const text = value.toPrecision(digits);
  if (!text.includes('e')) return text;
  const decimals = Math.max(0, digits - 1 - Math.floor(Math.log10(value)));
  return value.toFixed(Math.min(100, decimals));
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
