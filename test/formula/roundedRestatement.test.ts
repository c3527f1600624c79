/**
 * A row restating the line above with its numbers worked out and rounded (worked/roundedRestatement.ts).
 * The real formula: pytorch-step-by-step (Chapter03, the trained decision boundary):
 * -0.0587/1.8684 = -0.031417 and 1.1822/1.8684 = 0.632734 (python3), written -0.0314 and 0.6327.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';

const BOUNDARY = (intercept: string, slope: string) => `\\Large
\\begin{array}{ccccccccc}
& & x_2 & = & -\\frac{0.0587}{1.8684} & + &\\frac{1.1822}{1.8684}x_1 & &
\\\\
& & x_2 & = & ${intercept} & + &${slope}x_1 & &
\\end{array}`;

describe('a line restated with rounded numbers', () => {
  it('pytorch-step-by-step: intercept and slope agree at the fourth decimal', async () => {
    const report = await judgeFormula(BOUNDARY('-0.0314', '0.6327'));
    expect(report.verdict).toBe('holds');
    expect(report.claims[1]!.reading).toBe('as the row above with its numbers worked out and rounded');
  });

  it('swapped digits in the slope, or a lost sign, do not hold (and are not refuted)', async () => {
    expect((await judgeFormula(BOUNDARY('-0.0314', '0.6372'))).verdict).toBe('none');
    expect((await judgeFormula(BOUNDARY('0.0314', '0.6327'))).verdict).toBe('none');
  });

  it('rounded coarser, it is judged at the places it writes', async () => {
    expect((await judgeFormula(BOUNDARY('-0.03', '0.63'))).verdict).toBe('holds');
  });

  it('a curve is not read as a line', async () => {
    expect((await judgeFormula('y = \\frac{1}{3}x^2 \\\\ y = 0.33x^2')).verdict).not.toBe('holds');
  });
});
