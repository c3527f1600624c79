/**
 * Limits walked toward their point when the extrapolating evaluator leaves them undecided (identity/limitWalks.ts).
 * Verbatim excerpts of real notes: SherryS997/BS-Degree-Course-Notes (pages/DL/Week02.md), Ludobico/Obsidian-Vault
 * (AI/Concepts/Math/Fcuntion Limits and Extrema.md, Pytorch/torch.Tensor/Operations/torch.exp.md),
 * ArsLucidum/machine-learning-math-notes (calculus.md), wgyhhhh/Mathematical-Foundations-of-Reinforcement-Learning-Notes
 * (docs/Chapter-6/6-2.md history); the textbook limits of slow or cancelling bodies; the near misses that stay
 * undecided (two sides apart, an oscillation, a creeping walk, a letter as the point) and the planted slips that fail.
 */
import { describe, expect, it } from 'vitest';
import { firstClaimOf } from '../support/judging';
import { writtenLimit } from '../../src/core/formula/identity/limitWalks';

const verdictOf = async (note: string, piece: string) => (await firstClaimOf(note, piece)).verdict;

describe('limits walked toward their point', () => {
  it('BS-Degree-Course-Notes: the sigmoid toward −∞ (σ defined in the note)', async () => {
    const note = '$$\\sigma(z) = \\frac{1}{1 + e^{-z}}$$\nwhere $z$ denotes the weighted sum of inputs.\n\n### Sigmoid Function Properties\n' +
      '1. As $z$ tends to positive infinity: $\\lim_{{z \\to \\infty}} \\sigma(z) = 1$\n2. As $z$ tends to negative infinity: $\\lim_{{z \\to -\\infty}} \\sigma(z) = 0$\n';
    expect(await verdictOf(note, 'z \\to -\\infty')).toBe('holds');
    expect(await verdictOf(note, 'z \\to \\infty}}')).toBe('holds');
  });

  it('Obsidian-Vault: 1/|x| grows without bound toward 0 from both sides', async () => {
    const note = '$x$ 가 +0으로 한없이 가까워질 때 $+\\infty$ 가 되고, $x$ 가 -0으로 한없이 가까워질 때도 $+\\infty$ 로 가까워집니다. 따라서 $\\lim_{x \\rightarrow 0}\\frac{1}{|x|} = \\infty$ 로 표현할 수 있습니다.\n';
    const claim = await firstClaimOf(note, '\\frac{1}{|x|}');
    expect(claim.verdict).toBe('holds');
    expect(claim.reading).toContain('grow without bound');
  });

  it('machine-learning-math-notes and Obsidian-Vault: e as the limit of (1 + 1/n)^n', async () => {
    expect(await verdictOf('The number $e$ is a mathematical constant defined as:\n\n$$\ne = \\lim_{n \\to \\infty} (1 + \\frac{1}{n})^n\n$$\n', '\\lim')).toBe('holds');
    expect(await verdictOf('여기서 $e$ 는 자연 로그의 및(약 2.71828)입니다.\n\n$$\ne = \\lim_{n\\rightarrow\\infty}(1 + \\frac{1}{n})^n\n$$\n', '\\lim')).toBe('holds');
  });

  it('Mathematical-Foundations-of-RL-Notes: ln n grows without bound', async () => {
    const note = '其中$\\kappa \\approx 0.577$被称为欧拉-马歇罗尼常数(或欧拉常数)[28]。由于$\\lim_{n \\to \\infty} \\ln n = \\infty$，我们有\n';
    expect(await verdictOf(note, '\\ln n')).toBe('holds');
  });

  it('limits of slow or cancelling bodies hold', async () => {
    const limits = [
      '\\lim_{x \\to 0^+} x \\ln x = 0', '\\lim_{x \\to \\infty} \\frac{\\ln x}{x} = 0', '\\lim_{x \\to 0} \\frac{1 - \\cos x}{x^2} = \\frac{1}{2}',
      '\\lim_{x \\to 0^+} x^x = 1', '\\lim_{n \\to \\infty} n^{1/n} = 1', '\\lim_{x \\to \\infty} \\frac{x^2}{e^x} = 0', '\\lim_{x \\downarrow 0} \\sqrt{x} = 0',
      '\\lim_{n \\to \\infty} \\sqrt{n} = \\infty', '\\lim_{x \\to 0^+} \\frac{|x|}{x} = 1',
    ];
    for (const limit of limits) expect([limit, await verdictOf(`$$${limit}$$\n`, '\\lim')]).toEqual([limit, 'holds']);
  });

  it('planted slips fail: the walk settles elsewhere', async () => {
    const slips = ['\\lim_{x \\to 0^+} x \\ln x = 1', '\\lim_{x \\to \\infty} \\frac{\\ln x}{x} = 1', '\\lim_{x \\to 0^+} x^x = 0', '\\lim_{x \\to \\infty} \\frac{2x-1}{x} = \\infty'];
    for (const slip of slips) expect([slip, await verdictOf(`$$${slip}$$\n`, '\\lim')]).toEqual([slip, 'fails']);
  });

  it('near misses stay undecided', async () => {
    const open = [
      // Left and right limits differ.
      '\\lim_{x \\to 0} \\frac{1}{x} = \\infty', '\\lim_{x \\to 0} \\frac{|x|}{x} = 1',
      // An oscillation, a creeping walk, a body of an undefined function, a point that is a letter.
      '\\lim_{x \\to \\infty} \\sin x = 0', '\\lim_{x \\to 0} \\frac{1}{\\ln|x|} = 0', '\\lim_{x \\to \\infty} f(x) = 1', '\\lim_{x \\to a} f(x) = L',
      // The assumed logistic σ may confirm a limit, never refute one.
      '\\lim_{z \\to -\\infty} \\sigma(z) = 1',
      // Growing but not without bound toward 0: 1/|x| against 0 is not settled.
      '\\lim_{x \\to 0} \\frac{1}{|x|} = 0',
    ];
    for (const limit of open) expect([limit, await verdictOf(`$$${limit}$$\n`, '\\lim')]).toEqual([limit, 'none']);
  });

  it('reads the variable, point and side as written', () => {
    expect(writtenLimit('\\lim_{x \\to 0^+} x \\ln x')).toEqual({ variable: 'x', point: 0, side: 1, body: 'x \\ln x' });
    expect(writtenLimit('\\lim\\limits_{t\\rightarrow -\\infty} e^t')).toEqual({ variable: 't', point: -Infinity, side: 0, body: 'e^t' });
    expect(writtenLimit('\\lim_{x \\uparrow 1} x')).toEqual({ variable: 'x', point: 1, side: -1, body: 'x' });
    expect(writtenLimit('\\lim_{x \\to a} f(x)')).toBeUndefined();
    expect(writtenLimit('\\lim_{n} F(n)')).toBeUndefined();
  });
});
