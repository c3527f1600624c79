/**
 * Definite and improper integrals by adaptive Gauss–Kronrod quadrature
 * (quadrature.ts, integral.ts; docs/readings/evaluating.md). Reference values from
 * mpmath at 40 digits: test/fixtures/formula/analysis-references.py writes
 * analysis-references.json, read here.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';
import { analysisReferences, readSide, valueOf } from '../support/analysisReferences';
import { CannotEvaluate, evaluate } from '../../src/core/formula/evaluate/interpret';
import { definiteIntegral } from '../../src/core/formula/evaluate/quadrature';

const references = analysisReferences;
const value = valueOf;

describe('the quadrature and its error bound', () => {
  it.each(Object.entries(references.integrals))('%s is within its carried bound of the mpmath value', async (latex, exact) => {
    const result = await value(latex);
    // The true value lies within twice the carried bound (claims.ts), and the bound is small.
    expect(Math.abs(result.value - exact)).toBeLessThanOrEqual(2 * result.noise);
    expect(result.noise).toBeLessThan(1e-12 * Math.max(1, Math.abs(exact)));
  });

  it('integrates a polynomial exactly up to rounding and reverses reversed bounds', () => {
    const limits = { deadline: Date.now() + 5000, maxIntervals: 400, tolerance: 1e-13 };
    const cube = definiteIntegral((x) => ({ value: x ** 3, bound: 0 }), 0, 2, limits);
    expect(cube.value).toBeCloseTo(4, 14);
    expect(definiteIntegral((x) => ({ value: x ** 3, bound: 0 }), 2, 0, limits).value).toBeCloseTo(-4, 14);
  });

  it('carries the integrand\'s own rounding bound into the result', () => {
    const limits = { deadline: Date.now() + 5000, maxIntervals: 400, tolerance: 1e-13 };
    const quiet = definiteIntegral(() => ({ value: 1, bound: 0 }), 0, 1, limits);
    const noisy = definiteIntegral(() => ({ value: 1, bound: 1e-6 }), 0, 1, limits);
    expect(noisy.error).toBeGreaterThanOrEqual(2e-6);
    expect(quiet.error).toBeLessThan(1e-13);
  });
});

describe('claims about integrals', () => {
  it.each([
    ['\\int_0^1 x^2\\,dx = \\frac{1}{3}'],
    ['\\int_0^1 x^2 dx = \\frac{1}{3}'],
    ['\\int_0^1 x^2 \\mathrm{d}x = \\frac{1}{3}'],
    ['\\int\\limits_0^1 x^2 \\, dx = \\frac{1}{3}'],
    ['\\int_{-\\infty}^{\\infty} e^{-x^2}\\,dx = \\sqrt{\\pi}'],
    ['\\int_0^\\infty e^{-x} dx = 1'],
    ['\\int_0^1 \\frac{1}{\\sqrt{x}} dx = 2'],
    ['\\int_0^{\\pi} \\sin x \\, dx = 2'],
    ['\\int_{-\\infty}^{\\infty} \\frac{1}{1+x^2} dx = \\pi'],
    ['\\int_0^1 x^2 dx \\approx 0.333'],
    // D2L, integral-calculus.md and random-variables.md
    ['\\int_0^{1} ye^{-y^2}\\; dy = \\frac{1-e^{-1}}{2}.'],
    ['\\int_{e^{-0}}^{e^{-1}} 1 \\; dy = e^{-1} -1 < 0,'],
    ['\\int_0^{-1} (-1)\\;dx =  1.'],
    ['\\int_0^\\infty x^2e^{-x} \\; dx = 2'],
  ])('%s holds', async (latex) => {
    expect((await judgeFormula(latex)).verdict).toBe('holds');
  });

  it('a wrong value fails with the computed value in the message', async () => {
    const report = await judgeFormula('\\int_0^1 x^2 dx = \\frac{1}{2}');
    expect(report.verdict).toBe('fails');
    expect(report.value).toBeCloseTo(1 / 3, 14);
    expect((await judgeFormula('\\int_0^\\infty e^{-x} dx = 2')).verdict).toBe('fails');
  });

  it.each([
    ['\\int_1^\\infty \\frac{1}{x} dx = 5'],
    ['\\int_0^1 \\frac{1}{x}dx = 3'],
    ['\\int_0^1 \\frac{1}{x^2}dx = 1'],
    ['\\int_{-\\infty}^\\infty \\frac{x^2}{1+x^2}\\; dx = \\infty'], // D2L random-variables.md: true, but no value
  ])('the divergent %s has no value and no verdict', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).toBe('none');
    expect(report.sides[0]!.value).toBeNull();
    expect(report.error).toMatch(/^cannot evaluate: the (integral could not be shown to converge|integrand is not finite).*may diverge/);
  });

  it('an indefinite integral has no value', async () => {
    expect((await judgeFormula('\\int x\\,dx = 1')).error).toBe('cannot evaluate: an indefinite integral (without bounds) has no value');
  });

  it('reads as an integral over its variable and bounds', async () => {
    expect((await judgeFormula('\\int_0^\\infty e^{-x} dx')).readAs).toBe('integral(x = 0..∞, e^(−x))');
  });

  it('is an identity in the variables of its bounds', async () => {
    expect((await judgeFormula('\\int_0^a x\\,dx = \\frac{a^2}{2}')).verdict).toBe('holds');
    const wrong = await judgeFormula('\\int_0^a x\\,dx = a^2');
    expect(wrong.verdict).toBe('fails');
    expect(wrong.claims[0]!.identity?.counterexample).toBeDefined();
  });

  it('uses a function the note defined: F(b) − F(a) with F(x) = ∫_0^x f', async () => {
    const note = ['$f(x) = x^2$', '', '$$F(x) = \\int_0^x f(y) dy.$$', '', '$$\\int_a^b f(x) \\;dx = F(b) - F(a).$$'].join('\n');
    const reports = await judgeNote(note);
    expect(reports[2]!.verdict).toBe('holds');
  });

  it('a substitution written with Leibniz fractions is not judged (d·F/d·u is no derivative)', async () => {
    const report = await judgeFormula('F(u(x)) - F(u(0)) = \\int_0^x \\frac{dF}{du}(u(y))\\cdot \\frac{du}{dy} \\;dy.');
    expect(report.verdict).toBe('none');
  });

  it('\\textrm{erf}(z) is a function, not a separator leaving (z) = … (D2L gp-priors.md)', async () => {
    const report = await judgeFormula('\\textrm{erf}(z) = \\frac{2}{\\sqrt{\\pi}} \\int_{0}^{z} e^{-t^2} dt');
    expect(report.verdict).toBe('none');
    expect(report.claims).toHaveLength(1);
  });

  it('stops at the deadline rather than hanging on a hard integrand', async () => {
    const json = await readSide('\\int_0^2\\int_0^1 xy(x^2-y^2)/(x^2+y^2)^3 dy dx');
    const started = Date.now();
    expect(() => evaluate(json, { deadline: Date.now() + 100, maxTerms: 100_000, steps: 0 })).toThrow(CannotEvaluate);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
