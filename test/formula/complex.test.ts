/**
 * Complex numbers and when `i` is the imaginary unit (complex.ts;
 * docs/readings/evaluating.md). Reference values from mpmath at 40 digits:
 * test/fixtures/formula/analysis-references.py writes analysis-references.json.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';
import { analysisReferences, readSide, unhurriedBudget } from '../support/analysisReferences';
import { latexReader } from '../../src/core/formula/read/engine';
import { normalizeLatex } from '../../src/core/formula/read/preprocess';
import { evaluateComplex, usesImaginaryUnit } from '../../src/core/formula/evaluate/complex';
import { failureText } from '../../src/core/claimWords';

const references = analysisReferences;

describe('complex arithmetic with a carried bound', () => {
  it.each(Object.entries(references.complex))('%s is within its carried bound of the mpmath value', async (latex, [re, im]) => {
    const z = evaluateComplex(await readSide(latex), unhurriedBudget());
    expect(Math.hypot(z.re - re, z.im - im)).toBeLessThanOrEqual(2 * z.noise + 1e-300);
    expect(z.noise).toBeLessThan(1e-14);
  });

  it('is exact where float64 is: i·i, (1+i)², |3+4i|, √−1', async () => {
    const reader = await latexReader();
    for (const latex of ['i^2', '(1+i)^2', '|3+4i|', '\\sqrt{-1}']) {
      const z = evaluateComplex(reader.read(normalizeLatex(latex)), { deadline: Date.now() + 5000, maxTerms: 100_000, steps: 0 });
      expect(z.noise, latex).toBe(0);
    }
  });
});

describe('claims about complex numbers', () => {
  it.each([
    ['e^{i\\pi} = -1'],
    ['e^{\\mathrm{i}\\pi} = -1'],
    ['i^2 = -1'],
    ['|3+4i| = 5'],
    ['(1+i)^2 = 2i'],
    ['\\sqrt{-1} = i'],
    ['\\frac{1}{i} = -i'],
    ['e^{i\\pi/2} = i'],
    ['(1+i)(1-i) = 2'],
    ['\\ln(-1) = i\\pi'],
  ])('%s holds', async (latex) => {
    expect((await judgeFormula(latex)).verdict).toBe('holds');
  });

  it('e^{iπ} + 1 = 0 is undecided like sin(π) = 0: float64 leaves 1.2e-16 i within its rounding bound', async () => {
    const report = await judgeFormula('e^{i\\pi}+1=0');
    expect(report.verdict).toBe('none');
    expect(report.error).toMatch(/^cannot evaluate: float64 cannot decide this claim; the sides differ by 1\.2e-16/);
  });

  it('a wrong claim fails with the complex value in the message', async () => {
    const report = await judgeFormula('(1+i)^2 = -2');
    expect(report.verdict).toBe('fails');
    expect(report.claims[0]!.left.imaginary).toBe(2);
    expect(report.value).toBe(-2); // the real side: a complex value is no single number to show
    expect(failureText(report.claims[0]!, (x) => String(x))).toBe('(1+i)^2 = 2i, not = -2');
    expect((await judgeFormula('i^3 = -1')).verdict).toBe('fails');
    expect((await judgeFormula('2\\mathrm{i} + 1 = 7')).verdict).toBe('fails');
  });

  it('complex numbers are not ordered', async () => {
    const report = await judgeFormula('\\mathrm{i} < 2');
    expect(report.verdict).toBe('none');
    expect(report.error).toBe('cannot evaluate: complex numbers are not ordered');
  });
});

describe('when i is the imaginary unit', () => {
  it.each([
    [['x_i', 'i + 1'], false], // an index elsewhere in the statement
    [['\\sum_{i=1}^{3} i', '6'], false],
    [['a_{ij}', 'i'], false],
    [['i', '1'], false], // `i = 1, …, n`
    [['i^2', '-1'], true],
    [['\\mathrm{i}^2', '-1'], true],
    [['\\mathbf{i} \\cdot \\mathbf{i}', '1'], false], // a unit vector
  ])('%j', (sides, expected) => {
    expect(usesImaginaryUnit(sides, sides.map(() => '=' as const).slice(1), false)).toBe(expected);
  });

  it('not when an order relation compares i, nor once the note defined i', () => {
    expect(usesImaginaryUnit(['1', 'i', 'n'], ['\\le', '\\le'], false)).toBe(false);
    expect(usesImaginaryUnit(['i^2', '-1'], ['='], true)).toBe(false);
  });

  it('a claim that holds for an index i is an equation in i, not a false claim', async () => {
    const report = await judgeFormula('2i + 1 = 7');
    expect(report.verdict).toBe('none');
    expect(report.error).toBe('cannot evaluate: it fails with i the imaginary unit, but holds for i = 3 if i is an index');
  });

  it("Euler's formula with a real variable is not judged (it failed when i was read as a real variable)", async () => {
    const report = await judgeFormula('e^{ix} = \\cos x + i \\sin x');
    expect(report.verdict).toBe('none');
    expect(report.error).toMatch(/i may be the imaginary unit/);
  });

  it('a note that binds i reads it as that number', async () => {
    const verdicts = (await judgeNote('$i = 1$\n\n$i^3 = 1$')).map((r) => r.verdict);
    expect(verdicts).toEqual(['none', 'holds']);
  });
});
