/**
 * Hover benchmarks: the Markdown of a formula hover, with and without the
 * drawn formula images (MathJax, required from dist/formula-image.js as the
 * extension requires it on the first formula hover): the renderer's load and
 * first drawing, then a hover warm (formulas not drawn before) and cached (the
 * same formula hovered again). The formulas' analyses are done beforehand:
 * these rows are what drawing adds to a hover. Then the Obsidian editor's rows
 * (bench/obsidianEditor.ts).
 */
import * as path from 'node:path';
import { formatNumber } from '../src/core/display';
import { analyzeFormula, type FormulaReport } from '../src/core/formula';
import { formulaHoverMarkdown } from '../src/extension/hover/formulaHoverText';
import { FormulaImages } from '../src/extension/hover/formulaImage/formulaImages';
import type * as RenderSvg from '../src/extension/hover/formulaImage/renderSvg';
import { obsidianEditorRows } from './obsidianEditor';

/** Formulas of the kinds notes hold (claims with powers, roots, fractions, units, identities). */
const FORMULAS = [
  String.raw`1.5^{100} \approx 4 \times 10^{17}`,
  String.raw`\sqrt{0.2 \times 0.37} = 0.272`,
  String.raw`\tanh(x) = 2\sigma(2x) - 1`,
  String.raw`2 \cdot 160 \textrm{MB} / (3 \cdot 18 \textrm{GB/s}) \approx 6 \textrm{ms}`,
  String.raw`\frac{1}{1+e^{-x}} = 0.5`,
  String.raw`\sum_{k=1}^{10} k^2 = 385`,
];

export async function benchHover(): Promise<{ name: string; ms: number }[]> {
  const fmt = (x: number) => formatNumber(x, 5);
  const reports: FormulaReport[] = [];
  // 100 distinct formulas (a number varied), so "uncached" rows draw each afresh.
  for (let k = 0; k < 100; k++) reports.push(await analyzeFormula(`${FORMULAS[k % FORMULAS.length]!} + ${k} - ${k}`));
  const results: { name: string; ms: number }[] = [];
  const perHover = (name: string, work: (r: FormulaReport) => unknown) => {
    const started = performance.now();
    for (const r of reports) work(r);
    results.push({ name, ms: (performance.now() - started) / reports.length });
  };

  perHover('hover: one formula hover, text only (analysis done)', (r) => formulaHoverMarkdown(r, fmt));

  let loadMs = 0;
  const images = new FormulaImages(() => {
    const started = performance.now();
    const mod = require(path.join(__dirname, 'formula-image.js')) as typeof RenderSvg;
    loadMs = performance.now() - started;
    return mod;
  }, () => undefined);
  const firstStarted = performance.now();
  const imager = images.imager('#3b3b3b', 14)!;
  formulaHoverMarkdown(reports[0]!, fmt, { imager });
  const first = performance.now() - firstStarted;
  results.push({ name: 'hover: renderer load (require dist/formula-image.js)', ms: loadMs });
  results.push({ name: 'hover: first formula hover with images, incl. load', ms: first });
  // A fresh cache, the renderer warm: every formula drawn afresh, then each again from the cache.
  const warm = new FormulaImages(() => require(path.join(__dirname, 'formula-image.js')) as typeof RenderSvg, () => undefined).imager('#3b3b3b', 14)!;
  perHover('hover: one formula hover with images (warm, not drawn before)', (r) => formulaHoverMarkdown(r, fmt, { imager: warm }));
  perHover('hover: one formula hover with images (cached)', (r) => formulaHoverMarkdown(r, fmt, { imager: warm }));
  results.push(...(await obsidianEditorRows()));
  return results;
}
