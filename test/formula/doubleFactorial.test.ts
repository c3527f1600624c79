/**
 * Double factorials n!! = n(n − 2)(n − 4)… (interpret.ts), as analysis notes write them.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from './../support/judging';

const verdictOf = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('double factorials', () => {
  it('values: 7!! = 105, 8!! = 384, 0!! = 1; 7!! = 5040 does not hold', async () => {
    expect(await verdictOf('7!! = 105')).toBe('holds');
    expect(await verdictOf('8!! = 384')).toBe('holds');
    expect(await verdictOf('0!! = 1')).toBe('holds');
    expect(await verdictOf('7!! = 5040')).toBe('fails');
  });

  it('(2n)!! = 2^n n! holds; (2n)!! = 2^n (2n)! does not', async () => {
    expect(await verdictOf('(2n)!! = 2^n n!')).toBe('holds');
    expect(await verdictOf('(2n)!! = 2^n (2n)!')).not.toBe('holds');
  });

  it('the Gaussian moment at k = 3: E[y^6] = 5!! = 15', async () => {
    expect(await verdictOf('(2 \\cdot 3-1)!! = 1 \\cdot 3 \\cdot 5')).toBe('holds');
    expect(await verdictOf('(2 \\cdot 3-1)!! = 1 \\cdot 3 \\cdot 5 \\cdot 7')).toBe('fails');
  });
});

describe('a real inequality with double factorials', () => {
  // Rainybunny/PKU-Lecture-Notes, Mathematical Analysis I, homework 24-09-hw2 (by induction, n ≥ 1).
  it('(2n−1)!!/(2n)!! ≤ 1/√(3n+1) is not failed; with 1/√(4n+1) it does not hold', async () => {
    const real = await judgeFormula('\\frac{(2n-1)!!}{(2n)!!}\\le\\frac{1}{\\sqrt{3n+1}}');
    expect(real.verdict, JSON.stringify(real.claims.map((c) => c.reason))).not.toBe('fails');
    expect(await verdictOf('\\frac{(2n-1)!!}{(2n)!!}\\le\\frac{1}{\\sqrt{4n+1}}')).not.toBe('holds');
  });
});
