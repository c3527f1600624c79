/**
 * The remainder operator set as a word (read/remainderWord.ts): phlippe/uvadlc_notebooks,
 * docs/tutorial_notebooks/tutorial6/Transformers_and_MHAttention.ipynb, writes the case
 * conditions of the sinusoidal positional encoding as `$i \text{ mod } 2=0$` and
 * `$i \text{ mod } 2=1$`. The text was prose that split `i` from `2`, so `2 = 1` failed.
 */
import { describe, expect, it } from 'vitest';
import { remainderWordAsOperator, remainderWordAt } from '../../src/core/formula/read/remainderWord';
import { judgeFormula } from '../support/judging';

const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('the remainder word in a formula', () => {
  it.each([
    // The real conditions: statements about i, no claim to judge.
    ['i \\text{ mod } 2=0', 'none'],
    ['i \\text{ mod } 2=1', 'none'],
    ['i \\mathrm{mod} 2 = 1', 'none'],
    // Really wrong and right remainders written with the operator still get their verdict.
    ['7 \\bmod 3 = 2', 'fails'],
    ['7 \\bmod 3 = 1', 'holds'],
  ])('%s is %s', async (latex, expected) => {
    expect(await verdict(latex)).toBe(expected);
  });

  it('is the operator between operands, never in a subscript or a bracketed modulus', () => {
    expect(remainderWordAsOperator('i \\text{ mod } 2')).toBe('i  \\bmod  2');
    expect(remainderWordAsOperator('d_\\text{mod}')).toBe('d_\\text{mod}');
    expect(remainderWordAsOperator('a \\equiv b (\\text{mod } n)')).toBe('a \\equiv b (\\text{mod } n)');
    expect(remainderWordAt('i \\text{ mod } 2', 2)).toBe(true);
    expect(remainderWordAt('d_\\text{mod}', 2)).toBe(false);
    expect(remainderWordAt('x \\text{ model } 2', 2)).toBe(false);
  });
});
