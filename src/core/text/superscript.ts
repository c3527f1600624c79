/**
 * Unicode superscripts of the characters an exponent is written with: the one
 * table. Display code writes exponents with it (10⁻²⁴); the formula reader
 * reads pasted ones back (10⁻⁵ → 10^{-5}) through its inverse.
 */

/** ASCII digit or sign → its superscript. */
export const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '+': '⁺',
};

/** Superscript digit or sign → its ASCII character. */
export const FROM_SUPERSCRIPT: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SUPERSCRIPT).map(([plain, sup]) => [sup, plain]),
);

/** `text` with every digit and sign in superscript, other characters as they are: "-24" → "⁻²⁴". */
export function toSuperscript(text: string): string {
  return text.replace(/[0-9+-]/g, (c) => SUPERSCRIPT[c]!);
}
