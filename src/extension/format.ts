/**
 * How the editor writes numbers and relations, shared by every view (hover,
 * diagnostics, panel): the formatter binds the configured significant digits.
 */
import { RELATION_TEXT, type Relation } from '../core/api/notes';

/** Turns a number into display text (the caller binds the significant digits; `minDigits` asks for at least as many). */
export type NumberFormatter = (x: number, minDigits?: number) => string;

/** The relations as a reader writes them (the core's one table). */
export const RELATION_SYMBOL: Readonly<Record<Relation, string>> = RELATION_TEXT;
