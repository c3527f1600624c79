/**
 * `\log` is the natural logarithm, as in numpy.log, torch.log and the
 * deep-learning texts; and formulas we cannot read say why in the author's
 * terms. Values checked with mpmath: ln 2 = 0.693147…, −ln 0.9 = 0.105360…,
 * e^1000/(e^1000 + e^999) = 0.731058….
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';

describe('\\log is the natural logarithm', () => {
  it('\\log 2 \\approx 0.693 holds and is shown as ln', async () => {
    const report = await judgeFormula('\\log 2 \\approx 0.693');
    expect(report.verdict).toBe('holds');
    expect(report.readAs).toBe('ln(2) ≈ 0.693');
  });

  it('-\\log(0.9) \\approx 0.105 holds', async () => {
    expect((await judgeFormula('-\\log(0.9) \\approx 0.105')).verdict).toBe('holds');
  });

  it('\\log_{10}, \\lg and \\log_2 keep their bases', async () => {
    expect((await judgeFormula('\\log_{10} 1000')).value).toBe(3);
    expect((await judgeFormula('\\log_{10} 1000')).readAs).toBe('log10(1000)');
    expect((await judgeFormula('\\lg(0.01)')).value).toBe(-2);
    expect((await judgeFormula('\\log_2 8')).readAs).toBe('log2(8)');
    expect((await judgeFormula('\\log_3 9')).value).toBeCloseTo(2, 15);
  });
});

describe('messages for what cannot be read', () => {
  it('an unknown command is named as not supported', async () => {
    expect((await judgeFormula('\\foo{3} = 3')).error).toBe('cannot evaluate: \\foo is not supported');
  });

  it('\\binom is evaluated (C(10, 5) = 252)', async () => {
    expect((await judgeFormula('\\binom{10}{5} = 252')).verdict).toBe('holds');
    expect((await judgeFormula('\\dbinom{10}{5} = 250')).verdict).toBe('fails');
  });

  it('10^-5 suggests braces', async () => {
    expect((await judgeFormula('10^-5 = 0.00001')).error).toMatch(/write the exponent in braces, as in 10\^\{-5\}/);
  });

  it('Unicode superscripts are exponents: 10⁻⁵ = 0.00001 holds', async () => {
    const report = await judgeFormula('10⁻⁵ = 0.00001');
    expect(report.verdict).toBe('holds');
    expect(report.sides[0].writtenDigits).toBe(1);
  });

  it('∞/∞ left by an overflow is the overflow, not an undefined value', async () => {
    const report = await judgeFormula('\\frac{e^{1000}}{e^{1000}+e^{999}} \\approx 0.731');
    expect(report.verdict).toBe('none');
    expect(report.error).toMatch(/^cannot evaluate: an intermediate value is infinite in float64 \(overflow/);
  });

  it('∞ − ∞ as written has no value', async () => {
    expect((await judgeFormula('\\infty - \\infty = 0')).error).toBe('cannot evaluate: the value is undefined (NaN) in real float64 arithmetic');
  });

  it('an overflow next to a written ∞ is still an overflow', async () => {
    expect((await judgeFormula('e^{1000} + \\infty = \\infty')).error).toMatch(/infinite in float64/);
  });
});

describe('a function applied to a parenthesised group applies to that group only', () => {
  // The engine reads \exp as a symbol swallowing what follows: exp(0.2 · sin 3), exp(1/2).
  const cases: ReadonlyArray<readonly [string, number]> = [
    ['\\exp(0.2) \\cdot \\sin(3)', Math.exp(0.2) * Math.sin(3)],
    ['\\exp(0.2)\\sin(3)', Math.exp(0.2) * Math.sin(3)],
    ['\\exp(1)/2', Math.exp(1) / 2],
    ['\\exp(1)^2', Math.exp(1) ** 2],
    ['\\frac{\\exp(1) \\times 2}{3}', (Math.exp(1) * 2) / 3],
  ];
  for (const [latex, expected] of cases) {
    it(latex, async () => {
      expect((await judgeFormula(latex)).value).toBe(expected);
    });
  }

  it('and is shown that way', async () => {
    expect((await judgeFormula('\\exp(1)/2')).readAs).toBe('exp(1) / 2');
  });
});
