import { describe, expect, it } from 'vitest';
import { normalDensitiesWritten } from '../../src/core/formula/identity/gaussianDensity';
import { judgeNote } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`))[0]!.verdict;

describe('the normal density written by name, \\mathcal{N}(x \\mid \\mu, \\sigma^2) (gaussianDensity.ts)', () => {
  it.each([
    // girafe-ml-course (linear regression's likelihood): rows 181 and 182, which the note continues across display blocks.
    '\\sum_i \\log \\mathcal{N}(y_i|x_i^T w, \\sigma^2) = \\sum_i \\log \\biggl( \\frac{1}{\\sqrt{2\\pi}\\sigma}exp\\bigl(-\\frac {(y_i - w^T x_i)^2} {2 \\sigma^2}  \\bigr)\\biggr)',
    // The density itself, with a semicolon; its log; the i.i.d. log-likelihood with bounds.
    '\\mathcal{N}(x; \\mu, \\sigma^2) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}}e^{-(x-\\mu)^2/2\\sigma^2}',
    '\\log \\mathcal{N}(y \\mid m, s^2) = -\\frac{1}{2}\\log(2\\pi s^2) - \\frac{(y-m)^2}{2s^2}',
    '\\sum_{i=1}^{n} \\log \\mathcal{N}(x_i; \\mu, \\sigma^2) = -\\frac{n}{2}\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^{n}(x_i-\\mu)^2',
    // A mixture of normals, each weight a factor before its density.
    '\\sum_{k=1}^{K} w_k \\mathcal{N}(x \\mid \\mu_k, \\sigma_k^2) = \\sum_{k=1}^{K} \\frac{w_k}{\\sqrt{2 \\pi \\sigma^2_k}} e^{-\\frac{(x-\\mu_k)^2}{2\\sigma^2_k}}',
    // The score and the gradient in the mean: derivatives of the log-density.
    '\\nabla_x \\log \\mathcal{N}(x; \\mu, \\sigma^2) = -\\frac{x-\\mu}{\\sigma^2}',
    '\\frac{\\partial}{\\partial \\mu}\\log\\mathcal{N}(x; \\mu, \\sigma^2) = \\frac{x-\\mu}{\\sigma^2}',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // Really wrong: the exponent's sign, the factor 2 of the variance, 2π outside the root.
    '\\log \\mathcal{N}(y \\mid m, s^2) = -\\frac{1}{2}\\log(2\\pi s^2) + \\frac{(y-m)^2}{2s^2}',
    '\\mathcal{N}(x; \\mu, \\sigma^2) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}}e^{-(x-\\mu)^2/\\sigma^2}',
    '\\sum_{i=1}^{n} \\log \\mathcal{N}(x_i; \\mu, \\sigma^2) = -n\\log(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2}\\sum_{i=1}^{n}(x_i-\\mu)^2',
    // The score with its sign slipped (hse-lambda-dgm's error, here with the density named).
    '\\nabla_x \\log \\mathcal{N}(x; \\mu, \\sigma^2) = \\frac{x-\\mu}{\\sigma^2}',
  ])('%s is not called holds (the reading only confirms)', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('holds');
  });

  it('reads only the scalar density of a point: not the multivariate one, not a distribution without its point', () => {
    expect(normalDensitiesWritten('\\mathcal{N}(\\mathbf{x} \\mid \\mathbf{0}, I)')).toBeUndefined();
    expect(normalDensitiesWritten('\\mathcal{N}(x \\mid \\mu, \\Sigma)')).toBeUndefined();
    expect(normalDensitiesWritten('\\mathcal{N}(0, 1)')).toBeUndefined();
    expect(normalDensitiesWritten('\\mathcal{N}\\left(x \\mid a, (b+c)^2\\right)')).toBe(
      '\\left(\\frac{1}{\\sqrt{2\\pi\\cdot \\left((b+c)^2\\right)}}\\exp\\left(-\\frac{\\left(x-a\\right)^{2}}{2\\cdot \\left((b+c)^2\\right)}\\right)\\right)',
    );
  });
});
