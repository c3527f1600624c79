/**
 * The host analyses a note's formulas in slices (analyzeInSlices) so a large
 * note never blocks it, then assembles the note's report with one final
 * analyzeNote pass that is meant to be served from the core's per-formula
 * cache. This checks that the final synchronous pass stays short when the
 * note has more distinct formulas than the cache holds.
 *
 * Known bug, routed to the extension's owner: the core's cache holds 20,000
 * reports and is cleared when full (src/core/formula/analyze.ts), so with
 * 25,000 distinct formulas the final pass recomputes thousands of them in one
 * synchronous stretch (measured 6.7 s, against 0.24 s for 15,000).
 */
import { describe, expect, it } from 'vitest';
import * as formulas from '../../src/core/formula';
import { analyzeInSlices } from '../../src/extension/controller/analyzeInSlices';

/** `count` distinct formulas, one paragraph each. */
function distinctFormulas(count: number): string {
  return Array.from({ length: count }, (_, k) => `Line $${(k % 50) + 2}^{${(k % 7) + 1}} + x_{${k}}$ here.`).join('\n\n');
}

/** Runs analyzeInSlices and times its final, synchronous analyzeNote pass. */
async function finalPassMs(note: string): Promise<{ ms: number; reports: number }> {
  formulas.clearFormulaCache();
  let ms = 0;
  const timedNote = async (text: string) => {
    const started = performance.now();
    const reports = await formulas.analyzeNote(text);
    ms = performance.now() - started;
    return reports;
  };
  const reports = await analyzeInSlices({ findMath: formulas.findMath, analyzeFormula: formulas.analyzeFormula, analyzeNote: timedNote }, note, () => false);
  return { ms, reports: reports?.length ?? 0 };
}

describe('the final pass of analyzeInSlices blocks the host only briefly', () => {
  it('21,000 distinct formulas: the last synchronous pass is under 1 s', async () => {
    const { ms, reports } = await finalPassMs(distinctFormulas(21_000));
    console.log(`host slices: 21,000 distinct formulas: final analyzeNote pass ${ms.toFixed(0)} ms`);
    expect(reports).toBe(21_000);
    expect(ms).toBeLessThan(1_000);
  }, 120_000);
});
