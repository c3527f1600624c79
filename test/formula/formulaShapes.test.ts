/**
 * Rows of one derivation read together (src/core/formula/matrices/formulaShapes.ts and the
 * two-gradient rows of gradientClaims.ts): the normal equations' gradient as
 * newfacade-ml-notes writes it (linear regression, "matrix form"). Every row holds; each
 * wrong variant is never called holds, nor fails (the readings only confirm).
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const ROWS = [
  String.raw`\nabla\frac{1}{2}(X\theta - y)^{T}(X\theta - y)`,
  String.raw`\frac{1}{2}\nabla(\theta^{T}X^{T}X\theta - y^{T}(X\theta) - (X\theta)^{T}y)`,
  String.raw`\frac{1}{2}\nabla(\theta^{T}X^{T}X\theta - 2(X^{T}y)^{T}\theta)`,
  String.raw`\frac{1}{2}(2X^{T}X\theta - 2(X^{T}y))`,
  String.raw`X^{T}X\theta - X^{T}y`,
];
const derivation = (rows: readonly string[]): string => `\\begin{split}\n${rows.map((r, k) => (k === 0 ? `${r} ` : `&= ${r} `)).join('\\\\\n')}\n\\end{split}`;

/** The verdicts of the claims of a note holding only the formula, as display math. */
async function verdicts(latex: string): Promise<string[]> {
  const reports = await judgeNote(`We then have:\n\n$$\n${latex}\n$$\n`);
  return reports.at(-1)!.claims.map((c) => c.verdict);
}

describe('the gradient of ½‖Xθ − y‖², row by row (newfacade-ml-notes)', () => {
  it('confirms every row: two gradients of expressions, a gradient and its value, and the last row with θ a vector', async () => {
    expect(await verdicts(derivation(ROWS))).toEqual(['holds', 'holds', 'holds', 'holds']);
  });

  it.each([
    ['a sign flipped inside a gradient', 1, String.raw`\frac{1}{2}\nabla(\theta^{T}X^{T}X\theta - y^{T}(X\theta) + (X\theta)^{T}y)`],
    ['XXᵀ for XᵀX in the gradient computed', 3, String.raw`\frac{1}{2}(2XX^{T}\theta - 2(X^{T}y))`],
    ['the coefficient dropped', 2, String.raw`\nabla(\theta^{T}X^{T}X\theta - 2(X^{T}y)^{T}\theta)`],
    ['Xy for Xᵀy in the last row', 4, String.raw`X^{T}X\theta - Xy`],
  ])('does not confirm a row with %s', async (_what, row, wrong) => {
    const rows = ROWS.map((r, k) => (k === row ? wrong : r));
    const claims = await verdicts(derivation(rows));
    // The claims beside the wrong row compare it with its neighbours.
    expect(claims.slice(row - 1, row + 1)).not.toContain('holds');
    expect(claims).not.toContain('fails');
  });

  it('leaves θ a number in a formula that never writes it as a vector', async () => {
    expect(await verdicts(String.raw`\frac{1}{2}(2X^{T}X\theta - 2(X^{T}y)) = X^{T}X\theta - X^{T}y`)).toEqual(['none']);
  });
});
