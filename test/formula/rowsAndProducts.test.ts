/**
 * Two readings of real derivations (luweiagi/machine-learning-notes, reinforcement learning):
 * an aligned row that opens with `+` continues the expression of the row before, and a
 * decimal right before a bracket is a product — `0.9(2)` is 0.9 × 2 in a discounted return,
 * not the repeating decimal 0.9222… the parser would read.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const mdp = (total: string): string =>
  `$\n\\begin{aligned}\ng_1=&(-2)+0.5\\times (-1)+0.5^2\\times (-1)+0.5^3\\times (-1)\\\\\n&+0.5^4\\times (-2)+0.5^5\\times (-2)+0.5^6\\times (0)\\\\\n=&${total}\n\\end{aligned}\n$\n`;

describe('an aligned row opening with a plus', () => {
  it('continues the sum of the row before (the return of an episode)', async () => {
    const [report] = await judgeNote(mdp('-3.0625'));
    expect(report!.verdict).toBe('holds');
  });

  it('a wrong total of the whole sum still fails', async () => {
    const [report] = await judgeNote(mdp('-2.0625'));
    expect(report!.verdict).toBe('fails');
  });

  it('a matrix inside the side keeps its rows', async () => {
    const [report] = await judgeNote('$$\n\\begin{aligned}\nx &= \\det\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} \\\\\n  &+ 3 \\\\\n  &= 1\n\\end{aligned}\n$$\n');
    expect(report!.verdict).not.toBe('fails');
  });
});

describe('a decimal before a bracket', () => {
  it('is multiplied by it: G_2 = 0 + 0.9(2) = 1.8', async () => {
    const [report] = await judgeNote('$$\n\\begin{aligned}\nG_1 &= 1 + 0.9(0) + 0.9^2(2) = 1 + 0 + 1.62 = 2.62\\\\\nG_2 &= 0 + 0.9(2) = 1.8\n\\end{aligned}\n$$\n');
    expect(report!.verdict).toBe('holds');
  });

  it('a wrong product still fails', async () => {
    const [report] = await judgeNote('$0.5(4) = 3$\n');
    expect(report!.verdict).toBe('fails');
  });
});
