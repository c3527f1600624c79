/**
 * Ellipsis runs read as sums of their last term's pattern (identity/patternRuns.ts). Real formulas:
 * jax-ml/scaling-book (`1 + 2 + \ldots + n = n(n+1)/2`), ManiShayestehfar/obsidian_sync (a geometric run
 * times 1 − φ, from the chain `(1+\varphi+\cdots+\varphi^{n-1})a\psi=(1+\varphi+\cdots+\varphi^{n-1})(1-\varphi)=1-\varphi^n=1.`),
 * ActuarialNotes/Actuarial-Notes-Wiki (a run in steps of 4 powers, not read) and
 * wgyhhhh/Mathematical-Foundations-of-Reinforcement-Learning-Notes (a series, nothing after its ellipsis).
 * Sums by hand: 1 + 3 + 5 = 9 = 3², 1² + 2² + 3² = 14 = 3·4·7/6, 1 + 2 = 3 = 3·2/2 for n = 3 terms up to n − 1.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';

const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('ellipsis runs read by the pattern of their last term', () => {
  it('real notes: Gauss (scaling-book) and a geometric run times 1 − φ (obsidian_sync) hold', async () => {
    expect(await verdict('1 + 2 + \\ldots + n = n(n+1)/2')).toBe('holds');
    expect(await verdict('(1+\\varphi+\\cdots+\\varphi^{n-1})(1-\\varphi)=1-\\varphi^n')).toBe('holds');
  });

  it('closed forms of counting notes hold', async () => {
    for (const f of [
      '1 + r + r^2 + \\dots + r^{n-1} = \\frac{1-r^n}{1-r}',
      '1 + 3 + 5 + \\cdots + (2n-1) = n^2',
      '1^2 + 2^2 + \\cdots + n^2 = \\frac{n(n+1)(2n+1)}{6}',
      '2^0 + 2^1 + \\cdots + 2^{n-1} = 2^n - 1',
      '1 + 2 + \\dots + (n-1) = \\frac{n(n-1)}{2}',
      'n + (n-1) + \\cdots + 1 = \\frac{n(n+1)}{2}',
      '(n-1) + (n-2) + \\cdots + 1 = \\frac{n(n-1)}{2}',
      '2 + 4 + 6 + \\cdots + 2n = n(n+1)',
      'a_0 + a_1 x + \\cdots + a_n x^n = \\sum_{k=0}^{n} a_k x^k',
    ]) expect(await verdict(f), f).toBe('holds');
  });

  it('planted slips fail: n(n − 1)/2 for 1 + ⋯ + n, one term too many in the geometric run, a square too few', async () => {
    expect(await verdict('1 + 2 + \\cdots + n = \\frac{n(n-1)}{2}')).toBe('fails');
    expect(await verdict('1 + r + r^2 + \\dots + r^{n} = \\frac{1-r^n}{1-r}')).toBe('fails');
    expect(await verdict('1 + 3 + 5 + \\cdots + (2n-1) = n^2 - 1')).toBe('fails');
  });

  it('leaves alone runs with no pattern of whole numbers, steps of 4 and series', async () => {
    expect(await verdict('1 + 2 + 4 + \\cdots + n = \\frac{n(n+1)}{2}')).toBe('none');
    expect(await verdict('100\\left[(1+i)^{20} + (1+i)^{16} + \\cdots + (1+i)^4\\right] = 100\\,\\frac{(1+i)^4 - (1+i)^{24}}{1 - (1+i)^4}')).not.toBe('fails');
    expect(await verdict('\\gamma^3(1+\\gamma+\\gamma^2+\\ldots)=\\gamma^3\\frac{1}{1-\\gamma}')).not.toBe('fails');
  });
});
