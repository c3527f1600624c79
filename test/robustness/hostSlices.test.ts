/**
 * The host analyses a note's formulas in slices (the core's analyzeNoteSteps, driven by analyzeFirstInSlices) so a large
 * note never blocks it. Regression: the slices once ended with one synchronous
 * analyzeNote pass meant to be served from the core's per-formula cache; with
 * more distinct formulas than the cache holds (20,000) that pass recomputed
 * thousands of them in one stretch (6.7 s for 25,000). Now every report is
 * placed as its formula is evaluated, and this measures the longest hold.
 */
import { describe, expect, it } from 'vitest';
import { expectDuration, scaled } from '../support/timing';
import { longestEventLoopHold } from '../support/eventLoop';
import * as formulas from '../../src/core/formula';
import { analyzeFirstInSlices, SLICE_MS } from '../../src/extension/notes/analyzeInSlices';

/** Every report of the note, analysed in slices as the editor does (the core's loop, no cap). */
const analyzeInSlices = async (note: string, isStale: () => boolean) =>
  (await analyzeFirstInSlices(formulas.analyzeNoteSteps(formulas.noteContext(note), { maxFormulas: Infinity, noteTimeLimitMs: Infinity }), isStale))?.reports;

/** `count` distinct formulas, one paragraph each. */
function distinctFormulas(count: number): string {
  return Array.from({ length: count }, (_, k) => `Line $${(k % 50) + 2}^{${(k % 7) + 1}} + x_{${k}}$ here.`).join('\n\n');
}


describe('analyzeInSlices on a note with more distinct formulas than the cache holds', () => {
  it('21,000 distinct formulas: every report, and no hold over a few slices', async () => {
    formulas.clearFormulaCache();
    await formulas.analyzeFormula('1 + 1 = 2'); // the evaluator's first load is not the slices' doing
    const note = distinctFormulas(21_000);
    // findMath over the whole note is one synchronous step before the first slice; time it apart.
    const findStarted = performance.now();
    const spans = formulas.findMath(note).length;
    const findMs = performance.now() - findStarted;
    let reports: unknown[] | undefined;
    const held = await longestEventLoopHold(async () => (reports = await analyzeInSlices(note, () => false)));
    console.log(`host slices: 21,000 distinct formulas: findMath alone ${findMs.toFixed(0)} ms`);
    expect(spans).toBe(21_000);
    expect(reports).toHaveLength(21_000);
    // Gross: the regression this guards held the loop for 6.7 s on an idle machine.
    expectDuration('longest hold while analysing 21,000 distinct formulas in slices', held, findMs + SLICE_MS + 5_000);
  }, scaled(600_000));
});
