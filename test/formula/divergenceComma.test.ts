/**
 * The KL divergence written with a comma, `D_{KL}(P,Q)`, read as `D_{KL}(P \| Q)` by the finite probability
 * models (src/core/formula/identity/probability/probabilitySides.ts, probabilityNotation.ts).
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

describe('D_KL(P, Q) with a comma', () => {
  it.each([
    // unpingco-pyprobstat (Python for Probability, Statistics, and Machine Learning), information entropy section
    ['D_{KL}(P,Q) \\ge 0'],
    ['D_{KL}(P,Q) = \\sum_x P(x) \\log_2 \\frac{P(x)}{Q(x)}'],
  ])('%s holds', async (latex) => {
    const reports = await judgeNote(`Let $P$ and $Q$ be two distributions.\n\n$$${latex}$$\n`);
    expect(reports.at(-1)!.verdict).toBe('holds');
  });

  it.each([
    ['D_{KL}(P,Q) \\le 0'], // reversed Gibbs inequality: zero at P = Q, so never refuted at random models here
    ['D_{KL}(P,Q) = D_{KL}(Q,P)'], // KL is not symmetric
    ['D_{KL}(P,Q) = \\sum_x Q(x) \\log_2 \\frac{P(x)}{Q(x)}'], // the weights of the other distribution
  ])('%s is not called holds', async (latex) => {
    const reports = await judgeNote(`Let $P$ and $Q$ be two distributions.\n\n$$${latex}$$\n`);
    expect(reports.at(-1)!.verdict).not.toBe('holds');
  });
});
