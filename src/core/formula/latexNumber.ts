/**
 * Writes a number as LaTeX in a chosen style, for quick fixes: the computed
 * value goes into the note spelled the way the author spelled the claim.
 */
import type { NumberStyle } from './literal';

/** `x` with `digits` significant digits: "4 \times 10^{17}", "6e(-8)", "0.005", "10^{-3}". */
export function latexNumber(x: number, digits: number, style: NumberStyle): string {
  const [mantissaText, expText] = x.toExponential(Math.max(0, digits - 1)).split('e');
  const mantissa = mantissaText.includes('.') ? mantissaText.replace(/\.?0+$/, '') : mantissaText;
  const exponent = Number(expText);
  const plain = (): string => {
    const text = Number(x.toPrecision(digits)).toString();
    return text.includes('e') ? scientific('times') : text;
  };
  const scientific = (kind: NumberStyle): string => {
    switch (kind) {
      case 'e': return `${mantissa}e${exponent}`;
      case 'e-paren': return `${mantissa}e(${exponent})`;
      case 'cdot': return `${mantissa} \\cdot 10^{${exponent}}`;
      case 'power': return mantissa === '1' ? `10^{${exponent}}` : `${mantissa} \\times 10^{${exponent}}`;
      default: return `${mantissa} \\times 10^{${exponent}}`;
    }
  };
  if (style === 'percent') return `${Number((x * 100).toPrecision(digits))}\\%`;
  if (style === 'plain') return Math.abs(exponent) < 6 ? plain() : scientific('times');
  return scientific(style);
}
