/**
 * Analyses a note's formulas without holding the extension host's thread for
 * long: each formula is evaluated on its own, yielding to the event loop every
 * few milliseconds, and each report is placed in the note as it comes. No pass
 * over the whole note runs in one stretch — not even from the core's cache,
 * which a note with more distinct formulas than it holds would defeat.
 */
import type { FormulaReport, MathSpan, NoteFormulaReport } from '../../core/formula/types';

/** The parts of the formula module this needs. */
export interface FormulaAnalysis<R = FormulaReport, P = NoteFormulaReport> {
  findMath(note: string): readonly MathSpan[];
  analyzeFormula(source: string): Promise<R>;
  placeFormulaReport(note: string, span: MathSpan, report: R): P;
}

/** Longest stretch of evaluation between yields to the event loop. */
export const SLICE_MS = 15;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The note's formula reports, or undefined when `isStale()` turned true on the way (a newer edit). */
export async function analyzeInSlices<R, P>(
  formulas: FormulaAnalysis<R, P>,
  note: string,
  isStale: () => boolean,
): Promise<P[] | undefined> {
  const placed: P[] = [];
  let sliceStart = performance.now();
  for (const span of formulas.findMath(note)) {
    placed.push(formulas.placeFormulaReport(note, span, await formulas.analyzeFormula(span.source)));
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await yieldToEventLoop();
    if (isStale()) return undefined;
    sliceStart = performance.now();
  }
  return isStale() ? undefined : placed;
}
