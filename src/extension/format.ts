/**
 * How the editor writes numbers and relations, shared by every view (hover,
 * diagnostics, panel): the formatter binds the configured significant digits.
 */
import type { Relation } from '../core/api/notes';

/** Turns a number into display text (the caller binds the significant digits). */
export type NumberFormatter = (x: number) => string;

/** The relations as a reader writes them. */
export const RELATION_SYMBOL: Readonly<Record<Relation, string>> = {
  '=': '=',
  '\\approx': '≈',
  '\\neq': '≠',
  '<': '<',
  '>': '>',
  '\\le': '≤',
  '\\ge': '≥',
};
