/**
 * A reading's cheap text test, in one place. Most readings decide only formulas that write
 * their notation (a `\sim`, a `\beta`, a `Var(`), and a vault of thousands of formulas pays
 * for every reading on every formula: a reading that must parse, draw values or scan the note
 * to find it has nothing to say should first ask the formula's source (a regex or a character
 * test, no parse). The test must be implied by everything the reading can decide: where it
 * does not match, the reading would have returned the report unchanged
 * (docs/performance.md, "Text tests before a reading").
 */
import type { FormulaReport, MathSpan } from './types';

/** A reading of the note around a formula (analyze.ts's CONTEXT_READINGS). */
export type FormulaReading = (note: string, span: MathSpan, report: FormulaReport) => FormulaReport;

/** What a formula's source must write for a reading to run: a pattern or a test of the text. */
export type TextTest = RegExp | ((source: string) => boolean);

export function writes(test: TextTest, source: string): boolean {
  return typeof test === 'function' ? test(source) : test.test(source);
}

/** `reading`, run only on formulas whose source passes `test`; every other report passes through unchanged. */
export function whenWritten(test: TextTest, reading: FormulaReading): FormulaReading {
  return (note, span, report) => (writes(test, report.source) ? reading(note, span, report) : report);
}

/**
 * `reading`, run only on reports with a failing claim. For a reading that can only take a fail away
 * or re-judge a failing claim (the prose after it says "percent", "million", a unit; the sentence
 * denies it): on a report with no fail it would return the report unchanged, and most formulas of
 * a vault fail nothing.
 */
export function whenFailing(reading: FormulaReading): FormulaReading {
  return (note, span, report) => (report.claims.some((c) => c.verdict === 'fails') ? reading(note, span, report) : report);
}
