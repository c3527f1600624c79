/**
 * Gradients and Hessians of functions the note defines, checked by finite differences
 * at random points (src/core/formula/matrices/gradientClaims.ts). Each real claim holds;
 * each wrong variant is never called holds, nor fails (the reading only confirms).
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

/** The verdict of the note's last formula. */
async function lastVerdict(note: string): Promise<{ verdict: string; reading: string | undefined }> {
  const reports = await judgeNote(note);
  const last = reports.at(-1)!;
  return { verdict: last.verdict, reading: last.claims.find((c) => c.verdict === 'holds')?.reading };
}

// samppii-cs229-notes, CS229 PS0 - Solutions.md: the problem statement, then its parts.
const PS0 = 'Let $f(x) = \\tfrac{1}{2}x^TAx + b^Tx$, with $A$ symmetric and $b \\in \\mathbb{R}^n$.\n\n';
const PART_A = '### 1(a) - Find $\\nabla f(x)$\n\nSince $A$ is symmetric ($A^T = A$), this is $Ax + A^Tx = 2Ax$.\n\n';
const PART_C = '### 1(c) - Find $\\nabla^2 f(x)$ for $f(x) = \\tfrac{1}{2}x^TAx + b^Tx$\n\nFrom 1(a), $\\nabla f = Ax + b$:\n\n';

describe('gradients of functions the note defines', () => {
  it('∇f(x) = Ax + b after f(x) = ½xᵀAx + bᵀx with A symmetric (samppii-cs229-notes)', async () => {
    const { verdict, reading } = await lastVerdict(`${PS0}${PART_A}$$\\boxed{\\nabla f(x) = Ax + b}$$\n`);
    expect(verdict).toBe('holds');
    expect(reading).toContain('finite differences');
    expect(reading).toContain('A symmetric');
  });

  it('∇²f(x) = A in a later section, the symmetry stated with the problem (samppii-cs229-notes)', async () => {
    expect((await lastVerdict(`${PS0}${PART_A}${PART_C}$$\\boxed{\\nabla^2 f(x) = A}$$\n`)).verdict).toBe('holds');
  });

  it.each([
    ['$$\\boxed{\\nabla f(x) = Ax - b}$$'],
    ['$$\\boxed{\\nabla f(x) = 2Ax + b}$$'],
    ['$$\\boxed{\\nabla^2 f(x) = 2A}$$'],
  ])('a wrong derivative of the same f is not called holds, nor fails: %s', async (claim) => {
    expect((await lastVerdict(`${PS0}${PART_A}${PART_C}${claim}\n`)).verdict).toBe('none');
  });

  it('without the symmetry stated, ∇(½xᵀAx) = Ax is not confirmed (it is (A + Aᵀ)x/2)', async () => {
    expect((await lastVerdict('Let $f(x) = \\tfrac{1}{2}x^TAx$.\n\n$$\\nabla f(x) = Ax$$\n')).verdict).toBe('none');
    expect((await lastVerdict('Let $f(x) = \\tfrac{1}{2}x^TAx$.\n\n$$\\nabla f(x) = \\tfrac{1}{2}(A + A^T)x$$\n')).verdict).toBe('holds');
  });

  // caojiahao-dl-notes, docs/fundamentals/math-foundations.md §1.4 (the symmetry stated in Chinese: 对称)
  it.each([
    ['- $L = \\mathbf{a}^\\top \\mathbf{x}$，则 $\\dfrac{\\partial L}{\\partial \\mathbf{x}} = \\mathbf{a}$', 'holds'],
    ['- $L = \\mathbf{x}^\\top \\mathbf{A} \\mathbf{x}$（$\\mathbf{A}$ 对称），则 $\\dfrac{\\partial L}{\\partial \\mathbf{x}} = 2\\mathbf{A}\\mathbf{x}$', 'holds'],
    ['- $L = \\|\\mathbf{x}\\|_2^2 = \\mathbf{x}^\\top \\mathbf{x}$，则 $\\dfrac{\\partial L}{\\partial \\mathbf{x}} = 2\\mathbf{x}$', 'holds'],
    ['- $L = \\|\\mathbf{x}\\|_2^2 = \\mathbf{x}^\\top \\mathbf{x}$，则 $\\dfrac{\\partial L}{\\partial \\mathbf{x}} = \\mathbf{x}$', 'none'],
    ['- $L = \\mathbf{x}^\\top \\mathbf{A} \\mathbf{x}$，则 $\\dfrac{\\partial L}{\\partial \\mathbf{x}} = 2\\mathbf{A}\\mathbf{x}$', 'none'],
    ['- $L = \\mathbf{a}^\\top \\mathbf{x}$，则 $\\dfrac{\\partial L}{\\partial \\mathbf{x}} = \\mathbf{x}$', 'none'],
  ])('%s: %s', async (line, expected) => {
    expect((await lastVerdict(`${line}\n`)).verdict).toBe(expected);
  });

  it('a definition earlier in the same formula: L = xᵀAx, ∂L/∂x = (A + Aᵀ)x', async () => {
    expect((await lastVerdict('$$L = x^TAx, \\qquad \\frac{\\partial L}{\\partial x} = (A + A^T)x$$\n')).verdict).toBe('holds');
    expect((await lastVerdict('$$L = x^TAx, \\qquad \\frac{\\partial L}{\\partial x} = (A - A^T)x$$\n')).verdict).toBe('none');
  });

  // samppii-cs229-notes, 1(d): g an unknown function of a number, drawn as a random smooth one
  const PART_D = '### 1(d) - $f(x) = g(a^Tx)$. Find $\\nabla f(x)$ and $\\nabla^2 f(x)$\n\n';
  it.each([
    ["$$\\boxed{\\nabla f(x) = g'(a^Tx)\\,a}$$", 'holds'],
    ["$$\\boxed{\\nabla^2 f(x) = g''(a^Tx)\\,aa^T}$$", 'holds'],
    ["$$\\boxed{\\nabla f(x) = g'(a^Tx)\\,x}$$", 'none'],
    ["$$\\boxed{\\nabla^2 f(x) = g''(a^Tx)\\,a^Ta}$$", 'none'],
    ["$$\\boxed{\\nabla^2 f(x) = g'(a^Tx)\\,aa^T}$$", 'none'],
  ])('after f(x) = g(aᵀx): %s %s', async (claim, expected) => {
    expect((await lastVerdict(`${PART_D}${claim}\n`)).verdict).toBe(expected);
  });

  it('a gradient through an unknown function of a vector (g(h(x))) is not read', async () => {
    expect((await lastVerdict('Let $f(x) = g(h(x))$.\n\n$$\\nabla f(x) = g\'(h(x))\\,\\nabla h(x)$$\n')).verdict).toBe('none');
  });
});

