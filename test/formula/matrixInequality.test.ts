/**
 * Inequalities between numbers computed from vectors and matrices (src/core/formula/matrices/matrixInequality.ts):
 * norms, inner products, quadratic forms, checked with random vectors and matrices of several sizes and scales.
 * Each real claim holds; each slip (a reversed inequality, a missing √n, a quadratic form without the positive
 * definite matrix the prose would state) is never called holds, nor fails — the reading only confirms.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const MATRIX_INEQUALITY = 'several sizes and scales';

describe('norm inequalities read with random vectors and matrices', () => {
  it.each([
    // d2l-en, chapter_preliminaries/linear-algebra.md ("For any vectors $\mathbf{x}$ and $\mathbf{y}$: norms satisfy the triangle inequality")
    ['\\|\\mathbf{x} + \\mathbf{y}\\| \\leq \\|\\mathbf{x}\\| + \\|\\mathbf{y}\\|.'],
    // PremierLangage/Yggdrasil, AAAA/Samson/version3/Q1.pl (Cauchy–Schwarz and Minkowski as a quiz names them)
    ['(\\langle x,y\\rangle)^2\\leqslant \\|x\\|^2\\|y\\|^2'],
    ['\\|x+y\\|\\leqslant \\|x\\|+\\|y\\|'],
    // the usual norms of R^n compared, with n the vectors' length
    ['\\|x\\|_\\infty \\leq \\|x\\|_2 \\leq \\|x\\|_1 \\leq \\sqrt{n} \\|x\\|_2 \\leq n \\|x\\|_\\infty'],
    ['|x^\\top y| \\le \\|x\\|_2\\|y\\|_2'],
    ['\\|Ax\\|_2 \\le \\|A\\|_2\\|x\\|_2'],
    ['\\|AB\\|_F \\le \\|A\\|_F \\|B\\|_F'],
    ['\\|A\\|_2 \\le \\|A\\|_F'],
    ['\\|x - z\\| \\ge \\|x\\| - \\|z\\|'],
  ])('%s holds', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.claims.map((c) => c.verdict)).toEqual(report.claims.map(() => 'holds'));
    expect(report.claims.some((c) => c.reading?.includes(MATRIX_INEQUALITY))).toBe(true);
  });

  it.each([
    ['\\|x + y\\| \\ge \\|x\\| + \\|y\\|'], // reversed triangle inequality
    ['|x^\\top y| \\ge \\|x\\|\\|y\\|'], // reversed Cauchy–Schwarz
    ['\\|x\\|_1 \\le \\|x\\|_2'], // reversed
    ['\\|x\\|_2 \\le \\|x\\|_\\infty'], // the √n left out
    ['\\|x\\|_1 \\le \\sqrt{n}\\|x\\|_\\infty'], // √n where n is needed
    ['\\|Ax\\|_2 \\le \\|A\\|_2'], // the ‖x‖ dropped
    ['x^\\top A x \\ge 0'], // true only for the positive semidefinite A the prose would state
    ['\\|A\\|_\\infty \\le \\sqrt{n}\\|A\\|_2'], // a matrix ∞-norm (row sums? entries?) is not read
    ['\\|\\bar{P}_\\pi w\\|_\\infty \\leq \\|w\\|_\\infty'], // true for the stochastic matrix the prose names, not for any matrix
  ])('%s is neither holds nor fails', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).toBe('none');
    expect(report.claims.some((c) => c.verdict === 'fails')).toBe(false);
  });
});

describe('quadratic forms of a matrix the prose calls positive (semi)definite', () => {
  it('x^T A x ≥ 0 holds after "$A$ is positive semi-definite"', async () => {
    const note = 'Let $A$ be a symmetric matrix. Suppose $A$ is positive semi-definite. Then for every vector $x$,\n\n$$x^\\top A x \\ge 0$$\n';
    const reports = await judgeNote(note);
    const last = reports.at(-1)!;
    expect(last.verdict).toBe('holds');
    expect(last.claims[0]!.reading).toContain('A positive definite');
  });

  it('x^T A x ≥ 0 stays undecided after "$A$ is symmetric" alone', async () => {
    const reports = await judgeNote('Let $A$ be a symmetric matrix. Then\n\n$$x^\\top A x \\ge 0$$\n');
    expect(reports.at(-1)!.verdict).toBe('none');
  });

  it('samppii-cs229-notes: the square (x^Tz)^2 of a quadratic form is non-negative', async () => {
    // samppii-cs229-notes (test/corpus/notes), "2(a) - Show $A = zz^T$ is PSD"
    const note = '**Non-negative quadratic form:** for any $x$,\n\n$$x^T(zz^T)x = (x^Tz)(z^Tx) = (x^Tz)^2 \\ge 0$$\n';
    const reports = await judgeNote(note);
    expect(reports.at(-1)!.claims.map((c) => c.verdict)).toEqual(['holds', 'holds', 'holds']);
  });
});
