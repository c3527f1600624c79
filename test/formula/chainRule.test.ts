import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`))[0]!.verdict;

describe('the chain rule in Leibniz notation (chainRule.ts)', () => {
  it.each([
    // CaoJiahao2/deep-learning-notes, 数学基础: the chain rule.
    '\\frac{dz}{dx} = \\frac{dz}{dy} \\cdot \\frac{dy}{dx}',
    // phlippe/uvadlc_notebooks, tutorial 2: backpropagation through y = mean((x + 2)^2 + 3).
    '\\frac{\\partial y}{\\partial x_i} = \\frac{\\partial y}{\\partial c_i}\\frac{\\partial c_i}{\\partial b_i}\\frac{\\partial b_i}{\\partial a_i}\\frac{\\partial a_i}{\\partial x_i}',
    // The same chain written from the variable's end, and with bold vectors.
    '\\frac{\\partial L}{\\partial w} = \\frac{\\partial z}{\\partial w} \\frac{\\partial L}{\\partial z}',
    '\\frac{\\partial L}{\\partial \\mathbf{x}} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}{\\partial \\mathbf{x}}',
    // google-deepmind/educational, intro_to_unsupervised_learning.ipynb: the function written applied.
    '\\frac{d y(z(x))}{dx} = \\frac{dy}{dz} \\frac{dz}{dx}.',
    // The same notebook: the multivariable chain rule (its stray closing parenthesis kept).
    '\\frac{d y(z_1(x), z_2(x), \\ldots, z_k(x)))}{dx} = \\sum_k \\frac{\\partial y}{\\partial z_k} \\frac{dz_k}{dx}.',
    // newfacade/machine-learning-notes, 09_neural_network.ipynb: backpropagation through a layer.
    '\\frac{\\partial l}{\\partial x_{k}} = \\sum_{j=1}^{m}\\frac{\\partial l}{\\partial y_{j}}\\frac{\\partial y_{j}}{\\partial x_{k}}',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it('names the reading', async () => {
    const [report] = await judgeNote('$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial z} \\frac{\\partial z}{\\partial w}$$');
    expect(report!.claims[0]!.reading).toMatch(/chain rule/);
  });

  it.each([
    // Really wrong: a broken link, the wrong end, a quotient instead of a product, a missing factor.
    '\\frac{dz}{dx} = \\frac{dz}{dy} \\cdot \\frac{dx}{dy}',
    '\\frac{dz}{dx} = \\frac{dz}{du} \\cdot \\frac{dy}{dx}',
    '\\frac{\\partial y}{\\partial x_i} = \\frac{\\partial y}{\\partial c_i}\\frac{\\partial b_i}{\\partial a_i}\\frac{\\partial a_i}{\\partial x_i}',
    // Not a bare product of derivatives (a factor of 2, an evaluation): left to the other readings.
    '\\frac{dz}{dx} = 2\\frac{dz}{dy} \\frac{dy}{dx}',
    // Mixed d and ∂, and words in place of names, are not read.
    '\\frac{dz}{dx} = \\frac{\\partial z}{\\partial y} \\frac{dy}{dx}',
    '\\frac{dist}{dur} = \\frac{dist}{dx} \\frac{dx}{dur}',
    // Applied: the link broken.
    '\\frac{d y(z(x))}{dx} = \\frac{dy}{dx} \\frac{dz}{dx}',
    // Summed: no link carries the index (a factor m too many), the index on the left too, a broken link,
    // a total derivative of y through several z_k written total.
    '\\frac{\\partial l}{\\partial x_{k}} = \\sum_{j=1}^{m}\\frac{\\partial l}{\\partial y}\\frac{\\partial y}{\\partial x_{k}}',
    '\\frac{\\partial l}{\\partial x_{j}} = \\sum_{j=1}^{m}\\frac{\\partial l}{\\partial y_{j}}\\frac{\\partial y_{j}}{\\partial x_{j}}',
    '\\frac{\\partial l}{\\partial x_{k}} = \\sum_{j=1}^{m}\\frac{\\partial l}{\\partial y_{j}}\\frac{\\partial x_{k}}{\\partial y_{j}}',
    '\\frac{d y}{dx} = \\sum_k \\frac{d y}{d z_k} \\frac{dz_k}{dx}',
  ])('%s is not called holds', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('holds');
  });
});
