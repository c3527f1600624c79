/**
 * Identities over indexed data with symbolic bounds, read on drawn entries (indexedVectors.ts with elidedSums.ts
 * `pairs`, indexedDefinitions.ts): sums that leave one value out (`\sum_{k \neq k'}`), entries with two indices
 * (`a_{jk}`, `p_{mk}`), a sample mean the note defined (`\bar{x}`), and a vector stated to sum to 1.
 * Verbatim excerpts: girafe-ml-course (week0_05_trees_and_ensembles/practice0_05_decision_trees.ipynb, Gini index),
 * newfacade-ml-notes (the gradient of a quadratic form x^T A x, matrix calculus). Checked independently with mpmath:
 * p = (0.2, 0.5, 0.3): Σ_{k≠k'} p_k p_k' = 0.62 = Σ p_k(1 − p_k); A = [[1,2],[3,4]], x = (0.5, −1):
 * ∂/∂x_1 xᵀAx = 2·1·0.5 + (2+3)(−1) = −4 = (a_11+a_11)x_1 + (a_12+a_21)x_2.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdicts = async (note: string) => (await judgeNote(note)).flatMap((r) => r.claims.map((c) => c.verdict));

const GIRAFE_GINI = `## 2. Индекс Джини
* Функционал имеет вид $$ H(R_m) = \\sum\\limits_{k \\neq k'}p_{mk}p_{mk'}$$

$$
        \\sum_{k \\neq k'} p_{mk} p_{mk'}
        =
        \\sum_{k = 1}^{K} p_{mk} \\sum_{k' \\neq k} p_{mk'}
        =
        \\sum_{k = 1}^{K} p_{mk} (1 - p_{mk})
$$
`;

describe('identities over indexed data on drawn entries', () => {
  it('girafe-ml-course: the Gini sum over pairs split by its first index holds; the step that needs Σp = 1 stays undecided (the note never says so)', async () => {
    expect(await verdicts(GIRAFE_GINI)).toEqual(['none', 'holds', 'none']);
  });

  it('the same step holds when the note states the class shares sum to 1', async () => {
    const note = `Given $\\sum_k p_k = 1$,\n\n$\\sum_{k\\neq k'} p_k p_{k'} = \\sum_k p_k(1-p_k)$`;
    expect((await verdicts(note)).at(-1)).toBe('holds');
  });

  it('a bare sum over pairs with a planted sign slip is only confirmed: no definition binds its range', async () => {
    const note = `$\\sum_{k \\neq k'} p_k p_{k'} = (\\sum_k p_k)^2 - \\sum_k p_k^2$ and $\\sum_{k \\neq k'} p_k p_{k'} = (\\sum_k p_k)^2 + \\sum_k p_k^2$`;
    expect(await verdicts(note)).toEqual(['holds', 'none']);
  });

  it('newfacade-ml-notes: the gradient of a quadratic form by one entry holds; a_{ij} written for a_{ji} fails', async () => {
    const note = [
      '$\\frac{\\partial}{\\partial x_i} \\sum_{j}\\sum_{k} a_{jk} x_j x_k = \\sum_j (a_{ij}+a_{ji}) x_j$',
      '$\\frac{\\partial}{\\partial x_i} \\sum_{j}\\sum_{k} a_{jk} x_j x_k = \\sum_j (a_{ij}+a_{ij}) x_j$',
    ].join('\n\n');
    expect(await verdicts(note)).toEqual(['holds', 'fails']);
  });

  it('newfacade-ml-notes: x_{ii} beside x_j (a typo for x_i as likely as a matrix entry) stays undecided', async () => {
    const note = '$\\frac{\\partial}{\\partial x_{i}}(\\sum_{j\\ne{i}}a_{ji}x_{j}x_{i} + \\sum_{k\\ne{i}}a_{ik}x_{i}x_{k} + a_{ii}x_{i}^{2}) = \\sum_{j\\ne{i}}a_{ji}x_{j} + \\sum_{k\\ne{i}}a_{ik}x_{k} + 2a_{ii}x_{ii}$';
    expect(await verdicts(note)).toEqual(['none']);
  });

  it('a sample mean the note defined is put in: deviations sum to 0 and the variance shortcut hold; a dropped 1/n and a wrong sign fail', async () => {
    const note = [
      'Let the mean be $\\bar{x} = \\frac{1}{n}\\sum_{i=1}^n x_i$.',
      'Then $\\sum_{i=1}^n (x_i - \\bar{x}) = 0$.',
      'The variance: $\\frac{1}{n}\\sum_i (x_i-\\bar x)^2 = \\frac{1}{n}\\sum_i x_i^2 - \\bar x^2$.',
      'Slips: $\\frac{1}{n}\\sum_i (x_i-\\bar x)^2 = \\sum_i x_i^2 - \\bar x^2$ and $\\frac{1}{n}\\sum_i (x_i-\\bar x)^2 = \\frac{1}{n}\\sum_i x_i^2 + \\bar x^2$.',
    ].join('\n\n');
    expect(await verdicts(note)).toEqual(['none', 'holds', 'holds', 'fails', 'fails']);
  });

  it('without the mean defined, a bare sum of squares is only confirmed (no fail)', async () => {
    expect(await verdicts('$\\sum_i a_i^2 = (\\sum_i a_i)^2$')).toEqual(['none']);
  });
});
