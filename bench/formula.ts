/**
 * Formula benchmarks: the LaTeX engine's first load, finding math in a huge
 * note, analysing typical formulas warm, and re-analysing them from the cache.
 */
import { analyzeFormula, analyzeNote, clearFormulaCache, engineLoadTimeMs, findMath } from '../src/core/formula';

/** Times, in milliseconds, of the formula module's main paths. */
export async function benchFormulas(): Promise<{ name: string; ms: number }[]> {
  const results: { name: string; ms: number }[] = [];
  const time = async (name: string, work: () => unknown): Promise<void> => {
    const started = performance.now();
    await work();
    results.push({ name, ms: performance.now() - started });
  };

  const coldStart = performance.now();
  await analyzeFormula('1.5^{100} \\approx 4 \\times 10^{17}');
  const cold = performance.now() - coldStart;
  // If another benchmark loaded the engine first, only its recorded load time is meaningful.
  results.push({ name: 'formula: engine first load (import + construct)', ms: engineLoadTimeMs() ?? cold });
  results.push({ name: 'formula: first formula incl. load', ms: cold });

  const hugeNote = Array.from({ length: 25_000 }, (_, k) => `- step ${k}: $a_${k}$ and $${k}^{2}$\n\n  see $$${k} \\times 2$$ and $b$`).join('\n');
  await time('formula: findMath, 100,000 formulas', () => findMath(hugeNote));

  const typical = Array.from({ length: 1000 }, (_, k) => `${(1 + k / 1000).toFixed(3)}^{${k % 200}} \\approx ${1 + (k % 9)} \\times 10^{${k % 7}}`);
  clearFormulaCache();
  await time('formula: analyse 1,000 typical formulas (warm, uncached)', async () => {
    for (const f of typical) await analyzeFormula(f);
  });
  results.push({ name: 'formula: one typical formula (warm, uncached)', ms: results[results.length - 1].ms / typical.length });
  await time('formula: analyse the same 1,000 from the cache', async () => {
    for (const f of typical) await analyzeFormula(f);
  });

  // Identities are checked at up to 64 random points each: a hover over one must stay quick.
  const identities = Array.from({ length: 50 }, (_, k) => [
    `\\tanh(x) = 2\\sigma(2x) - ${1 + k * 0}`,
    `\\log(a b^{${k + 2}}) = \\log a + ${k + 2}\\log b`,
    `(a+b)^2 = a^2 + 2ab + b^2 + ${k} - ${k}`,
    `\\frac{d}{dx}\\sigma(x) = \\sigma(x)(1-\\sigma(x)) + ${k} - ${k}`,
  ]).flat();
  clearFormulaCache();
  await time('formula: analyse 200 identities (warm, uncached)', async () => {
    for (const f of identities) await analyzeFormula(f);
  });
  results.push({ name: 'formula: one identity (warm, uncached)', ms: results[results.length - 1].ms / identities.length });

  const note = Array.from({ length: 500 }, (_, k) => `段落 ${k}: $$0.9^{${k}} \\approx ${(0.9 ** k).toPrecision(2)}$$ 和 $\\mathbf{h}^{${k}}$`).join('\n\n');
  clearFormulaCache();
  await time('formula: analyseNote, 1,000 formulas', () => analyzeNote(note));
  return results;
}
