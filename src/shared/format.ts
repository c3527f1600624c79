/**
 * How the editors write numbers and relations, shared by every view (VS Code's
 * hover, diagnostics and panel; the Obsidian editor's hover): the formatter
 * binds the configured significant digits.
 */
import { FACT_FORMATS, formatNumber, RELATION_TEXT, type FactFormat, type Relation } from '../core/api/notes';

/** Turns a number into display text (the caller binds the significant digits; `minDigits` asks for at least as many). */
export type NumberFormatter = (x: number, minDigits?: number) => string;

/** The relations as a reader writes them (the core's one table). */
export const RELATION_SYMBOL: Readonly<Record<Relation, string>> = RELATION_TEXT;

/** The formatter for a significant-digits setting: at least `digits`, more where the caller asks for more. */
export function numberFormatter(digits: number): NumberFormatter {
  return (x, minDigits) => formatNumber(x, Math.max(digits, minDigits ?? 0));
}

/** Significant digits shown unless a setting says otherwise. */
export const DEFAULT_DIGITS = 5;

/**
 * The formats the formula hover shows unless a setting says otherwise. fp8 is
 * not among them: with five format columns the hover's cells wrap onto two lines
 * at VS Code's hover width (seen in code-server); users add it in the setting.
 */
export const DEFAULT_HOVER_FORMATS: readonly FactFormat[] = ['fp16', 'bf16', 'fp32'];

/** A significant-digits setting as a whole count of 1–17; undefined when it is not a finite number. */
export function significantDigits(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isFinite(x) ? Math.min(17, Math.max(1, Math.round(x))) : undefined;
}

/** The known format names of a list, each once, in the list's order; undefined when it is not a list. */
export function factFormatList(x: unknown): FactFormat[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const known = new Set<string>(FACT_FORMATS);
  return [...new Set(x.filter((f): f is FactFormat => typeof f === 'string' && known.has(f)))];
}
