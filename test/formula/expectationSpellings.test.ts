import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`)).at(-1)!.verdict;

/**
 * How course notes spell expectations and variances (probabilityTokens.ts, probabilityModels.ts'
 * prefilter, probabilityNotation.ts' coefficients): `\mathbb E` without braces, `\operatorname{Var}[·]`
 * with no other operator beside it, and `b` in `\mathbb{V}[aX + b]` a number beside the random X.
 */
describe('spellings of expectations and variances checked on random finite models', () => {
  it.each([
    // CaoJiahao2/deep-learning-notes, docs/fundamentals/probability-statistics.md:79.
    '\\operatorname{Var}[X + Y] = \\operatorname{Var}[X] + \\operatorname{Var}[Y] + 2\\operatorname{Cov}(X, Y)',
    // Caramdir/ml-notes, Mathematical background/covariance.md:8 (`\mathbb E` without braces).
    '\\operatorname{Cov}[X, Y] = \\mathbb E\\bigl[(X - \\mathbb{E}[X])(Y - \\mathbb E[Y])\\bigr] = \\mathbb E[XY] - \\mathbb E[X]\\mathbb E[Y].',
    // Gaurav14cs17/ml-researcher-foundations, 03_probability_statistics/01_probability/05_expectation: a proof in rows.
    '\\text{Var}(aX + b) = E[(aX + b - E[aX + b])^2]\n= E[(aX + b - aE[X] - b)^2]\n= E[(a(X - E[X]))^2]\n= a^2 E[(X - E[X])^2] = a^2 \\text{Var}(X) \\quad \\blacksquare',
    // Shapes of public notes: a shift leaves the variance as it was.
    '\\mathbb{V}[aX + b] = a^2 \\mathbb{V}[X]',
    '\\mathrm{Var}(X + c) = \\mathrm{Var}(X)',
    '\\mathbb E[aX + b] = a\\mathbb E[X] + b',
    // m-ciniello/omscs-ml-notes, uncertainty_quantification/uncertainty_quantification.md:334: the law of total
    // variance with the variable each moment is taken over as a subscript.
    '\\text{Var}[Y] = \\underbrace{\\mathbb{E}_M[\\text{Var}[Y \\mid M]]}_{\\text{mean within-member variance}} + \\underbrace{\\text{Var}_M[\\mathbb{E}[Y \\mid M]]}_{\\text{variance of member means}}',
    // The law of total expectation with the condition in the subscript.
    '\\mathbb{E}_{Y}[\\mathbb{E}_{X|Y}[X]] = \\mathbb{E}[X]',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // The same rules written really wrong: a sign, a lost square, a kept shift, a product of means added.
    '\\operatorname{Var}[X + Y] = \\operatorname{Var}[X] + \\operatorname{Var}[Y] - 2\\operatorname{Cov}(X, Y)',
    '\\operatorname{Cov}[X, Y] = \\mathbb E[XY] + \\mathbb E[X]\\mathbb E[Y]',
    '\\text{Var}(aX + b) = E[(aX + b - E[aX + b])^2]\n= E[(aX + b - aE[X] - b)^2]\n= E[(a(X - E[X]))^2]\n= a E[(X - E[X])^2] = a \\text{Var}(X)',
    '\\mathbb{V}[aX + b] = a \\mathbb{V}[X]',
    '\\mathbb{V}[aX + b] = a^2 \\mathbb{V}[X] + b',
    '\\mathrm{Var}(X + c) = \\mathrm{Var}(X) + c^2',
    '\\mathbb E[aX + b] = a\\mathbb E[X]',
    '\\mathbb E[X^2] = \\mathbb E[X]^2',
    '\\text{Var}[Y] = \\mathbb{E}_M[\\text{Var}[Y \\mid M]] - \\text{Var}_M[\\mathbb{E}[Y \\mid M]]',
    '\\text{Var}[Y] = \\mathbb{E}_M[\\text{Var}[Y \\mid M]]',
    '\\mathbb{E}_{Y}[\\mathbb{E}_{X|Y}[X^2]] = \\mathbb{E}[X]^2',
    // E_{X|Y}[X] is E[X | Y], a function of Y: not E[X].
    '\\mathbb{E}_{X|Y}[X] = \\mathbb{E}[X]',
    // Without a capital variable a letter only E writes is the author's random x, so this is no law.
    '\\mathbb{E}[b^2] = \\mathbb{E}[b]^2',
    // A letter only ever written before a bracket is a function this reading does not know, never a product (Jensen's gap).
    '\\mathbb E[k(X)] = k(\\mathbb E[X])',
  ])('%s is not called holds', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('holds');
  });
});
