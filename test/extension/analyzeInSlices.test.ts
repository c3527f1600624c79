import { describe, expect, it } from 'vitest';
import { expectDuration, scaled } from '../support/timing';
import { longestEventLoopHold } from '../support/eventLoop';
import * as formulas from '../../src/core/formula/index';
import { analyzeFirstInSlices, SLICE_MS } from '../../src/extension/notes/analyzeInSlices';

/** The core's formula loop over `note`, capped at `maxFormulas`, without a time limit (as the editor drives it). */
const stepsOf = (note: string, maxFormulas = Infinity) => formulas.analyzeNoteSteps(formulas.noteContext(note), { maxFormulas, noteTimeLimitMs: Infinity });

/** Every report of the note, analysed in slices; undefined when stale. */
const analyzeInSlices = async (note: string, isStale: () => boolean) => (await analyzeFirstInSlices(stepsOf(note), isStale))?.reports;

/** Passes the steps of `steps` through, counting them in `counter.n`. */
async function* counted<T, R>(steps: AsyncGenerator<T, R, void>, counter: { n: number }): AsyncGenerator<T, R, void> {
  for (;;) {
    const step = await steps.next();
    if (step.done) return step.value;
    counter.n++;
    yield step.value;
  }
}

/** A note with many distinct formulas, so nothing comes from the cache. */
function bigNote(count: number, salt: string): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`Claim ${salt}${i}: $${(1 + i / 997).toFixed(4)}^{${(i % 90) + 10}} \\approx ${i + 1} \\times 10^{${i % 7}}$.`);
  return lines.join('\n\n');
}


describe('analyzeInSlices', () => {
  it('gives the same reports as analyzeNote', async () => {
    const note = bigNote(40, 'same');
    const sliced = await analyzeInSlices(note, () => false);
    formulas.clearFormulaCache();
    expect(sliced).toEqual(await formulas.analyzeNote(note));
  });

  it('keeps the event loop breathing on a note with a thousand new formulas', async () => {
    await formulas.analyzeFormula('1 + 1 = 2'); // load the evaluator outside the measurement
    const note = bigNote(1000, 'loop');
    let reports: unknown[] | undefined;
    const held = await longestEventLoopHold(async () => (reports = await analyzeInSlices(note, () => false)));
    expect(reports).toHaveLength(1000);
    // About one slice (measured 50–135 ms); analyzeNote alone holds the loop for about a second here. The bound is gross.
    expectDuration('longest event-loop hold while analysing 1,000 new formulas in slices', held, SLICE_MS + 5_000);
  }, scaled(180_000));

  it('stops early when the note changed meanwhile', async () => {
    // A stand-in whose every formula takes ~5 ms, so slices end after a few formulas whatever the machine.
    let evaluated = 0;
    async function* slow(): AsyncGenerator<undefined, formulas.NoteAnalysis, void> {
      for (let i = 0; i < 100; i++) {
        evaluated++;
        const until = performance.now() + 5;
        while (performance.now() < until) {
          // busy: a formula being evaluated
        }
        yield undefined;
      }
      return { reports: [], notChecked: null };
    }
    expect(await analyzeFirstInSlices(slow(), () => true)).toBeUndefined();
    expect(evaluated).toBeGreaterThan(0);
    expect(evaluated).toBeLessThanOrEqual(Math.ceil(SLICE_MS / 5) + 1);
  });

  it('evaluates at most maxFormulas and says how many it left out, from which', async () => {
    const note = bigNote(30, 'cap');
    const evaluated = { n: 0 };
    const capped = await analyzeFirstInSlices(counted(stepsOf(note, 12), evaluated), () => false);
    expect(evaluated.n).toBe(12);
    expect(capped!.reports).toEqual((await analyzeInSlices(note, () => false))!.slice(0, 12));
    const spans = formulas.findMath(note);
    expect(capped!.leftOut).toEqual({ count: 18, first: spans[12], maxFormulas: 12 });
    // Under the cap nothing is left out; the service's cap is the core's, as for `gradexp check`.
    expect((await analyzeFirstInSlices(stepsOf(note, formulas.DEFAULT_MAX_FORMULAS), () => false))!.leftOut).toBeNull();
  });
});
