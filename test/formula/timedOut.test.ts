import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeFormula, clearFormulaCache } from '../../src/core/formula';
import { MAX_TIMED_OUT_ATTEMPTS, ReportCache } from '../../src/core/formula/reportCache';
import type { FormulaReport } from '../../src/core/formula';

/** A machine so busy that every reading of the clock is a second later than the last one. */
function busyMachine(): void {
  let now = Date.now();
  vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000));
}

// From a D2L chapter (numerical stability): trivial, but it ran out of its 250 ms on a loaded machine.
const FORMULA = '\\sqrt{0.2 \\times 0.37} = 0.272';

describe('a formula whose time budget ran out (reportCache.ts)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    clearFormulaCache();
  });

  it('gets its real verdict on the next pass once the machine is quiet again', async () => {
    await analyzeFormula('1 + 1'); // the engine loads outside the busy spell
    clearFormulaCache();
    busyMachine();
    const busy = await analyzeFormula(FORMULA);
    expect(busy.verdict).toBe('none');
    expect(busy.error).toMatch(/took too long/);
    vi.restoreAllMocks();
    const quiet = await analyzeFormula(FORMULA);
    expect(quiet.verdict).toBe('holds');
    // A report made in time is final: the next pass reuses it.
    expect(await analyzeFormula(FORMULA)).toBe(quiet);
  });

  it(`is made again at most ${MAX_TIMED_OUT_ATTEMPTS} times, then kept (an edit never pays the budget again)`, async () => {
    await analyzeFormula('1 + 1');
    clearFormulaCache();
    busyMachine();
    const attempts: FormulaReport[] = [];
    for (let k = 0; k < MAX_TIMED_OUT_ATTEMPTS; k++) attempts.push(await analyzeFormula(FORMULA));
    expect(new Set(attempts).size).toBe(MAX_TIMED_OUT_ATTEMPTS); // each one made afresh
    expect(attempts.every((r) => /took too long/.test(r.error ?? ''))).toBe(true);
    expect(await analyzeFormula(FORMULA)).toBe(attempts[attempts.length - 1]);
  });
});

describe('ReportCache', () => {
  const report = (source: string): FormulaReport => ({ source }) as FormulaReport;

  it('reuses a report made in time, and a timed-out one only after its last attempt', () => {
    const cache = new ReportCache(10);
    cache.set('a', report('a'), false);
    expect(cache.get('a')?.source).toBe('a');
    for (let k = 1; k < MAX_TIMED_OUT_ATTEMPTS; k++) {
      cache.set('b', report(`b${k}`), true);
      expect(cache.get('b')).toBeUndefined();
    }
    cache.set('b', report('b-last'), true);
    expect(cache.get('b')?.source).toBe('b-last');
  });

  it('gives each attempt after one that ran out of time twice its budget', () => {
    const cache = new ReportCache(10);
    expect(cache.budgetScale('a')).toBe(1);
    cache.set('a', report('a1'), true);
    expect(cache.budgetScale('a')).toBe(2);
    cache.set('a', report('a2'), true);
    expect(cache.budgetScale('a')).toBe(4);
    cache.set('a', report('a3'), false);
    expect(cache.budgetScale('a')).toBe(1);
  });

  it('counts attempts again after a report made in time, and forgets everything when full', () => {
    const cache = new ReportCache(2);
    cache.set('a', report('a1'), true);
    cache.set('a', report('a2'), false);
    cache.set('a', report('a3'), true);
    expect(cache.get('a')).toBeUndefined(); // one timed-out attempt since the last good report
    cache.set('b', report('b'), false);
    cache.set('c', report('c'), false); // a third key: the cache was full
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')?.source).toBe('c');
  });
});
