/**
 * Infinite series, sums past the term limit, and sums with symbolic bounds
 * (series.ts, identity.ts; docs/readings/evaluating.md and identities.md). Reference values
 * from mpmath at 40 digits: test/fixtures/formula/analysis-references.py
 * writes analysis-references.json, read here.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';
import { analysisReferences, valueOf } from '../support/analysisReferences';

const references = analysisReferences;
const value = valueOf;

describe('series and long sums with a carried tail bound', () => {
  it.each(Object.entries(references.series))('%s is within its carried bound of the mpmath value', async (latex, exact) => {
    const result = await value(latex);
    expect(Math.abs(result.value - exact)).toBeLessThanOrEqual(2 * result.noise);
    expect(result.noise).toBeLessThan(1e-11 * Math.abs(exact));
  });
});

describe('claims about series', () => {
  it.each([
    ['\\sum_{n=1}^\\infty \\frac{1}{n^2} = \\frac{\\pi^2}{6}'],
    ['\\sum_{k=0}^{\\infty} \\frac{1}{k!} = e'],
    ['\\sum_{k=1}^{\\infty} \\frac{1}{2^k} = 1'],
    ['\\sum_{k=0}^{\\infty} \\left(\\frac{1}{3}\\right)^k = \\frac{3}{2}'],
    ['\\sum_{n=1}^\\infty \\frac{1}{n^2} \\approx 1.645'],
    ['\\sum_{k=1}^{10^6} \\frac{1}{k^2} \\approx 1.644933'],
    ['\\sum_{k=1}^{10^6} k = 500000500000'],
  ])('%s holds', async (latex) => {
    expect((await judgeFormula(latex)).verdict).toBe('holds');
  });

  it('a wrong sum fails', async () => {
    expect((await judgeFormula('\\sum_{n=1}^\\infty \\frac{1}{n^2} = 1.5')).verdict).toBe('fails'); // = 2 would hold, as 1.64 rounded
    expect((await judgeFormula('\\sum_{k=0}^{\\infty} \\frac{1}{k!} = 2.5')).verdict).toBe('fails');
  });

  it.each([
    ['\\sum_{n=1}^\\infty \\frac{1}{n} = 10', 'its terms shrink no faster than 1/k'],
    ['\\sum_{n=1}^\\infty \\frac{1}{\\sqrt{n}} = 10', 'its terms shrink no faster than 1/k'],
    ['\\sum_{k=0}^{\\infty} 1^k = 5', 'its terms do not tend to 0'],
    ['\\sum_{k=0}^{\\infty} (-1)^k = 0.5', 'its terms do not tend to 0'],
  ])('the divergent %s has no value', async (latex, why) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).toBe('none');
    expect(report.sides[0]!.value).toBeNull();
    expect(report.error).toBe(`cannot evaluate: the series diverges: ${why}`);
  });

  it('a series whose tail cannot be bounded is undecided, never judged', async () => {
    // Converges (to −0.0..., Σ cos n / n²), but its terms change sign: no tail bound applies.
    const report = await judgeFormula('\\sum_{n=1}^\\infty \\frac{\\cos(n)}{n^2} = 0.1');
    expect(report.verdict).toBe('none');
    expect(report.error).toBe('cannot evaluate: the series could not be shown to converge');
  });

  it('a long sum of terms that are no smooth function of the index keeps the term limit', async () => {
    const report = await judgeFormula('\\sum_{k=1}^{10^6} \\frac{(-1)^k}{k} = 0');
    expect(report.error).toMatch(/^cannot evaluate: a sum of 1e6 terms exceeds the limit of 100000/);
  });
});

describe('sums with symbolic bounds as identities', () => {
  it.each([
    ['\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}'],
    ['\\sum_{k=1}^{n} k^2 = \\frac{n(n+1)(2n+1)}{6}'],
    ['\\prod_{k=1}^{n} k = n!'],
    ['\\sum_{k=0}^{\\infty} x^k = \\frac{1}{1-x}'], // |x| < 1 only: the points where it diverges are skipped
    ['\\sum_{i=0}^{t-1} \\beta^i = \\frac{1 - \\beta^t}{1 - \\beta}'], // D2L optimization/adam.md
    ['\\sum_{\\tau=0}^\\infty \\beta^\\tau = \\frac{1}{1-\\beta}'], // D2L optimization/momentum.md
  ])('%s holds', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.identity?.points).toBeGreaterThanOrEqual(16);
  });

  it('a wrong closed form fails at a natural number', async () => {
    const report = await judgeFormula('\\sum_{k=1}^{n} k = \\frac{n(n-1)}{2}');
    expect(report.verdict).toBe('fails');
    expect(Number.isInteger(report.claims[0]!.identity!.counterexample!.at.n)).toBe(true);
    expect((await judgeFormula('\\sum_{k=0}^{\\infty} x^k = \\frac{1}{1+x}')).verdict).toBe('fails');
  });

  it('a series in a symbol bound earlier is summed at full precision (D2L optimization/momentum.md)', async () => {
    const reports = await judgeNote('$\\beta = 0.9$\n\n$\\sum_{\\tau=0}^\\infty \\beta^\\tau = \\frac{1}{1-\\beta}$');
    expect(reports[1]!.verdict).toBe('holds');
  });

  it('a sum over indexed terms is vector notation, not judged', async () => {
    expect((await judgeFormula('\\sum_{i=1}^{n} x_i = n x_i')).verdict).toBe('none');
  });
});
