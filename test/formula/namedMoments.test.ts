import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdictOf = async (latex: string, prose = '') => (await judgeNote(`${prose}\n\n$$\n${latex}\n$$\n`)).at(-1)!.verdict;

// Gaurav14cs17/ml-researcher-foundations, 03_probability_statistics/01_probability/05_expectation/README.md:115–123 and :149–152.
const VARIANCE_PROOF = '\\text{Var}(X) = E[(X - \\mu)^2]\n= E[X^2 - 2\\mu X + \\mu^2]\n= E[X^2] - 2\\mu E[X] + \\mu^2\n= E[X^2] - 2\\mu^2 + \\mu^2\n= E[X^2] - \\mu^2 = E[X^2] - (E[X])^2 \\quad \\blacksquare';
const SUM_PROOF = '\\text{Var}(X + Y) = E[(X + Y - E[X + Y])^2]\n= E[((X - \\mu_X) + (Y - \\mu_Y))^2]\n= E[(X - \\mu_X)^2] + E[(Y - \\mu_Y)^2] + 2E[(X - \\mu_X)(Y - \\mu_Y)]\n= \\text{Var}(X) + \\text{Var}(Y) + 2\\text{Cov}(X,Y) \\quad \\blacksquare';
const MEAN = 'The mean (expected value) of a random variable.';

/** μ_X, σ_X and a bare μ, σ the note speaks of, read as moments of the claim's variable (namedMoments.ts). */
describe('the mean and the standard deviation written by name', () => {
  it.each([
    [VARIANCE_PROOF, MEAN],
    ['\\text{Var}(X) = E[(X - \\mu)^2] = E[X^2] - (E[X])^2', MEAN],
    [SUM_PROOF, ''],
    ['\\sigma^2 = \\mathbb{E}[X^2] - \\mathbb{E}[X]^2', 'The variance $\\sigma^2$ of X.'],
    ['\\operatorname{Cov}(X, Y) = \\mathbb{E}[(X - \\mu_X)(Y - \\mu_Y)]', ''],
  ])('%s holds', async (latex, prose) => {
    expect(await verdictOf(latex, prose)).toBe('holds');
  });

  it.each([
    // Really wrong: a lost factor 2, a sign, a lost cross term, a mean not squared.
    [VARIANCE_PROOF.replace('- 2\\mu^2 + \\mu^2', '- \\mu^2 + \\mu^2'), MEAN],
    ['\\text{Var}(X) = E[(X - \\mu)^2] = E[X^2] + (E[X])^2', MEAN],
    [SUM_PROOF.replace('+ 2E[(X', '+ E[(X'), ''],
    ['\\sigma^2 = \\mathbb{E}[X^2] - \\mathbb{E}[X]', 'The variance $\\sigma^2$ of X.'],
    // A bare μ in a note that never speaks of a mean, or beside two variables: whose mean is a guess.
    ['\\text{Var}(X) = E[(X - \\mu)^2]', ''],
    ['E[(X - \\mu)(Y - \\mu)] = \\operatorname{Cov}(X, Y)', MEAN],
    // A subscript naming no variable of the claim.
    ['\\mathbb{E}[X] = \\mu_Y', ''],
    // A bare name set equal to one moment states the author's value (or which variable μ is): never a law.
    ['\\mathbb{E}[Y] = \\mu', MEAN],
    ['\\operatorname{Var}(Y) = \\sigma^2', 'The variance $\\sigma^2$.'],
    ['\\sigma = \\sqrt{\\text{Var}[Y]}', 'The standard deviation $\\sigma$.'],
  ])('%s is not called holds', async (latex, prose) => {
    expect(await verdictOf(latex, prose)).not.toBe('holds');
  });
});
