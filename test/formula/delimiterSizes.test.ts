import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`))[0]!.verdict;

describe('sized delimiters (\\bigl( \\biggr) …) group as plain brackets (preprocess.ts dropDelimiterSizes)', () => {
  it.each([
    // girafe-ml-course (Gaussian likelihood of linear regression), rows 182 = 183 joined into one claim.
    '\\sum_i \\log \\biggl( \\frac{1}{\\sqrt{2\\pi}\\sigma}exp\\bigl(-\\frac {(y_i - m_i)^2} {2 \\sigma^2}  \\bigr)\\biggr)=\\sum_i \\biggl( -0.5 \\log(2\\pi) - \\log \\sigma  -\\frac {(y_i - m_i)^2} {2 \\sigma^2} \\biggr)',
    '\\log\\bigl(2 x\\bigr) = \\log 2 + \\log x',
    '\\Bigl(a+b\\Bigr)^2 = a^2 + 2ab + b^2',
    '\\exp\\Bigl(\\frac{x}{2}\\Bigr)^2 = e^{x}',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // Really wrong: the constant's sign, the cross term.
    '\\sum_i \\log \\biggl( \\frac{1}{\\sqrt{2\\pi}\\sigma}exp\\bigl(-\\frac {(y_i - m_i)^2} {2 \\sigma^2}  \\bigr)\\biggr)=\\sum_i \\biggl( 0.5 \\log(2\\pi) - \\log \\sigma  -\\frac {(y_i - m_i)^2} {2 \\sigma^2} \\biggr)',
    '\\bigl(a+b\\bigr)^2 = a^2 + ab + b^2',
  ])('%s does not hold', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('holds');
  });

  it('an empty sized delimiter (\\bigl.) goes with its size', async () => {
    expect(await verdictOf('\\bigl. (x+1)^2 \\bigr. = x^2 + 2x + 1')).toBe('holds');
  });
});
