/**
 * A row of names times a column of names, multiplied out (symbolicMatrixProduct.ts), and
 * the shapes written under matrices (shapeAnnotations.ts). The real formula:
 * pytorch-step-by-step (Chapter03, "z = W^T X"), whose last links write
 * `\underset{(1 \times 3)}{[b\ w_1\ w_2]} \underset{(3 \times 1)}{[1; x_1; x_2]} = b + w_1x_1 + w_2x_2`.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { dropShapeAnnotations } from '../../src/core/formula/read/shapeAnnotations';

const ROW = '\\begin{bmatrix} b & w_1 & w_2 \\end{bmatrix}';
const COLUMN = '\\begin{bmatrix} 1 \\\\ x_1 \\\\ x_2 \\end{bmatrix}';
const PYTORCH = `\\Large
\\begin{aligned}
z
& = W^T X
=
\\underset{(1 \\times 3)}{
\\begin{bmatrix}
- & w^{T} & -\\\\
\\end{bmatrix}}
\\underset{(3 \\times 1)}{
${COLUMN}}
= \\underset{(1 \\times 3)}{
${ROW}}
\\underset{(3 \\times 1)}{
${COLUMN}}\\\\
& = b + w_1x_1 + w_2x_2
\\end{aligned}`;

const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('a written product of names multiplied out', () => {
  it('the row times the column is the weighted sum', async () => {
    const report = await judgeFormula(`${ROW} ${COLUMN} = b + w_1x_1 + w_2x_2`);
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.reading).toBe('with the written matrices multiplied out');
  });

  it('the whole derivation of pytorch-step-by-step holds in its last link, its shapes read as annotations', async () => {
    const report = await judgeFormula(PYTORCH);
    expect(report.verdict).toBe('holds');
    expect(report.claims.at(-1)!.verdict).toBe('holds');
    expect(report.claims.some((c) => c.verdict === 'fails')).toBe(false);
  });

  it('a wrong weight does not hold (w_1 x_2 for w_2 x_2), nor a dropped bias', async () => {
    expect(await verdict(`${ROW} ${COLUMN} = b + w_1x_1 + w_1x_2`)).not.toBe('holds');
    expect(await verdict(`${ROW} ${COLUMN} = w_1x_1 + w_2x_2`)).not.toBe('holds');
    expect(await verdict(PYTORCH.replace('& = b + w_1x_1 + w_2x_2', '& = b + w_1x_2 + w_2x_1'))).not.toBe('holds');
  });

  it('capitals may be matrices: their products do not commute, and the scalar reading is not taken', async () => {
    expect(await verdict('\\begin{bmatrix} A & B \\end{bmatrix} \\begin{bmatrix} C \\\\ D \\end{bmatrix} = CA + DB')).not.toBe('holds');
  });

  it('Greek scalars are numbers', async () => {
    expect(await verdict('\\begin{bmatrix} \\alpha & w_1 \\end{bmatrix} \\begin{bmatrix} x_0 \\\\ x_1 \\end{bmatrix} = \\alpha x_0 + w_1 x_1')).toBe('holds');
  });
});

describe('a shape written under a matrix', () => {
  it('is dropped, the matrix kept', () => {
    expect(dropShapeAnnotations('\\underset{(1 \\times 3)}{M} \\underset{n\\times 1}{v}').replace(/\s+/g, ' ').trim()).toBe('{M} {v}');
  });

  it('an annotation that is no shape stays (argmin over θ)', () => {
    expect(dropShapeAnnotations('\\underset{\\theta}{\\arg\\min} J')).toBe('\\underset{\\theta}{\\arg\\min} J');
  });
});
