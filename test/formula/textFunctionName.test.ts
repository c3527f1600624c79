/**
 * A one-letter function name in `\mbox{…}`/`\text{…}` is part of the formula: jeffheaton/t81_558_deep_learning
 * (class 10.2, LSTM) defines the sigmoid as `\mbox{S}(t) = \frac{1}{1 + e^{-t}}`. Dropping the text left
 * `(t) = 1/(1 + e^{-t})`, an identity that fails at every t: a false alarm on a definition.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';

beforeAll(async () => {
  await judgeFormula('1 + 1 = 2');
});

describe('a one-letter function named in text', () => {
  it.each([['\\mbox{S}(t) = \\frac{1}{1 + e^{-t}}'], ['\\text{S}(t) = \\frac{1}{1 + e^{-t}}'], ['\\textrm{f}\\left(x\\right) = x^2 + 1']])(
    '%s is a definition, not an identity in its argument',
    async (latex) => {
      const report = await judgeFormula(latex);
      expect(report.verdict).not.toBe('fails');
      expect(report.readAs).not.toMatch(/^\(/);
    },
  );

  it('a claim about an unknown one-letter function is undecided, not read as (3) = 5', async () => {
    expect((await judgeFormula('\\text{g}(3) = 5')).verdict).toBe('none');
  });
});
