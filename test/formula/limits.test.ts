/**
 * Limits by Richardson extrapolation with a settled error bound (limits.ts;
 * docs/readings/evaluating.md). Reference values from mpmath:
 * test/fixtures/formula/analysis-references.py.
 */
import { describe, expect, it } from 'vitest';
import { analysisReferences, valueOf } from '../support/analysisReferences';
import { judgeFormula } from '../support/judging';
import { CannotEvaluate } from '../../src/core/formula/evaluate/interpret';

describe('the value of a limit', () => {
  it.each(Object.entries(analysisReferences.limits))('%s is within its carried bound of the mpmath value', async (latex, exact) => {
    const result = await valueOf(latex);
    expect(Math.abs(result.value - exact)).toBeLessThanOrEqual(2 * result.noise);
    expect(result.noise).toBeLessThan(1e-7 * Math.abs(exact));
  });

  it.each([
    ['\\lim_{h \\to 0} h \\sin\\left(\\frac{1}{h}\\right)', 'oscillates: the changes do not settle'],
    ['\\lim_{n \\to \\infty} \\frac{\\ln n}{n}', 'approaches too slowly (log n / n) to bound'],
    ['\\lim_{x \\to 0} \\frac{1}{x}', 'grows without bound'],
    ['\\lim_{x \\to 0} \\frac{\\sqrt{x^2}}{x}', 'differs from the left and from the right'],
    ['\\lim_{n \\to \\infty} \\sqrt{n}\\left(\\sqrt{n+1} - \\sqrt{n}\\right) \\cdot \\sqrt{n}', 'grows like √n'],
  ])('%s has no value (%s)', async (latex) => {
    await expect(valueOf(latex)).rejects.toBeInstanceOf(CannotEvaluate);
  });
});

describe('claims with limits in real notes', () => {
  it('e^x = lim (1 + x/n)^n holds (ericwiener-ai-notes)', async () => {
    const report = await judgeFormula('e^x = \\lim_{n\\to\\infty} (1 + \\frac{x}{n})^n');
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.identity!.points).toBeGreaterThanOrEqual(16);
  });

  it('a wrong limit fails at every point', async () => {
    expect((await judgeFormula('e^{2x} = \\lim_{n\\to\\infty} (1 + \\frac{x}{n})^n')).verdict).toBe('fails');
    expect((await judgeFormula('\\lim_{h \\to 0} \\frac{(x+h)^2 - x^2}{h} = x')).verdict).toBe('fails');
  });

  it('the derivative of a constant as a limit: the links it can read hold, the one with an undefined f is undecided (akkefa-ml-notes)', async () => {
    const report = await judgeFormula('\\frac{df}{dx} = \\lim_{h \\to 0} \\frac{f(x+h) - f(x)}{h} = \\lim_{h \\to 0} \\frac{c - c}{h} = \\lim_{h \\to 0} \\frac{0}{h} = 0');
    expect(report.claims.map((c) => c.verdict)).toEqual(['none', 'none', 'holds', 'holds']);
  });

  it('a limit the extrapolation cannot bound decides nothing', async () => {
    const report = await judgeFormula('\\lim_{x \\to 0} x \\log x = 1');
    expect(report.verdict).toBe('none');
  });
});
