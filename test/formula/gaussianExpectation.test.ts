import { describe, expect, it } from 'vitest';
import { normalExpectationsWritten } from '../../src/core/formula/identity/gaussianExpectation';
import { judgeNote } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`))[0]!.verdict;

describe('an expectation under a named normal distribution (gaussianExpectation.ts)', () => {
  it.each([
    // caojiahao-dl-notes (数学基础, the normal distribution's moments).
    '\\mathbb{E}_{x\\sim\\mathcal{N}(\\mu,\\sigma^2)}[x] = \\mu',
    '\\mathbb{E}_{x\\sim\\mathcal{N}(\\mu,\\sigma^2)}[x^2] = \\mu^2 + \\sigma^2',
    '\\mathbb{E}_{x \\sim \\mathcal{N}(\\mu, \\sigma^2)}\\left[(x-\\mu)^4\\right] = 3\\sigma^4',
    // The reparameterisation z = μ + σε.
    '\\mathbb{E}_{\\epsilon\\sim\\mathcal{N}(0,1)}\\left[(\\mu + \\sigma\\epsilon)^2\\right] = \\mu^2 + \\sigma^2',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // Really wrong: the variance counted twice, the fourth moment's 3, the MGF's half.
    '\\mathbb{E}_{x\\sim\\mathcal{N}(\\mu,\\sigma^2)}[x^2] = \\mu^2 + 2\\sigma^2',
    '\\mathbb{E}_{x \\sim \\mathcal{N}(\\mu, \\sigma^2)}\\left[(x-\\mu)^4\\right] = \\sigma^4',
    '\\mathbb{E}_{\\epsilon\\sim\\mathcal{N}(0,1)}\\left[(\\mu + \\sigma\\epsilon)^2\\right] = \\mu^2 + 2\\sigma^2',
    // A g far from a polynomial at large t is not integrated well enough to agree: never "holds" wrongly.
    '\\mathbb{E}_{\\epsilon\\sim\\mathcal{N}(0,1)}[e^{t\\epsilon}] = e^{t^2}',
  ])('%s is not called holds (the reading only confirms)', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('holds');
  });

  it('leaves alone what it does not read: a multivariate normal, the drawn letter with a subscript', () => {
    expect(normalExpectationsWritten('\\mathbb{E}_{x \\sim \\mathcal{N}(0, I)}[x]')).toBeUndefined();
    expect(normalExpectationsWritten('\\mathbb{E}_{x \\sim \\mathcal{N}(0, 1)}[x_1]')).toBeUndefined();
    expect(normalExpectationsWritten('\\mathbb{E}[x] = \\mu')).toBe('\\mathbb{E}[x] = \\mu');
  });
});
