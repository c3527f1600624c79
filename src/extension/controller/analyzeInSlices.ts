/**
 * Analyses a note's formulas without holding the extension host's thread for
 * long: each formula is evaluated on its own (the core caches reports per
 * source), yielding to the event loop every few milliseconds, and only then
 * is the note-level report assembled — from the cache, in one short pass.
 * A large note's first analysis would otherwise block the host for seconds.
 */
import type { NoteFormulaReport } from '../../core/formula/types';

/** The parts of the formula module this needs. */
export interface FormulaAnalysis {
  findMath(note: string): readonly { readonly source: string }[];
  analyzeFormula(source: string): Promise<unknown>;
  analyzeNote(note: string): Promise<NoteFormulaReport[]>;
}

/** Longest stretch of evaluation between yields to the event loop. */
export const SLICE_MS = 15;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The note's formula reports, or undefined when `isStale()` turned true on the way (a newer edit). */
export async function analyzeInSlices(
  formulas: FormulaAnalysis,
  note: string,
  isStale: () => boolean,
): Promise<NoteFormulaReport[] | undefined> {
  let sliceStart = performance.now();
  for (const span of formulas.findMath(note)) {
    await formulas.analyzeFormula(span.source);
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await yieldToEventLoop();
    if (isStale()) return undefined;
    sliceStart = performance.now();
  }
  await yieldToEventLoop();
  return isStale() ? undefined : formulas.analyzeNote(note);
}
