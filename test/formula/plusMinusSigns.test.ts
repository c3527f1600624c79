import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { withSigns } from '../../src/core/formula/identity/plusMinusSigns';

const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`))[0]!.verdict;

describe('a claim with ± read with the upper and with the lower signs (plusMinusSigns.ts)', () => {
  it('writes the upper and the lower signs', () => {
    expect(withSigns('a \\pm b \\mp c \\pmb', true)).toBe('a + b - c \\pmb');
    expect(withSigns('a \\pm b \\mp c', false)).toBe('a - b + c');
  });

  it.each([
    '(a \\pm b)^2 = a^2 \\pm 2ab + b^2',
    '(a \\pm b)(a \\mp b) = a^2 - b^2',
    // VectorPosse/sem_book, 03-Covariance.Rmd, Rule 9: the statistics reading reads ± too.
    'Cov\\left(X_{1}, X_{2} \\pm X_{3}\\right) = Cov\\left(X_{1}, X_{2}\\right) \\pm Cov\\left(X_{1}, X_{3}\\right)',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // Really wrong: the cross term's sign kept, a sign crossed in the covariance rule.
    '(a \\pm b)^2 = a^2 + 2ab + b^2',
    'Cov\\left(X_{1}, X_{2} \\pm X_{3}\\right) = Cov\\left(X_{1}, X_{2}\\right) \\mp Cov\\left(X_{1}, X_{3}\\right)',
    // Two solutions, not an identity: never failed.
    'x = \\frac{-b \\pm \\sqrt{b^2 - 4ac}}{2a}',
  ])('%s is not called holds, nor fails (the reading only confirms)', async (latex) => {
    const verdict = await verdictOf(latex);
    expect(verdict).not.toBe('holds');
    expect(verdict).not.toBe('fails');
  });
});
