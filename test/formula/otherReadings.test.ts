/**
 * Symbolic claims from public study notes that fail when every symbol is sampled as a real number
 * but hold under the notation their authors use: differentials, dual numbers, the imaginary unit
 * j, matrices and indexed copies, step-indexed schedules, named functions in text, a contradiction
 * shown at the end of a proof. Each was a false "fails"; each must be undecided. The last block
 * keeps the scalar errors those readings must not excuse.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';

beforeAll(async () => {
  await judgeFormula('1 + 1 = 2');
});

describe('notation that is not a claim about real scalars', () => {
  it.each([
    // m-ciniello/omscs-ml-notes (gradient descent on quadratics): the product rule for differentials.
    ['d(A \\cdot B) = (dA) \\cdot B + A \\cdot (dB)'],
    // mitmath/matrixcalc (2×2 Jacobians, AutoDiff): matrix differentials and dual numbers.
    ['d(LU) = dL U + L dU'],
    ['d(X^3) = dX \\, X^2 + X \\, dX \\, X + X^2 \\, dX'],
    ['(a+b\\epsilon) * (c+d\\epsilon) = (ac) + (bc+ad)\\epsilon'],
    // luweiagi/machine-learning-notes (Lie groups; Rodrigues' formula): e is the group's identity element, × the cross product.
    ['a\\cdot e=e\\cdot a=a'],
    ['v_{\\bot}=v-v_{\\parallel}=v-(v\\cdot k)k=-k\\times(k\\times v)'],
    // ageron/handson-ml3 (extra_autodiff): dual numbers, ε² = 0.
    ['(a_1 + b_1\\epsilon) \\times (a_2 + b_2\\epsilon) = (a_1 a_2) + (a_1 b_2 + a_2 b_1)\\epsilon + b_1 b_2\\epsilon^2 = (a_1 a_2) + (a_1b_2 + a_2b_1)\\epsilon'],
    // wdndev/llm_interview_note (rotary position encoding): j is the imaginary unit.
    ['r e^{\\theta \\mathrm{j}}=r \\cos \\theta+r \\sin \\theta \\mathrm{j}'],
    // DragonWarrior15/statistical-learning-notes (special matrices, linear maps): I is the identity matrix, A² = A a condition.
    ['I^{-1} = I = I^{T}'],
    ['A^{2} = A'],
    ['(A + B)^{\\theta} = A^{\\theta} + B^{\\theta}'],
    // birdx0810/ml-notes (end-to-end memory networks): the superscripts number the layers whose weights are tied.
    ['A^1=A^2=...A^K'],
    // wdndev/llm_interview_note (tensor parallelism): blocks X₁, X₂ of a split matrix typed as `X 1`, `X 2`.
    ['X A=\\left[\\begin{array}{ll}X 1 & X 2\\end{array}\\right]\\left[\\begin{array}{l}A 1 \\\\ A 2\\end{array}\\right]=X 1 A 1+X 2 A 2=Y 1+Y 2=Y'],
    // Sakura-gh/ML-notes (gradient descent): a learning-rate schedule indexed by the step t.
    ['\\eta^t=\\eta/ \\sqrt{t+1}'],
  ])('%s is never failed', async (latex) => {
    expect((await judgeFormula(latex)).verdict).not.toBe('fails');
  });

  it('a function named with words in text keeps its name (Atcold/NYU-DLSP20, Spanish and Chinese week 11)', async () => {
    for (const latex of ['\\text{Tanh encogida}(x) = x - \\tanh(x)', '\\text{Tanh收缩形(Tanhshrink)}(x) = x - \\tanh(x)']) {
      const report = await judgeFormula(latex);
      expect(report.verdict).not.toBe('fails');
      expect(report.readAs).not.toMatch(/^\(x\)/);
    }
  });

  it('a contradiction shown at the end of a proof is no claim (m-ciniello/omscs-ml-notes, Lagrange multipliers)', async () => {
    expect((await judgeFormula('0 = 1')).verdict).toBe('none');
    expect((await judgeFormula('\\implies 1 = 0 \\quad \\text{(from the first component)}')).verdict).toBe('none');
  });

  it('the last row of an inconsistent system read as 0 = 12 is shown, not claimed (mphowardlab/essential-math, gauss-jordan.md)', async () => {
    for (const latex of ['0 =  12', '0 = -3', '7 = 0']) expect((await judgeFormula(latex)).verdict).toBe('none');
    // Something computed on a side is a claim again, and a wrong one still fails.
    expect((await judgeFormula('12 - 12 = 12')).verdict).toBe('fails');
    expect((await judgeFormula('0 = 12 - 12')).verdict).toBe('holds');
    expect((await judgeFormula('0 = 0')).verdict).toBe('holds');
    // A decimal against zero claims an underflow (numerical-stability notes): still a claim.
    expect((await judgeFormula('0.00000000005 = 0')).verdict).toBe('fails');
  });

  it('a derivative operator before a powered bracket differentiates the power (m-ciniello/omscs-ml-notes, bias-variance)', async () => {
    expect((await judgeFormula('\\frac{\\partial}{\\partial y}(t - y)^2 = -2(t - y)')).verdict).toBe('holds');
    expect((await judgeFormula('\\frac{\\partial}{\\partial y}(t - y)^2 = 2(t - y)')).verdict).toBe('fails');
  });
});

describe('scalar errors stay errors', () => {
  it.each([
    // EricWiener/ai-notes (F1 score): a product of reciprocals written with × is no cross product.
    ['F_1=\\frac{2}{\\frac{1}{\\text { recall }} \\times \\frac{1}{\\text { precision }}}=2 \\times \\frac{\\text { precision } \\times \\text { recall }}{\\text { precision }+ \\text { recall }}'],['(x+1)^2 = x^2 + 1'], ['(a + b)^2 = a^2 + b^2'], ['\\frac{x^2 - 1}{x - 1} = x - 1'], ['2 + 2 = 5']])('%s fails', async (latex) => {
    expect((await judgeFormula(latex)).verdict).toBe('fails');
  });
});
