import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`))[0]!.verdict;

describe('sums over an index with no bounds written (unboundedSums.ts)', () => {
  it.each([
    // CaoJiahao2/deep-learning-notes, 数学基础: the log-sum-exp shift.
    '\\log\\sum_i e^{z_i} = m + \\log\\sum_i e^{z_i - m}',
    // A constant factor out of a sum, braces around the index, different index letters on the two sides.
    '\\sum_{k} c\\, a_k = c \\sum_{j} a_j',
    '\\frac{e^{x_k}}{\\sum_j e^{x_j}} = \\frac{1}{\\sum_j e^{x_j - x_k}}',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // Really wrong: the shift's sign, a square taken out of a sum.
    '\\log\\sum_i e^{z_i} = m + \\log\\sum_i e^{z_i + m}',
    '\\sum_i a_i^2 = \\left(\\sum_i a_i\\right)^2',
    // Right only over a special set (y one-hot): never failed, only left undecided.
    '-\\sum_{c} y_c \\log \\hat{y}_c = -\\log \\hat{y}_{k}',
  ])('%s is not called holds, nor fails (the reading only confirms)', async (latex) => {
    const verdict = await verdictOf(latex);
    expect(verdict).not.toBe('holds');
    expect(verdict).not.toBe('fails');
  });
});
