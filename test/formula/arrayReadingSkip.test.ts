/**
 * The array reading skipped where it can only refuse (matrixSide.ts,
 * arrayReadingRefuses): every side the rule skips is checked against the
 * array reading itself, run anyway — on every side of the corpus notes and on
 * sides written to sit at the rule's edges (constants, transposes, traces,
 * empty sums, limits, lists).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latexReader, type LatexReader } from '../../src/core/formula/read/engine';
import { evaluateSide, valueProblem } from '../../src/core/formula/evaluate/evaluateSide';
import { arrayReadingRefuses, evaluateArraySide } from '../../src/core/formula/matrices/matrixSide';
import { findMath } from '../../src/core/formula/find/findMath';
import { splitFormula } from '../../src/core/formula/split';
import { scaled } from '../support/timeScale';

const limits = () => ({ deadline: Date.now() + scaled(5000) });

/** Each side the rule skips: what the array reading would have given (undefined: nothing). */
function skipped(reader: LatexReader, text: string): { skipped: boolean; arrayReport: unknown } {
  const scalar = evaluateSide({ text, offset: 0 }, reader, limits());
  const arrayReport = evaluateArraySide({ source: text, offset: 0 }, reader, limits(), valueProblem);
  return { skipped: arrayReadingRefuses(text, scalar.symbols), arrayReport };
}

function corpusSides(): string[] {
  const dir = path.join(__dirname, '..', 'corpus', 'notes');
  const sides = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    for (const span of findMath(fs.readFileSync(path.join(dir, file), 'utf8'))) {
      for (const statement of splitFormula(span.source)) for (const side of statement.sides) sides.add(side.text);
    }
  }
  return [...sides];
}

describe('skipping the array reading', () => {
  it('skips only sides whose array reading gives nothing, on every side of the corpus notes', async () => {
    const reader = await latexReader();
    const sides = corpusSides();
    expect(sides.length).toBeGreaterThan(1000);
    let skips = 0;
    for (const text of sides) {
      const { skipped: skip, arrayReport } = skipped(reader, text);
      if (!skip) continue;
      skips++;
      expect(arrayReport, text).toBeUndefined();
    }
    // The rule has work to do there: symbolic sides with bold names, norms and transposes.
    expect(skips).toBeGreaterThan(100);
  }, scaled(120_000));

  it('skips symbolic sides with bold names, transposes and norms', async () => {
    const reader = await latexReader();
    for (const text of ['\\mathbf{W}^\\top \\mathbf{x}', '\\|\\mathbf{z} - \\mathbf{a}\\|_{2}^2 + \\frac{\\beta}{2} \\|\\mathbf{K}\\|_{F}^2', '\\mathbf{e}_{t-1} + \\mathbf{x}', '\\boldsymbol{\\Sigma} \\mathbf{v}']) {
      const { skipped: skip, arrayReport } = skipped(reader, text);
      expect(skip, text).toBe(true);
      expect(arrayReport, text).toBeUndefined();
    }
  });

  it('keeps the sides the array reading gives a value, or may', async () => {
    const reader = await latexReader();
    const kept = [
      '\\mathbf{e}', // bold e: Euler's number in the array reading
      '\\mathbf{e}^{(2)}',
      '(1, 2)^T (3, 4)',
      '[1, 2] \\cdot [3, 4]^T',
      '\\|(3, 4)\\|',
      '\\sum_{k=1}^{0} \\mathbf{x}_k', // an empty sum never reaches x
      '\\lim_{x \\to 0} \\mathbf{x}',
      '\\mathrm{tr}(\\mathbf{A})',
      '\\det(\\mathbf{A})',
      '\\mathbf{i} \\cdot \\mathbf{e}', // i may be the imaginary unit
    ];
    for (const text of kept) expect(skipped(reader, text).skipped, text).toBe(false);
    expect(evaluateSide({ text: '\\mathbf{e}', offset: 0 }, reader, limits()).value).toBe(Math.E);
    expect(evaluateSide({ text: '\\sum_{k=1}^{0} \\mathbf{x}_k', offset: 0 }, reader, limits()).value).toBe(0);
  });
});
