/**
 * Orders of growth (bigO.ts): `f = O(g)` and `O(f) = O(g)` hold when |f/g| never grows
 * along n = 16 … 4096. Ratios by hand: Σi/n² = (n+1)/2n, (n²+n)/n² = 1 + 1/n, 4w/w = 4.
 * The reading may confirm, never refute.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';

const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('O-notation', () => {
  it.each([
    ['\\sum_{i=1}^ni= O(n^2)'], // deepgenerativemodels-notes
    ['O(4w) = O(w)'], // ericwiener-ai-notes
    ['n^2 + n = O(n^2)'],
    ['\\log n = \\mathcal{O}(n)'],
    ['3n + 5 = O\\left(n\\right)'],
  ])('%s holds', async (latex) => {
    expect(await verdict(latex)).toBe('holds');
  });

  it('a bound that does not hold, or that five points cannot show, is not refuted', async () => {
    expect(await verdict('n^3 = O(n^2)')).toBe('none');
    expect(await verdict('n \\log n = O(n)')).toBe('none');
  });

  it('two variables, a function of the note, or a sum of orders are not read', async () => {
    expect(await verdict('n^2 = O(n^2 m)')).toBe('none');
    expect(await verdict('T(n) = O(n^2)')).toBe('none');
    expect(await verdict('O(n) + O(m) = O(n)')).toBe('none');
  });
});
