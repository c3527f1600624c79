/**
 * `gradexp check` on a busy machine: a note whose formulas ran out of their
 * time budget is analysed again within the note's own budget, so its fails
 * (and the definitions later formulas use) come back once the machine is quiet,
 * and a machine that stays busy costs a bounded number of attempts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as formulas from '../../src/core/api/formulas';
import { analysedAgainWhenCutShort } from '../../src/cli/check/againWhenCutShort';

// The e2e fixture: σ defined, then an identity about σ that fails, and a numeric fail.
const NOTE = readFileSync(join(__dirname, '..', 'e2e', 'fixtures', 'verdicts.md'), 'utf8');

/** Every reading of the clock a second after the last one: every formula's budget runs out. */
function busyMachine(): void {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
}

const fails = (analysis: formulas.NoteAnalysis) => analysis.reports.flatMap((r) => r.claims).filter((c) => c.verdict === 'fails').length;
const unlimited = { noteTimeLimitMs: Infinity };

describe('check analyses a note again when a formula was cut short', () => {
  beforeEach(async () => {
    await formulas.analyzeFormula('1 + 1'); // the engine loads outside the busy spell
    formulas.clearFormulaCache();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    formulas.clearFormulaCache();
  });

  it('finds the fails a busy first attempt left undecided', async () => {
    let attempts = 0;
    const analysis = await analysedAgainWhenCutShort(unlimited, async (budget) => {
      if (++attempts === 1) busyMachine();
      const a = await formulas.analyzeNoteWithin(NOTE, budget);
      vi.restoreAllMocks();
      if (attempts === 1) {
        expect(a.reports.some((r) => r.cutShort)).toBe(true);
        expect(fails(a)).toBe(0); // nothing fails in a report cut short
      }
      return a;
    });
    expect(attempts).toBe(2);
    expect(analysis.reports.some((r) => r.cutShort)).toBe(false);
    expect(fails(analysis)).toBe(2); // σ'(x) = σ(x)(1+σ(x)) with σ as defined, and 0.9⁵⁰ ≈ 0.05
  });

  it('stops when an attempt heals nothing: a machine that stays busy costs one more attempt', async () => {
    let attempts = 0;
    busyMachine();
    const analysis = await analysedAgainWhenCutShort(unlimited, (budget) => {
      attempts++;
      return formulas.analyzeNoteWithin(NOTE, budget);
    });
    expect(attempts).toBe(2);
    expect(analysis.reports.some((r) => r.cutShort)).toBe(true);
    expect(fails(analysis)).toBe(0);
  });

  it('spends only what is left of the note-wide budget, and only while half of it is left', async () => {
    let now = 0;
    const budgets: number[] = [];
    const clock = () => now;
    let cutShortLeft = 3;
    const analysis = await analysedAgainWhenCutShort({ noteTimeLimitMs: 3_000, now: clock }, async (budget) => {
      budgets.push(budget.noteTimeLimitMs ?? NaN);
      now += 1_000; // each attempt takes a second of the note's three
      return reportsCutShort(--cutShortLeft, 3); // every attempt heals one formula
    });
    expect(budgets).toEqual([3_000, 2_000]); // a third attempt would have had 1 s: less than half
    expect(analysis.reports.filter((r) => r.cutShort)).toHaveLength(1);
  });

  it(`attempts up to ${formulas.MAX_TIMED_OUT_ATTEMPTS} times while each attempt heals some formula`, async () => {
    const cutShortSeen: number[] = [];
    const analysis = await analysedAgainWhenCutShort(unlimited, async () => {
      const a = reportsCutShort([3, 1, 0, 0][cutShortSeen.length]!, 3);
      cutShortSeen.push(a.reports.filter((r) => r.cutShort).length);
      return a;
    });
    expect(formulas.MAX_TIMED_OUT_ATTEMPTS).toBe(3);
    expect(cutShortSeen).toEqual([3, 1, 0]);
    expect(analysis.reports.some((r) => r.cutShort)).toBe(false);
  });
});

/** A stand-in analysis of `total` formulas, the first `cut` of them cut short (all the loop reads). */
function reportsCutShort(cut: number, total: number): formulas.NoteAnalysis {
  const reports = Array.from({ length: total }, (_, k) => ({ cutShort: k < cut }));
  return { reports } as unknown as formulas.NoteAnalysis;
}
