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

/**
 * ethen8181/machine-learning, ab_tests/frequentist_ab_test.ipynb (test/corpus/notes/ethen8181-ml.md): the
 * variance of a difference derived with the means typed `u_x`, `u_y` (namedMoments.ts reads them as μ_X, μ_Y).
 */
describe('u_x as the mean of X beside expectations', () => {
  const derivation = (sign: string) =>
    [
      '\\begin{align}',
      'Var(X - Y)',
      '&= E[(X - Y)(X - Y)] - E[X - Y]^2 \\\\',
      '&= E[X^2 - 2XY + Y^2] - (u_x - u_y)^2 \\\\',
      '&= E[X^2 - 2XY + Y^2] - u_x^2 + 2u_xu_y - u_y^2 \\\\',
      `&= (E[X^2] - u_x^2) + (E[Y^2] - u_y^2) ${sign} 2(E[XY] - u_xu_y) \\\\`,
      '&= Var(X) + Var(Y) - 2 Cov(X, Y)',
      '\\end{align}',
    ].join('\n');

  it('checks every row of the derivation verbatim', async () => {
    const [report] = await judgeNote(`$$\n${derivation('-')}\n$$\n`);
    expect(report!.claims.map((c) => c.verdict)).toEqual(['holds', 'holds', 'holds', 'holds', 'holds']);
  });

  it('does not confirm the derivation with a sign slipped in its fourth row', async () => {
    expect((await judgeNote(`$$\n${derivation('+')}\n$$\n`)).at(-1)!.claims.map((c) => c.verdict)).not.toContain('holds');
  });
});
