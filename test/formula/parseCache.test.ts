import { describe, expect, it } from 'vitest';
import { latexReader } from '../../src/core/formula/read/engine';
import { analyzeFormula, clearFormulaCache } from '../../src/core/formula';
import { evaluateSide, readTreeOf } from '../../src/core/formula/evaluate/evaluateSide';
import { applyCalls } from '../../src/core/formula/identity/identity';
import { readAs } from '../../src/core/formula/read/readAs';
import { normalizeLatex } from '../../src/core/formula/read/preprocess';

describe('trees read once per LaTeX text (engine.ts)', () => {
  it('hands the same frozen tree to every reader of the same side', async () => {
    const reader = await latexReader();
    const side = '\\frac{\\partial L}{\\partial \\mathbf{W}^{(2)}}';
    const first = reader.read(side);
    expect(reader.read(side)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // Frozen all the way down: no caller can change what another one reads.
    const nested = (first as readonly unknown[])[1];
    expect(Array.isArray(nested) && Object.isFrozen(nested)).toBe(true);
  });

  it('reads again after clearFormulaCache, to the same MathJSON', async () => {
    const reader = await latexReader();
    const side = '0.9^{50} \\times \\sqrt{2}';
    const before = reader.read(side);
    clearFormulaCache();
    const after = reader.read(side);
    expect(after).not.toBe(before);
    expect(after).toEqual(before);
  });

  it('gives a side shared by two formulas the same value in both (a D2L pair)', async () => {
    const a = await analyzeFormula('\\sqrt{0.2 \\times 0.37} = 0.272');
    const b = await analyzeFormula('\\sqrt{0.2 \\times 0.37} \\approx 0.27');
    expect(a.sides[0]!.value).toBe(b.sides[0]!.value);
    expect(a.verdict).toBe('holds');
    expect(b.verdict).toBe('holds');
  });

  it('keeps the scalar reading of a side per tree: the same report each time, one frozen tree shared', async () => {
    const reader = await latexReader();
    const text = '\\mathrm{softmax}(\\mathbf{x}) + \\binom{n}{k} x + \\sigma\'(z)';
    const limits = () => ({ deadline: Date.now() + 60_000 });
    const first = evaluateSide({ text, offset: 0 }, reader, limits());
    const second = evaluateSide({ text, offset: 0 }, reader, limits());
    expect(second).toEqual(first);
    expect(first.symbols.length).toBeGreaterThan(0);
    const tree = readTreeOf(first);
    expect(readTreeOf(second)).toBe(tree);
    expect(Object.isFrozen(tree)).toBe(true);
    // What was kept is what reading afresh gives (normalised, calls applied: `\\binom` is one; the same "read as").
    const fresh = applyCalls(reader.read(normalizeLatex(text)), () => false);
    expect(tree).toEqual(fresh);
    expect(first.readAs).toBe(readAs(fresh));
    // A report's symbols are its own: changing them changes no other report.
    (first.symbols as string[]).push('changed');
    expect(evaluateSide({ text, offset: 0 }, reader, limits()).symbols).toEqual(second.symbols);
  });
});
