/**
 * Notation of real study notes that must not be misread (akkefa/ml-notes,
 * test/corpus): a function named in `\text{…}`, and a product written with dots.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

beforeAll(async () => {
  await judgeFormula('1 + 1 = 2');
});

describe('a function named in text', () => {
  // The perceptron of what_is_deep_learning.ipynb: sign(12) = +1 is right; dropping `\text{sign}` left (12) = +1.
  it.each([
    ['\\text{sign}([2, 3] \\cdot [4, 1]^T + 1) = \\text{sign}(8 + 3 + 1) = \\text{sign}(12) = +1'],
    ['\\text{sign}(2) = +1'],
    ['\\text{foo}(12) = 3'],
  ])('%s is never failed as (12) = +1', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).not.toBe('fails');
    expect(report.readAs).not.toMatch(/^\(/);
  });

  it('prose in text still separates two statements', async () => {
    const report = await judgeFormula('x = 1 \\text{ and } (y) = 2');
    expect(report.readAs).toBe('x = 1; (y) = 2');
  });
});

describe('a product written with dots', () => {
  // what_is_probability.md: P_{3,60} = 60·59·58 = 60!/57! = 205320.
  it('60.59.58 is 60 × 59 × 58, not the decimal 60.59', async () => {
    const report = await judgeFormula('P_{3,60} = 60.59.58 = \\frac{60!}{57!} = 205,320');
    expect(report.verdict).toBe('holds');
    expect(report.readAs).toContain('60 × 59 × 58');
  });

  it('a wrong product written so still fails', async () => {
    expect((await judgeFormula('60.59.58 = 205,321')).verdict).toBe('fails');
  });
});

describe('an unbraced subscript', () => {
  // The engine reads `x_1 + x_2` as x sub (1 + x₂); TeX takes one token after `_`.
  it.each([
    ['\\sqrt{\\left(1-\\alpha_t\\right)+\\alpha_t\\left(1-\\alpha_{t-1}\\right)}=\\sqrt{1-\\alpha_t \\alpha_{t-1}}', 'holds'],
    ['x_1^2 + x_2^2 = x_2^2 + x_1^2', 'holds'],
    ['(x_1 + x_2)^2 = x_1^2 + x_2^2', 'fails'],
  ])('%s %s', async (latex, verdict) => {
    expect((await judgeFormula(latex)).verdict).toBe(verdict);
  });

  it('ends after one letter or one run of digits', async () => {
    expect((await judgeFormula('a_1 + a_2 = 3')).readAs).toBe('a_1 + a_2 = 3');
    expect((await judgeFormula('W_12 + b_t = 3')).readAs).toBe('W_12 + b_t = 3');
  });

  it('an escaped underscore in a text name is left alone', async () => {
    expect((await judgeFormula('\\text{transistor\\_count}(2) = 4')).verdict).not.toBe('fails');
  });
});

describe('bindings of bindings', () => {
  // D2L multihead-attention: `p_q = p_k = p_v = p_o / h`, then `p_q h = p_k h = p_v h = p_o`.
  it('a name bound to another bound name is followed to the end', async () => {
    const reports = await judgeNote('$p_q = p_k = p_v = p_o / h$ and so\n\n$p_q h = p_k h = p_v h = p_o$\n');
    expect(reports[1]!.claims.map((c) => c.verdict)).toEqual(['holds', 'holds', 'holds']);
  });
});

describe('a differential read as a variable', () => {
  // D2L multivariable-calculus: an operator applied without parentheses, in index notation.
  it('may confirm but never fails', async () => {
    const latex = '\\frac{d}{dx_k}x_ia_{ij}x_j = \\frac{dx_i}{dx_k}a_{ij}x_j + x_ia_{ij}\\frac{dx_j}{dx_k}';
    expect((await judgeFormula(latex)).verdict).toBe('none');
    expect((await judgeFormula('\\frac{dy}{dx} = \\frac{dy}{du} \\frac{du}{dx}')).verdict).toBe('holds');
  });
});

describe('wrappers around one statement', () => {
  // scaling-book (jax-ml): `\begin{equation} … \end{equation}` and `\small{…}` around a claim.
  it.each([
    ['\\begin{equation} \\frac{BDF}{BD + DF + BF} \\approxeq \\frac{BDF}{DF} = B \\end{equation}', 'holds'],
    ['\\begin{equation*} 2^{10} = 1000 \\end{equation*}', 'fails'],
    ['\\small{2^{10} = 1024}', 'holds'],
  ])('%s %s', async (latex, verdict) => {
    expect((await judgeFormula(latex)).verdict).toBe(verdict);
  });
});

describe('conditions the author states', () => {
  // pumpkin-book chapter 4 (Gini value): the next-to-last link holds only where p_1 + p_2 + p_3 = 1, as the last link says.
  it('a link that holds under an equation of the same formula is never failed', async () => {
    const latex = String.raw`\begin{aligned}
&\left(p_1 p_1+p_1 p_2+p_1 p_3\right)+\left(p_2 p_1+p_2 p_2+p_2 p_3\right)+\left(p_3 p_1+p_3 p_2+p_3 p_3\right) \\
=&p_1\left(p_1+p_2+p_3\right)+p_2\left(p_1+p_2+p_3\right)+p_3\left(p_1+p_2+p_3\right) \\
=&p_1+p_2+p_3=1
\end{aligned}`;
    const report = await judgeFormula(latex);
    expect(report.claims.map((c) => c.verdict)).toEqual(['holds', 'none', 'none']);
    expect(report.claims[1]!.reason).toContain('p_1+p_2+p_3 = 1');
  });

  it('without the condition the same link fails', async () => {
    const latex = 'p_1\\left(p_1+p_2+p_3\\right)+p_2\\left(p_1+p_2+p_3\\right)+p_3\\left(p_1+p_2+p_3\\right) = p_1+p_2+p_3';
    expect((await judgeFormula(latex)).verdict).toBe('fails');
  });
});

describe('a two-letter function name', () => {
  // pumpkin-book chapter 7: LL(θ) = ln L(θ) is the log-likelihood, not L times L(θ).
  it('LL(θ) after L(θ) is defined is not read as L·L(θ)', async () => {
    const note = [
      '$$L(\\theta)=\\theta^3(1-\\theta)^2$$',
      '$$LL(\\theta)=\\ln L(\\theta)=3\\ln\\theta+2\\ln (1-\\theta)$$',
      '$$\\frac{\\partial LL(\\theta)}{\\partial\\theta}=\\frac{\\partial\\left(3\\ln\\theta+2\\ln (1-\\theta)\\right)}{\\partial\\theta}$$',
      '',
    ].join('\n\n');
    const reports = await judgeNote(note);
    expect(reports.map((r) => r.verdict)).not.toContain('fails');
  });
});

describe('properties and equations that look like identities', () => {
  // apachecn/ailearning linalg chapters 15 and 33: a projection satisfies P² = P, its eigenvalues λ² = λ.
  it.each([['P^2=P'], ['\\lambda^2=\\lambda'], ['x^2 = 2x + 3']])('%s is not failed as an identity', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).toBe('none');
    expect(report.claims[0]!.reason).toMatch(/property or an equation/);
  });

  it('single capital letters multiplied together may be matrices', async () => {
    // chapter33: A is orthogonal and symmetric, so A² = I and (A² + 2A + I)/4 = (A + I)/2.
    const report = await judgeFormula('\\frac{1}{4}\\left(A^2+2A+I\\right)=\\frac{1}{2}(A+I)');
    expect(report.verdict).toBe('none');
    expect(report.claims[0]!.reason).toMatch(/A, I may be matrices/);
  });

  it('an expansion with a wrong term still fails', async () => {
    expect((await judgeFormula('(x+1)^2 = x^2 + x + 1')).verdict).toBe('fails');
  });
});