describe('derivatives of the expression the claim writes', () => {
  it.each([
    // d2l-en, chapter_appendix-mathematics-for-deep-learning/multivariable-calculus.md
    ['\\frac{d}{d\\mathbf{x}}(\\mathbf{x}^\\top A \\mathbf{x}) = (\\mathbf{A} + \\mathbf{A}^\\top)\\mathbf{x}', 'holds'],
    ['\\frac{d}{d\\mathbf{x}} (\\boldsymbol{\\beta}^\\top\\mathbf{x}) = \\boldsymbol{\\beta}', 'holds'], // a bold Greek letter is a vector
    ['\\nabla_{\\mathbf{w}} \\frac{1}{2}\\|\\mathbf{X}\\mathbf{w} - \\mathbf{y}\\|^2 = \\mathbf{X}^\\top(\\mathbf{X}\\mathbf{w} - \\mathbf{y})', 'holds'],
    // samppii-cs229-notes, 1(d): the derivative of g'(aᵀx), g a random smooth function of a number
    ["\\partial/\\partial x\\,[g'(a^Tx)] = g''(a^Tx)\\,a", 'holds'],
    ["\\partial/\\partial x\\,[g'(a^Tx)] = g'(a^Tx)\\,a", 'none'],
    // newfacade/ml-notes (linear regression): \\nabla without a subscript differentiates by x
    ['\\nabla{a^{T}x}=a', 'holds'],
    ['\\nabla{x^{T}Ax} = (A + A^{T})x', 'holds'],
    ['\\nabla{a^{T}x}=x', 'none'],
    ['\\nabla{x^{T}Ax} = 2Ax', 'none'],
    // a Jacobian, in either layout (numerator: M; denominator: Mᵀ)
    ['\\frac{\\partial Wx}{\\partial x} = W^T', 'holds'],
    ['\\frac{\\partial (Wx + b)}{\\partial x} = W^2', 'none'],
    ['\\frac{d}{d\\mathbf{x}}(\\mathbf{x}^\\top A \\mathbf{x}) = 2\\mathbf{A}\\mathbf{x}', 'none'], // only for a symmetric A
    ['\\frac{d}{d\\mathbf{x}} (\\boldsymbol{\\beta}^\\top\\mathbf{x}) = \\mathbf{x}', 'none'],
    ['\\nabla_{\\mathbf{w}} \\frac{1}{2}\\|\\mathbf{X}\\mathbf{w} - \\mathbf{y}\\|^2 = \\mathbf{X}(\\mathbf{X}\\mathbf{w} - \\mathbf{y})', 'none'],
    // dustinstansbury/theclevermachine, derivation-normal-equations: a numerator in braces
    ['\\frac{\\partial \\mathbf{a}^T \\mathbf{b}}{\\partial \\mathbf{a}} = \\mathbf{b}', 'holds'],
    ['\\frac{\\partial \\mathbf{a}^T \\mathbf{b}}{\\partial \\mathbf{a}} = \\mathbf{a}', 'none'],
    ['\\frac{\\partial \\|\\mathbf{x}\\|^2}{\\partial \\mathbf{x}} = 2\\mathbf{x}', 'holds'],
    ['\\frac{\\partial \\|\\mathbf{x}\\|^2}{\\partial \\mathbf{x}} = \\mathbf{x}', 'none'],
    // a number before the gradient of an expression scales it (newfacade-ml-notes, linear regression)
    ['\\frac{1}{2}\\nabla(\\theta^{T}X^{T}X\\theta - 2(X^{T}y)^{T}\\theta) = X^{T}X\\theta - X^{T}y', 'holds'],
    ['\\frac{1}{2}\\nabla(\\theta^{T}X^{T}X\\theta - 2(X^{T}y)^{T}\\theta) = 2X^{T}X\\theta - 2X^{T}y', 'none'],
  ])('%s: %s', async (latex, expected) => {
    expect((await lastVerdict(`$$${latex}$$\n`)).verdict).toBe(expected);
  });
});

