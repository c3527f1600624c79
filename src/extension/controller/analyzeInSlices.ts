/**
 * Analyses a note's formulas without holding the extension host's thread for
 * long: each formula is evaluated on its own, yielding to the event loop every
 * few milliseconds, and each report is placed in the note as it comes. No pass
 * over the whole note runs in one stretch — not even from the core's cache,
 * which a note with more distinct formulas than it holds would defeat. At most
 * `maxFormulas` are evaluated (the core's DEFAULT_MAX_FORMULAS, as for
 * `gradexp check`): a note of 100,000 formulas kept the host's CPU busy for
 * half a minute, for a panel that lists 10,000 at most.
 */
import type { AnalyzeOptions, FormulaReport, MathSpan, NoteFormulaReport } from '../../core/formula/types';
import { SLICE_MS, yieldToEventLoop } from './slices';

/** The parts of the formula module this needs. */
export interface FormulaAnalysis<R = FormulaReport, P = NoteFormulaReport> {
  findMath(note: string): readonly MathSpan[];
  analyzeFormula(source: string, options?: AnalyzeOptions): Promise<R>;
  /** The note's settings and definitions, formula by formula (core NoteScope); absent, the defaults. */
  noteScope?(note: string): { options(): AnalyzeOptions; learn(report: R): void };
  placeFormulaReport(note: string, span: MathSpan, report: R): P;
}

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
export interface SlicedAnalysis<P> {
  readonly reports: P[];
  readonly leftOut: FormulasLeftOut | null;
}

export { SLICE_MS };

/** Every formula report of the note (no cap), or undefined when `isStale()` turned true on the way (a newer edit). */
export async function analyzeInSlices<R, P>(formulas: FormulaAnalysis<R, P>, note: string, isStale: () => boolean): Promise<P[] | undefined> {
  return (await analyzeFirstInSlices(formulas, note, isStale, Infinity))?.reports;
}

/** The reports of the note's first `maxFormulas` formulas and what was left out, or undefined when `isStale()` turned true on the way. */
export async function analyzeFirstInSlices<R, P>(
  formulas: FormulaAnalysis<R, P>,
  note: string,
  isStale: () => boolean,
  maxFormulas: number,
): Promise<SlicedAnalysis<P> | undefined> {
  const spans = formulas.findMath(note);
  const evaluated = Math.min(spans.length, Math.max(0, Math.floor(maxFormulas)));
  const reports: P[] = [];
  const scope = formulas.noteScope?.(note);
  let sliceStart = performance.now();
  for (let i = 0; i < evaluated; i++) {
    const span = spans[i]!;
    const report = await formulas.analyzeFormula(span.source, scope?.options() ?? {});
    scope?.learn(report);
    reports.push(formulas.placeFormulaReport(note, span, report));
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await yieldToEventLoop();
    if (isStale()) return undefined;
    sliceStart = performance.now();
  }
  if (isStale()) return undefined;
  const leftOut = evaluated < spans.length ? { count: spans.length - evaluated, first: spans[evaluated]!, maxFormulas } : null;
  return { reports, leftOut };
}
