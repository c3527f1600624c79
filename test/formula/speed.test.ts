import { describe, expect, it } from 'vitest';
import { expectDuration } from '../support/timing';
import { analyzeFormula, clearFormulaCache, engineLoadTimeMs } from '../../src/core/formula';

describe('speed', () => {
  it('analyses typical formulas once warm, and from the cache (times reported; ~1 ms and µs on an idle machine)', async () => {
    await analyzeFormula('1 + 1'); // load and warm the engine
    expect(engineLoadTimeMs()).toBeGreaterThan(0);
    clearFormulaCache();
    const formulas = Array.from({ length: 200 }, (_, k) => `${1 + k / 100}^{${k}} \\approx ${k + 1} \\times 10^{3}`);
    const started = performance.now();
    for (const f of formulas) await analyzeFormula(f);
    const perFormula = (performance.now() - started) / formulas.length;
    // Gross bounds: formulas that run into their 250 ms time cap would break the first on average.
    expectDuration('one typical formula, warm (mean of 200)', perFormula, 100);
    const cachedStart = performance.now();
    for (const f of formulas) await analyzeFormula(f);
    expectDuration('one typical formula from the cache (mean of 200)', (performance.now() - cachedStart) / formulas.length, 10);
  });
});
