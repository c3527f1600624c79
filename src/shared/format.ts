/**
 * How the editors write numbers and relations, shared by every view (VS Code's
 * hover, diagnostics and panel; the Obsidian editor's hover): the formatter
 * binds the configured significant digits.
 */
import { formatNumber, RELATION_TEXT, type Relation } from '../core/api/notes';

/** Turns a number into display text (the caller binds the significant digits; `minDigits` asks for at least as many). */
export type NumberFormatter = (x: number, minDigits?: number) => string;

/** The relations as a reader writes them (the core's one table). */
export const RELATION_SYMBOL: Readonly<Record<Relation, string>> = RELATION_TEXT;

/** The formatter for a significant-digits setting: at least `digits`, more where the caller asks for more. */
export function numberFormatter(digits: number): NumberFormatter {
  return (x, minDigits) => formatNumber(x, Math.max(digits, minDigits ?? 0));
}
