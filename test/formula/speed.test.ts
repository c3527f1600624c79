import { describe, expect, it } from 'vitest';
import { analyzeFormula, clearFormulaCache, engineLoadTimeMs } from '../../src/core/formula';

describe('speed', () => {
  it('analyses a typical formula in well under 5 ms once warm, and instantly from the cache', async () => {
    await analyzeFormula('1 + 1'); // load and warm the engine
    expect(engineLoadTimeMs()).toBeGreaterThan(0);
    clearFormulaCache();
    const formulas = Array.from({ length: 200 }, (_, k) => `${1 + k / 100}^{${k}} \\approx ${k + 1} \\times 10^{3}`);
    const started = performance.now();
    for (const f of formulas) await analyzeFormula(f);
    const perFormula = (performance.now() - started) / formulas.length;
    expect(perFormula).toBeLessThan(5);
    const cachedStart = performance.now();
    for (const f of formulas) await analyzeFormula(f);
    expect((performance.now() - cachedStart) / formulas.length).toBeLessThan(0.2);
  });
});
