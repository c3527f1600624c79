import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { analyzeFormula, analyzeNote, analyzeNoteWithin, DEFAULT_MAX_FORMULAS, findMath, MAX_FORMULA_LENGTH } from '../../src/core/formula';

/** `count` distinct claims, one per line: `$k + 1 = k+1$` (the third one is false). */
function claims(count: number): string {
  return Array.from({ length: count }, (_, k) => `Line ${k}: $${k} + 1 = ${k === 2 ? k + 5 : k + 1}$`).join('\n');
}

/** A clock that moves `stepMs` every time it is read. */
function steppingClock(stepMs: number): () => number {
  let t = 0;
  return () => (t += stepMs);
}

describe('analyzeNoteWithin: note-wide budget', () => {
  it('evaluates every formula when the note is within both limits, exactly as analyzeNote does', async () => {
    const note = claims(6);
    const { reports, notChecked } = await analyzeNoteWithin(note);
    expect(notChecked).toBeNull();
    expect(reports).toEqual(await analyzeNote(note));
    expect(reports.map((r) => r.verdict)).toEqual(['holds', 'holds', 'fails', 'holds', 'holds', 'holds']);
  });

  it('stops at maxFormulas and says how many were left and where the first of them is', async () => {
    const note = claims(5);
    const spans = findMath(note);
    const { reports, notChecked } = await analyzeNoteWithin(note, { maxFormulas: 3 });
    expect(reports.map((r) => r.span)).toEqual(spans.slice(0, 3));
    expect(notChecked).toEqual({ limit: 'formulas', budget: 3, count: 2, first: spans[3] });
    expect(notChecked!.first.line).toBe(4);
  });

  it('a note with exactly maxFormulas formulas is complete', async () => {
    const { reports, notChecked } = await analyzeNoteWithin(claims(4), { maxFormulas: 4 });
    expect(reports).toHaveLength(4);
    expect(notChecked).toBeNull();
  });

  it('stops when the note-wide time is spent, reading the clock between formulas', async () => {
    // The clock is read once to start (t = 10) and once before each formula: 20, 30, 40 are within 10 + 25.
    const { reports, notChecked } = await analyzeNoteWithin(claims(6), { noteTimeLimitMs: 25, now: steppingClock(10) });
    expect(reports).toHaveLength(2);
    expect(notChecked).toMatchObject({ limit: 'time', budget: 25, count: 4 });
    expect(notChecked!.first.line).toBe(3);
  });

  it('the formula count is checked before the clock, so the result does not depend on speed when both apply', async () => {
    // Before the second formula both limits are reached (count 1, clock 30 > 10 + 15).
    const { notChecked } = await analyzeNoteWithin(claims(3), { maxFormulas: 1, noteTimeLimitMs: 15, now: steppingClock(10) });
    expect(notChecked).toMatchObject({ limit: 'formulas', count: 2 });
  });

  it('defaults to the panel’s 10,000 formulas', async () => {
    expect(DEFAULT_MAX_FORMULAS).toBe(10_000);
    const note = Array.from({ length: 2_550 }, () => '$1$ $2$ $3$ $4$').join('\n');
    const { reports, notChecked } = await analyzeNoteWithin(note, { noteTimeLimitMs: 60_000 });
    expect(reports).toHaveLength(10_000);
    expect(notChecked).toMatchObject({ limit: 'formulas', budget: 10_000, count: 200 });
  });

  it('a note without math has nothing to check and nothing left over', async () => {
    expect(await analyzeNoteWithin('# no math here\n\n`$1$` is code')).toEqual({ reports: [], notChecked: null });
  });
});

describe('one formula: length cap and deadline', () => {
  it(`a chain of short claims longer than ${MAX_FORMULA_LENGTH} characters is refused whole, before it is split`, async () => {
    const chain = '1='.repeat(200_000) + '1';
    const started = performance.now();
    const report = await analyzeFormula(chain);
    // Splitting it and evaluating 200,000 claims would take minutes.
    expectDuration('a 400,000-character chain refused', performance.now() - started, 5_000);
    expect(report.claims).toEqual([]);
    expect(report.sides).toHaveLength(1);
    expect(report.error).toBe(`cannot evaluate: the formula is longer than ${MAX_FORMULA_LENGTH} characters`);
  });

  it('a chain just under the cap is still judged claim by claim', async () => {
    const report = await analyzeFormula('2^{10} = 1024 = 1024');
    expect(report.claims.map((c) => c.verdict)).toEqual(['holds', 'holds']);
  });

  it('sides after the formula’s deadline are not evaluated', async () => {
    // A deadline already past: every side is refused without reaching the engine.
    const report = await analyzeFormula('1 + 1 = 2 \\quad 3 = 3', { timeLimitMs: -1 });
    expect(report.sides.map((s) => s.error)).toEqual(Array(4).fill('cannot evaluate: evaluation took too long'));
    expect(report.claims.map((c) => c.verdict)).toEqual(['none', 'none']);
  });
});
