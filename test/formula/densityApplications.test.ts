import { describe, expect, it } from 'vitest';
import { applicationsAsNumbers } from '../../src/core/formula/identity/densityApplications';
import { judgeNote } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`))[0]!.verdict;

describe('likelihoods of samples with a density left open (densityApplications.ts)', () => {
  it.each([
    // deepmind-educational (maximum likelihood): the log of the likelihood of i.i.d. samples.
    '\\log\\left(\\mathcal \\prod_n p (\\mathcal x_n|\\theta)\\right)  =\\sum_n \\log (p (\\mathcal x_n|\\theta))',
    '\\log \\prod_{i=1}^{N} p(x_i \\mid \\theta) = \\sum_{i=1}^{N} \\log p(x_i \\mid \\theta)',
    '\\prod_{i=1}^{N} p(x_i; \\theta)^2 = \\left(\\prod_{i=1}^{N} p(x_i; \\theta)\\right)^2',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // Really wrong: the log of a product as a product of logs, a sum taken out of the log.
    '\\log \\prod_{i=1}^{N} p(x_i \\mid \\theta) = \\prod_{i=1}^{N} \\log p(x_i \\mid \\theta)',
    '\\log \\sum_{i=1}^{N} p(x_i \\mid \\theta) = \\sum_{i=1}^{N} \\log p(x_i \\mid \\theta)',
    // True only of what p is (the product rule): free numbers cannot confirm it.
    '\\prod_{i=1}^{N} p(x_i, z_i \\mid \\theta) = \\prod_{i=1}^{N} p(x_i \\mid z_i, \\theta) p(z_i \\mid \\theta)',
  ])('%s is not called holds (the reading only confirms)', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('holds');
  });

  it('names each distinct application once, with the bound index it uses; leaves values without a bar alone', () => {
    expect(applicationsAsNumbers(['\\sum_n \\log p(x_n|\\theta)', '\\log p(x_n|\\theta) + p(y|\\theta)'])).toEqual(['\\sum_n \\log {e^{a_{n}}}', '\\log {e^{a_{n}}} + {e^{b}}']);
    expect(applicationsAsNumbers(['\\sum_n p(x_n)', 'p(x_1) + p(x_2)'])).toBeUndefined();
  });
});
