/**
 * Algebra around a function the note never defines (identity/repeatedApplications.ts), and a
 * side that opens a parenthesis it never closes (read/strayParenthesis.ts). The real formula:
 * ml-specialization-labs (C1_W3_Lab, the logistic loss at y = 0), whose second row opens with a
 * lone `(`.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { dropUnclosedOpening } from '../../src/core/formula/read/strayParenthesis';

const F = 'f_{\\mathbf{w},b}\\left( \\mathbf{x}^{(i)} \\right)';
const LOSS_AT_0 = (last: string) => `\\begin{align}
loss(f_{\\mathbf{w},b}(\\mathbf{x}^{(i)}), 0) &= (-(0) \\log\\left(${F} \\right) - \\left( 1 - 0\\right) \\log \\left( 1 - ${F} \\right) \\\\
&= ${last}
\\end{align}`;

describe('applications of a function the note does not define', () => {
  it('ml-specialization-labs: the loss at y = 0 is -log(1 - f)', async () => {
    const report = await judgeFormula(LOSS_AT_0(`-\\log \\left( 1 - ${F} \\right)`));
    expect(report.verdict).toBe('holds');
    expect(report.claims.at(-1)!.reading).toBe('for every value of the functions it applies');
  });

  it('-log f for -log(1 - f), or a lost minus, does not hold (and is not refuted)', async () => {
    expect((await judgeFormula(LOSS_AT_0(`-\\log \\left( ${F} \\right)`))).verdict).toBe('none');
    expect((await judgeFormula(LOSS_AT_0(`\\log \\left( 1 - ${F} \\right)`))).verdict).toBe('none');
  });

  it('two applications to different arguments are two values', async () => {
    expect((await judgeFormula('g(x) + g(y) = 2g(x)')).verdict).toBe('none');
    expect((await judgeFormula('g(x) + g(y) - g(x) = g(y)')).verdict).toBe('holds');
  });
});

describe('a parenthesis opened and never closed', () => {
  it('opening the side, it is dropped', () => {
    expect(dropUnclosedOpening('(-(0) \\log\\left(f\\right) - 1').trim()).toBe('-(0) \\log\\left(f\\right) - 1');
    // The outer one is the one never closed: it runs to the end, as if it were not there.
    expect(dropUnclosedOpening('((a + b)').trim()).toBe('(a + b)');
  });

  it('a closed one, or one left open elsewhere, stays', () => {
    expect(dropUnclosedOpening('(a + b) + (c')).toBe('(a + b) + (c');
    expect(dropUnclosedOpening('(a + b)')).toBe('(a + b)');
    expect(dropUnclosedOpening('a + (b')).toBe('a + (b');
  });
});
