/**
 * Claims that invert a product are tried with tall and wide matrices too
 * (src/core/formula/matrices/rectangularShapes.ts): drawn square only, a design matrix
 * would make the hat matrix the identity.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { invertsCompound, rectangularAssignments } from '../../src/core/formula/matrices/rectangularShapes';

const verdictOf = async (latex: string): Promise<string> => (await judgeFormula(latex)).verdict;

describe('least squares and ridge regression with a design matrix', () => {
  it.each([
    // cwh555-ml-notes (Machine Learning Techniques notes): the ridge hat matrix is Z(ZᵀZ + λI)⁻¹Zᵀ; the push-through identity.
    ['(Z^T Z + \\lambda I)^{-1} Z^Ty = Z^T(ZZ^T + \\lambda I)^{-1}y'],
    // The normal equations' inverse is a left inverse of X, and the hat matrix is idempotent.
    ['(X^TX)^{-1}X^TX = I'],
    ['X^T X (X^TX)^{-1} = I'],
    ['X(X^TX)^{-1}X^T X(X^TX)^{-1}X^T = X(X^TX)^{-1}X^T'],
    ['(X^TX)^{-1}X^T(Xw) = w'],
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // True only for a square X: the hat matrix is no identity, the pseudo-inverse no right inverse.
    ['X(X^TX)^{-1}X^T = I'],
    ['X(X^TX)^{-1}X^T y = y'],
    ['X(X^TX)^{-1}X^T X(X^TX)^{-1}X^T = I'],
    ['(X^TX + \\lambda I)^{-1}X^T = X^{T}(X^TX + \\lambda I)^{-1}'],
  ])('%s is never called holds (nor fails: the reading only confirms)', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('holds');
    expect(await verdictOf(latex)).not.toBe('fails');
  });

  it('keeps identities of invertible factors: (AB)⁻¹ = B⁻¹A⁻¹ and det(AB) = det(A)det(B)', async () => {
    expect(await verdictOf('(AB)^{-1} = B^{-1}A^{-1}')).toBe('holds');
    expect(await verdictOf('\\det(AB) = \\det(A)\\det(B)')).toBe('holds');
  });
});

describe('the shapes tried', () => {
  it('only a product inverted (or its determinant) asks for them', () => {
    expect(invertsCompound(['Power', ['Multiply', 'A', 'B'], -1])).toBe(true);
    expect(invertsCompound(['Multiply', ['Power', 'A', -1], 'B'])).toBe(false);
    expect(invertsCompound(['Multiply', ['Transpose', 'A'], 'B'])).toBe(false);
  });

  it('gives each matrix four shapes and each vector two, leaving out the all-square ones of one size', () => {
    const assignments = rectangularAssignments([['Multiply', 'X', 'y']])!;
    // 4 × 2 = 8, less (3×3, 3) and (5×5, 5).
    expect(assignments).toHaveLength(6);
    expect(assignments.every((a) => a.get('y')!.cols === 1)).toBe(true);
  });
});
