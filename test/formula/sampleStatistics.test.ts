import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// VectorPosse/sem_book, 02-Variance.Rmd and 03-Covariance.Rmd: rules of variance and covariance.
const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`))[0]!.verdict;

describe('Var, Cov, SD and Corr as sample statistics of data columns (sampleStatistics.ts)', () => {
  it.each([
    'Var\\left(aX\\right) = a^2 Var\\left(X\\right)',
    'SD(aX) = \\left| a \\right| SD(X)',
    'Cov\\left(X_{1}, X_{2}\\right) = Cov\\left(X_{2}, X_{1}\\right)',
    'Cov\\left(X_{1} - X_{2}, X_{3}\\right) = Cov\\left(X_{1}, X_{3}\\right) - Cov\\left(X_{2}, X_{3}\\right)  ',
    'Var(aX_{1} + bX_{2}) = \n    a^2Var(X_{1}) + b^2Var(X_{2}) + 2abCov(X_{1}, X_{2})',
    'SD(X) = \\sqrt{Var(X)}',
    '\\operatorname{Var}(aX) = a^2 \\operatorname{Var}(X)',
  ])('%s holds (sem_book)', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it('names the reading', async () => {
    const [report] = await judgeNote('$$Cov(X, X) = Var(X)$$');
    expect(report!.claims[0]!.reading).toMatch(/sample statistics of data columns/);
  });

  it.each([
    // Really wrong: the square, the sign, the cross term.
    'Var\\left(aX\\right) = a Var\\left(X\\right)',
    'Cov\\left(X_{1} - X_{2}, X_{3}\\right) = Cov\\left(X_{1}, X_{3}\\right) + Cov\\left(X_{2}, X_{3}\\right)',
    'Var(aX_{1} + bX_{2}) = a^2Var(X_{1}) + b^2Var(X_{2}) + abCov(X_{1}, X_{2})',
    // Right only for independent variables, which random columns are not: undecided, as the rule's condition is prose.
    'Var\\left(X_{1} + X_{2}\\right) =\nVar\\left(X_{1}\\right) + Var\\left(X_{2}\\right)',
    // A constant the prose declares is a random column here: undecided, never failed.
    'Var\\left(C\\right) = 0',
  ])('%s is not called holds', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('holds');
    expect(await verdictOf(latex)).not.toBe('fails');
  });

  it('leaves products of two columns and unknown letters alone', async () => {
    // True of random variables, so the probability models confirm it (probabilityModels.ts); sample statistics do not read it.
    const [report] = await judgeNote('$$\nVar(XY) = Var(YX)\n$$\n');
    expect(report!.claims[0]!.reading ?? '').not.toMatch(/sample statistics/);
    expect(report!.claims[0]!.reading).toMatch(/random finite probability models/);
  });
});
