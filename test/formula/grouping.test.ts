import { describe, expect, it } from 'vitest';
import { groupDenominators } from '../../src/core/formula/read/grouping';
import { judgeFormula } from '../support/judging';

describe('a slash followed by a product', () => {
  it('puts the product after each slash in parentheses', () => {
    expect(groupDenominators('1*10^6/16*10^6')).toBe('1*10^6/(16*10^6)');
    expect(groupDenominators('a / b \\cdot c + 1')).toBe('a /( b \\cdot c) + 1');
    expect(groupDenominators('x/2^{3} \\times \\pi / 4 * y_1')).toBe('x/(2^{3} \\times \\pi) /( 4 * y_1)');
    expect(groupDenominators('\\frac{a}{b}/\\sqrt{2}\\cdot(3+4)')).toBe('\\frac{a}{b}/(\\sqrt{2}\\cdot(3+4))');
  });

  it('leaves a slash with a single factor alone', () => {
    expect(groupDenominators('1/2 + 3')).toBeUndefined();
    expect(groupDenominators('(1/2) \\cdot 3')).toBeUndefined();
    expect(groupDenominators('\\frac{1}{2}')).toBeUndefined();
    expect(groupDenominators('a/\\timesb')).toBeUndefined();
  });
});

describe('claims with a/b·c', () => {
  it('hold when they hold with one denominator, and say so (udacity-deep-learning notes)', async () => {
    const report = await judgeFormula('P(0) = 1 - \\sqrt{\\frac{1*10^{-5}}{1*10^6/16*10^6}} = 0.98735');
    const claim = report.claims.find((c) => c.right.source === '0.98735')!;
    expect(claim.verdict).toBe('holds');
    expect(claim.reading).toMatch(/^with a\/b·c read as a\/\(b·c\)/);
    expect(claim.left.value).toBeCloseTo(1 - Math.sqrt(1e-5 / (1e6 / 16e6)), 12);
    expect(claim.fix).toBeUndefined();
  });

  it('hold read left to right without any other reading', async () => {
    expect((await judgeFormula('5/20 \\times 100 = 25')).verdict).toBe('holds');
  });

  it('fail when both readings fail, with no quick fix', async () => {
    const report = await judgeFormula('6/2 \\cdot 3 = 4');
    expect(report.verdict).toBe('fails');
    expect(report.claims[0]!.fix).toBeUndefined();
  });

  it('hold with one denominator and a rounded value', async () => {
    // 1/(3·0.1) = 3.333… against 3.33: as written, (1/3)·0.1 = 0.0333 fails.
    expect((await judgeFormula('1/3 \\cdot 0.1 = 3.33')).verdict).toBe('holds');
  });
});
