import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`)).at(-1)!.verdict;

/**
 * Expectations and variances as a statistics demo writes them (GeostatsGuy/DataScienceInteractivePython,
 * Interactive_Expectation.ipynb, excerpted in test/corpus/notes/geostatsguy-demos.md): `E\{X + c\}` with
 * set braces, and the variance named by its subscript, `\sigma^2_{X+c}` (probabilityTokens.ts), checked
 * on random finite models like `\mathbb{E}[·]` and `\operatorname{Var}(·)`.
 */
describe('E\\{·\\} and \\sigma^2_{expression} on random finite models', () => {
  it.each([
    // geostatsguy-demos: the rules the notebook demonstrates, verbatim.
    'E\\{X + c\\} = E\\{X \\} + c',
    'E\\{X + c\\} = E\\{X\\} + E\\{c\\} = E\\{X \\} + c',
    'E\\{cY\\} = cE\\{Y\\}',
    'E\\{X - Y\\} = E\\{X\\} - E\\{Y\\}',
    '\\sigma^2_{X+c} = \\sigma^2_{X}',
    '\\sigma^2_{cY} = c^2 \\sigma^2_{Y}',
    // The same notation with the square after the subscript, and the covariance term.
    '\\sigma_{X+Y}^2 = \\sigma_X^2 + \\sigma_Y^2 + 2\\operatorname{Cov}(X, Y)',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // Planted slips: a doubled shift, a lost square, a kept shift in the variance, a sign.
    'E\\{X + c\\} = E\\{X \\} + 2c',
    'E\\{cY\\} = c^2E\\{Y\\}',
    '\\sigma^2_{X+c} = \\sigma^2_{X} + c',
    '\\sigma^2_{cY} = c \\sigma^2_{Y}',
    '\\sigma_{X+Y}^2 = \\sigma_X^2 + \\sigma_Y^2 - 2\\operatorname{Cov}(X, Y)',
    // True only for independent (uncorrelated) variables, which random models are not: the prose's to say.
    '\\sigma^2_{X+Y} = \\sigma^2_X + \\sigma^2_Y',
    'E\\{XZ\\} = E\\{X\\}E\\{Z\\}',
    // A subscript with no random variable is a name (σ² of group k), and a value is the author's distribution's.
    '\\sigma^2_{k} = 3',
    '\\sigma^2_{X} = 3',
  ])('%s is not called holds', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('holds');
  });
});