describe('entries of a Jacobian of a function the note defines by its entries', () => {
  // caojiahao-dl-notes §5, the softmax's Jacobian
  const SOFTMAX = '设 $p_i = \\dfrac{e^{z_i}}{\\sum_j e^{z_j}}$，则\n   $$\\frac{\\partial p_i}{\\partial z_j} = ';
  it.each([
    ['p_i(\\delta_{ij} - p_j)', 'holds'],
    ['p_j(\\delta_{ij} - p_i)', 'holds'], // the same entries: δ_ij is 0 unless i = j
    ['p_i(\\delta_{ij} - p_i)', 'none'],
    ['p_i(1 - p_j)', 'none'],
    ['-p_ip_j', 'none'],
  ])('∂p_i/∂z_j = %s: %s', async (right, expected) => {
    expect((await lastVerdict(`${SOFTMAX}${right}$$\n`)).verdict).toBe(expected);
  });
});

describe('a function defined by a derivation whose first rows the reading cannot read', () => {
  // newfacade-ml-notes (linear regression, matrix form): J is a sum over examples, then its matrix form.
  const definition = (last: string) => `define $X = [(x^{(1)})^{T},...,(x^{(n)})^{T}]$:\n\n$$\n\\begin{split}\nJ(\\theta) &= \\frac{1}{2}\\sum_{i=1}^{n}(h_{\\theta}x^{(i)} - y^{(i)})^2 \\\\\n&= \\frac{1}{2}\\sum_{i=1}^{n}(\\theta^{T}x^{(i)} - y^{(i)})^2 \\\\\n&= ${last}\n\\end{split}\n$$\n\nwe then have:\n\n`;
  const claim = '$$\\nabla{J(\\theta )} = \\nabla\\frac{1}{2}(X\\theta - y)^{T}(X\\theta - y)$$\n';

  it('takes the row in matrix form: ∇J(θ) = ∇½(Xθ − y)ᵀ(Xθ − y)', async () => {
    expect((await lastVerdict(definition('\\frac{1}{2}(X\\theta - y)^{T}(X\\theta - y)') + claim)).verdict).toBe('holds');
  });

  it('does not confirm it against a matrix form that differs', async () => {
    expect((await lastVerdict(definition('\\frac{1}{2}(X\\theta + y)^{T}(X\\theta - y)') + claim)).verdict).toBe('none');
  });
});

describe('gradients by a matrix, entry by entry, in either layout', () => {
  it.each([
    // The CS229 lecture notes' trace identities (as pindi-krishna/ML-and-DL-Notes and samppii-cs229-notes quote them)
    ['\\nabla_A \\operatorname{tr}(AB) = B^T', 'holds'],
    ['\\nabla_A \\operatorname{tr}(ABA^TC) = CAB + C^TAB^T', 'holds'],
    ['\\nabla_A \\operatorname{tr}(ABA^TC) = CAB + CAB^T', 'none'],
    ['\\nabla_X \\det(X) = \\det(X)(X^{-1})^T', 'holds'],
    // numerator layout writes Aᵀ's transpose: both are in use
    ['\\frac{\\partial \\operatorname{tr}(AX)}{\\partial X} = A^T', 'holds'],
    ['\\frac{\\partial \\operatorname{tr}(AX)}{\\partial X} = A', 'holds'],
    ['\\frac{\\partial \\operatorname{tr}(AX)}{\\partial X} = 2A', 'none'],
    ['\\nabla_X \\|X\\|_F^2 = 2X', 'holds'],
    ['\\nabla_X \\|X\\|_F^2 = X', 'none'],
    ['\\frac{\\partial a^TXb}{\\partial X} = ab^T', 'holds'],
    ['\\frac{\\partial a^TXb}{\\partial X} = ab^T + ba^T', 'none'],
  ])('%s: %s', async (latex, expected) => {
    expect((await lastVerdict(`$$${latex}$$\n`)).verdict).toBe(expected);
  });

  it('∂L/∂W after L = ‖XW − Y‖²_F (a linear layer\'s squared error)', async () => {
    const note = 'Let $L = \\|XW - Y\\|_F^2$. Then\n\n';
    expect((await lastVerdict(`${note}$$\\frac{\\partial L}{\\partial W} = 2X^T(XW - Y)$$\n`)).verdict).toBe('holds');
    expect((await lastVerdict(`${note}$$\\frac{\\partial L}{\\partial W} = 2(XW - Y)X^T$$\n`)).verdict).toBe('none');
  });
});
