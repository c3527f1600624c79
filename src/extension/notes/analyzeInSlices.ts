/**
 * Analyses a note's formulas without holding the extension host's thread for
 * long: the core's one per-note loop (analyzeNoteSteps) is driven in time
 * slices, yielding to the event loop every few milliseconds, and dropped when
 * the note changed meanwhile. At most `maxFormulas` are evaluated (the core's
 * DEFAULT_MAX_FORMULAS, as for `gradexp check`): a note of 100,000 formulas
 * kept the host's CPU busy for half a minute, for a panel that lists 10,000 at most.
 */
import type { MathSpan, NoteAnalysis, NoteFormulaReport } from '../../core/api/notes';
import { runStepsInSlices, SLICE_MS } from '../../threads/slices';

/** The formulas past the cap, which were not evaluated. */
export interface FormulasLeftOut {
  /** How many. */
  readonly count: number;
  /** The first of them, in note order. */
  readonly first: MathSpan;
  /** The cap that left them out. */
  readonly maxFormulas: number;
}

/** The reports of a note's first `maxFormulas` formulas, and what was left out (null: nothing). */
export interface SlicedAnalysis {
  readonly reports: NoteFormulaReport[];
  readonly leftOut: FormulasLeftOut | null;
}

export { SLICE_MS };

/**
 * Drives the core's formula loop `steps` (analyzeNoteSteps, given a count cap and no time limit)
 * in slices; undefined when `isStale()` turned true on the way (a newer edit).
 */
export async function analyzeFirstInSlices(
  steps: AsyncGenerator<unknown, NoteAnalysis, void>,
  isStale: () => boolean,
): Promise<SlicedAnalysis | undefined> {
  const analysis = await runStepsInSlices(steps, isStale);
  if (!analysis) return undefined;
  const cut = analysis.notChecked;
  return { reports: analysis.reports, leftOut: cut && { count: cut.count, first: cut.first, maxFormulas: cut.budget } };
}
