/**
 * Vector notation in the matrix reading (src/core/formula/matrices/vectorNotation.ts):
 * norms, inner products, sums over components up to a letter, `\operatorname{Tr}`, and
 * function values `f(x)` as unknown vectors. Each real claim holds; each wrong variant
 * (a sign, a swapped factor) is never called holds, nor fails (the reading only confirms).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { latexReader } from '../../src/core/formula/read/engine';
import { vectorNotationLatex, writesApplication } from '../../src/core/formula/matrices/vectorNotation';

describe('vector notation read with random vectors and matrices', () => {
  it.each([
    // caojiahao-dl-notes, docs/fundamentals/math-foundations.md (the cycle of the trace, with \operatorname{Tr} and bold names)
    ['\\operatorname{Tr}(\\mathbf{A}\\mathbf{B}\\mathbf{C}) = \\operatorname{Tr}(\\mathbf{C}\\mathbf{A}\\mathbf{B}) = \\operatorname{Tr}(\\mathbf{B}\\mathbf{C}\\mathbf{A})'],
    // caojiahao-dl-notes: the sum runs to d, the vectors' length
    ['\\mathbf{a}^\\top \\mathbf{b} = \\sum_{i=1}^{d} a_i b_i'],
    // caojiahao-dl-notes: a squared Euclidean norm
    ['\\|\\mathbf{x}\\|_2^2 = \\mathbf{x}^\\top \\mathbf{x}'],
    // uvadlc-notebooks, docs/tutorial_notebooks/DL2/self_supervised (prototypical networks): f_θ(x*) an unknown vector
    ['-||f_{\\theta}(\\mathbf{x}^{*})-\\mathbf{v}_c||^2=-f_{\\theta}(\\mathbf{x}^{*})^Tf_{\\theta}(\\mathbf{x}^{*})+2\\mathbf{v}_c^{T}f_{\\theta}(\\mathbf{x}^{*})-\\mathbf{v}_c^T\\mathbf{v}_c'],
    ['\\langle a, b\\rangle = \\sum_i a_i b_i'],
    ['\\langle a + c, b\\rangle = \\langle a, b\\rangle + \\langle c, b \\rangle'],
    ['\\|A - B\\|_F^2 = \\operatorname{Tr}((A-B)^T(A-B))'],
    ['\\lVert x - y \\rVert^2 = \\lVert x \\rVert^2 - 2x^\\top y + \\lVert y \\rVert^2'],
    ['\\|x\\|_1 = \\sum_{i=1}^{n} |x_i|'],
    // d2l-en, chapter_appendix-mathematics-for-deep-learning/geometry-linear-algebraic-ops.md: bold u, its entries u_i, a dot
    ['\\mathbf{u}^\\top\\mathbf{v} = \\sum_i u_i\\cdot v_i'],
    ['\\mathbf{u}\\cdot\\mathbf{v} = \\mathbf{u}^\\top\\mathbf{v}'],
    ['\\frac{\\mathbf{v}\\cdot \\mathbf{w}}{\\|\\mathbf{v}\\|\\|\\mathbf{w}\\|} = \\frac{\\sum_{i} v_iw_i}{\\sqrt{\\sum_{i}v_i^2}\\sqrt{\\sum_{i}w_i^2}}'],
    ['\\theta^T x = \\sum_{i=1}^{n} \\theta_i x_i'], // a transposed Greek letter is a vector
  ])('%s holds', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).toBe('holds');
    expect(report.claims.every((c) => c.verdict === 'holds')).toBe(true);
    expect(report.claims[0]!.reading).toContain('random entries');
  });

  it.each([
    ['\\operatorname{Tr}(\\mathbf{A}\\mathbf{B}\\mathbf{C}) = \\operatorname{Tr}(\\mathbf{A}\\mathbf{C}\\mathbf{B})'], // not a cyclic shift
    ['\\mathbf{a}^\\top \\mathbf{b} = \\sum_{i=1}^{d} a_i a_i'],
    ['\\|\\mathbf{x}\\|_2 = \\mathbf{x}^\\top \\mathbf{x}'], // the square is missing
    // the uvadlc expansion with the last sign flipped
    ['-||f_{\\theta}(\\mathbf{x}^{*})-\\mathbf{v}_c||^2=-f_{\\theta}(\\mathbf{x}^{*})^Tf_{\\theta}(\\mathbf{x}^{*})+2\\mathbf{v}_c^{T}f_{\\theta}(\\mathbf{x}^{*})+\\mathbf{v}_c^T\\mathbf{v}_c'],
    ['\\langle a + c, b\\rangle = \\langle a, b\\rangle + \\langle a, c \\rangle'],
    ['\\lVert x - y \\rVert^2 = \\lVert x \\rVert^2 + 2x^\\top y + \\lVert y \\rVert^2'],
    ['\\|A\\|^2 = \\operatorname{Tr}(A^TA)'], // ‖A‖ of a matrix may be the spectral norm: not read
    ['\\sum_{i=1}^{d} a_i b_i = d\\, a^\\top b'], // d is used as a number too: not the length
    ['\\sum_{i=1}^{k} a_i b_i = \\mathbf{a}^\\top \\mathbf{b}'], // k bounds a partial sum, not the length
    ['f(x)g(x)^T = g(x)f(x)^T'], // outer products of two unknown vectors differ
    ['\\theta^T x = \\sum_{i=1}^{n} \\theta_i x_i^2'],
    ['\\mathbf{u}^\\top\\mathbf{v} = \\sum_i u_i\\cdot u_i'],
    ['\\frac{\\mathbf{v}\\cdot \\mathbf{w}}{\\|\\mathbf{v}\\|\\|\\mathbf{w}\\|} = \\frac{\\sum_{i} v_iw_i}{\\sqrt{\\sum_{i}v_i^2}+\\sqrt{\\sum_{i}w_i^2}}'],
  ])('%s is never called holds, nor fails', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).toBe('none');
  });

  it('a function value that cannot be a vector is a number: g\'(a^Tx) a', async () => {
    expect((await judgeFormula("g'(a^Tx)\\,a^Ta = (a^Ta)\\,g'(a^Tx)")).verdict).toBe('holds');
    expect((await judgeFormula("g'(a^Tx)\\,a^Ta = (a^Tx)\\,g'(a^Tx)")).verdict).toBe('none');
  });
});

describe('writesApplication: where the vector and the number reading of f(x) can differ', () => {
  it.each([
    ['f(x)^T v', true],
    ["g'(a^Tx)\\,a", true],
    ['\\|f_{\\theta}(\\mathbf{x}) - v\\|^2', true],
    ['x^T A x', false],
    ['\\sum_{i=1}^{n} a_i b_i', false],
    ['\\operatorname{Tr}(A B)', false],
  ])('%s: %s', async (latex, expected) => {
    const reader = await latexReader();
    expect(writesApplication(reader.read(vectorNotationLatex(latex)))).toBe(expected);
  });
});
