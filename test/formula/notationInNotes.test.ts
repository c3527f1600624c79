/**
 * Notation of real study notes that must not be misread (akkefa/ml-notes,
 * test/corpus): a function named in `\text{…}`, and a product written with dots.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeFormula } from '../../src/core/formula';

beforeAll(async () => {
  await analyzeFormula('1 + 1 = 2');
});

describe('a function named in text', () => {
  // The perceptron of what_is_deep_learning.ipynb: sign(12) = +1 is right; dropping `\text{sign}` left (12) = +1.
  it.each([
    ['\\text{sign}([2, 3] \\cdot [4, 1]^T + 1) = \\text{sign}(8 + 3 + 1) = \\text{sign}(12) = +1'],
    ['\\text{sign}(2) = +1'],
    ['\\text{foo}(12) = 3'],
  ])('%s is never failed as (12) = +1', async (latex) => {
    const report = await analyzeFormula(latex);
    expect(report.verdict).not.toBe('fails');
    expect(report.readAs).not.toMatch(/^\(/);
  });

  it('prose in text still separates two statements', async () => {
    const report = await analyzeFormula('x = 1 \\text{ and } (y) = 2');
    expect(report.readAs).toBe('x = 1; (y) = 2');
  });
});

describe('a product written with dots', () => {
  // what_is_probability.md: P_{3,60} = 60·59·58 = 60!/57! = 205320.
  it('60.59.58 is 60 × 59 × 58, not the decimal 60.59', async () => {
    const report = await analyzeFormula('P_{3,60} = 60.59.58 = \\frac{60!}{57!} = 205,320');
    expect(report.verdict).toBe('holds');
    expect(report.readAs).toContain('60 × 59 × 58');
  });

  it('a wrong product written so still fails', async () => {
    expect((await analyzeFormula('60.59.58 = 205,321')).verdict).toBe('fails');
  });
});
