/**
 * A derivation that solves for one unknown row by row (worked/solvedRows.ts): the last row's
 * solution, put back, must satisfy every equation row. The real formula: pytorch-step-by-step
 * (Chapter03, "Decision Boundary"), a layout array solving 0 = b + w₁x₁ + w₂x₂ for x₂.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';

const rows = (second: string, last: string) => `\\Large
\\begin{array}{ccccccccc}
z & = &   0 & =   & b & + & w_1x_1 & + & w_2x_2
\\\\
& & ${second} & = & b & + & w_1x_1 & &
\\\\
& & x_2 & = & ${last} & &
\\end{array}`;
const PYTORCH = rows('-w_2x_2', '-\\frac{b}{w_2} & - &\\frac{w_1}{w_2}x_1');

describe('rows solving for x₂', () => {
  it('pytorch-step-by-step: every equation row holds with the solution put back', async () => {
    const report = await judgeFormula(PYTORCH);
    expect(report.verdict).toBe('holds');
    const held = report.claims.filter((c) => c.verdict === 'holds');
    expect(held.map((c) => c.left.source.trim())).toEqual(['0', '-w_2x_2']);
    expect(held[0]!.reading).toContain('(the last row) put back');
  });

  it('a solution with a wrong sign decides nothing', async () => {
    expect((await judgeFormula(rows('-w_2x_2', '-\\frac{b}{w_2} & + &\\frac{w_1}{w_2}x_1'))).verdict).toBe('none');
  });

  it('a row that lost its sign (w₂x₂ for -w₂x₂) keeps every row undecided, even with the right solution', async () => {
    expect((await judgeFormula(rows('w_2x_2', '-\\frac{b}{w_2} & - &\\frac{w_1}{w_2}x_1'))).verdict).toBe('none');
  });

  it('in aligned rows too', async () => {
    expect((await judgeFormula('\\begin{aligned} 3x + 2y &= 12 \\\\ 3x &= 12 - 2y \\\\ x &= 4 - \\frac{2}{3}y \\end{aligned}')).verdict).toBe('holds');
    expect((await judgeFormula('\\begin{aligned} 3x + 2y &= 12 \\\\ 3x &= 12 - 2y \\\\ x &= 4 - \\frac{3}{2}y \\end{aligned}')).verdict).toBe('none');
  });
});
