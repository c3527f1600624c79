/**
 * The counting run `1 + 2 + \cdots + n` written out at n = 2 and 3 (identity/elidedSums.ts), with
 * its size a letter or a word in `\text{…}` (read/textNames.ts). The real formula:
 * pytorch-step-by-step (Chapter06, the moving average's average age),
 * `\text{average age}_{\text{MA}} = \frac{1+2+\cdots+\text{periods}}{\text{periods}} = \frac{\text{periods}+1}{2}`.
 * Sums by hand: 1 + 2 = 3 = 2·3/2, 1 + 2 + 3 = 6 = 3·4/2.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { textWordsAsLetters } from '../../src/core/formula/read/textNames';

const PYTORCH = '\\large \\text{average age}_{\\text{MA}} = \\frac{1+2+\\cdots+\\text{periods}}{\\text{periods}} = \\frac{\\text{periods}+1}{2}';
const verdict = async (latex: string) => (await judgeFormula(latex)).verdict;

describe('the counting run', () => {
  it('pytorch-step-by-step: the average age of a moving average holds', async () => {
    const report = await judgeFormula(PYTORCH);
    expect(report.verdict).toBe('holds');
    expect(report.claims.at(-1)!.reading).toBe('with its sums written out for n = 2 and n = 3');
  });

  it('the average age off by a half fails, at a size named by its word', async () => {
    const report = await judgeFormula(PYTORCH.replace('\\text{periods}+1}{2}', '\\text{periods}+2}{2}'));
    expect(report.verdict).toBe('fails');
    expect(report.claims.at(-1)!.identity?.counterexample?.at).toEqual({ periods: 2 });
  });

  it('Gauss\'s sum holds, from 1 or from 0, and the one of n - 1 fails', async () => {
    expect(await verdict('1 + 2 + \\cdots + n = \\frac{n(n+1)}{2}')).toBe('holds');
    expect(await verdict('0 + 1 + \\dots + m = \\frac{m(m+1)}{2}')).toBe('holds');
    expect(await verdict('1 + 2 + \\dots + n = \\frac{n(n-1)}{2}')).toBe('fails');
  });

  it('a sum whose other side does not name its size may run without end: not judged', async () => {
    expect(await verdict('\\sum_{k=1}^{n} \\frac{1}{k^2} = \\frac{\\pi^2}{6}')).not.toBe('fails');
  });

  it('text words become spare letters, the same word the same letter', () => {
    const { sides, wordOf } = textWordsAsLetters(['\\frac{1+\\cdots+\\text{periods}}{\\text{periods}}', '\\text{periods} + n']);
    expect(sides[0].replace(/\s+/g, '')).toBe('\\frac{1+\\cdots+m}{m}');
    expect(sides[1].replace(/\s+/g, ' ').trim()).toBe('m + n');
    expect(wordOf.get('m')).toBe('periods');
  });
});

/**
 * The real formula: rasbt-ml-book (ch08, tf-idf normalisation),
 * `v_{\text{norm}} = \frac{v}{||v||_2} = \frac{v}{\sqrt{v_{1}^{2} + \dots + v_{n}^{2}}} = \frac{v}{\big (\sum_{i=1}^{n} v_{i}^{2}\big)^\frac{1}{2}}`:
 * a sum inside `\big( … \big)` (latexTerms.ts), after a name subscripted by a label, not an entry.
 */
describe('a sum inside sized brackets', () => {
  const RASBT = (sum: string) => `v_{\\text{norm}} = \\frac{v}{||v||_2} = \\frac{v}{\\sqrt{v_{1}^{2} + v_{2}^{2} + \\dots + v_{n}^{2}}} = \\frac{v}{\\big (${sum}\\big)^\\frac{1}{2}}`;

  it('rasbt-ml-book: the elided sum and the \\sum agree', async () => {
    const report = await judgeFormula(RASBT('\\sum_{i=1}^{n} v_{i}^{2}'));
    expect(report.verdict).toBe('holds');
    expect(report.claims.at(-1)!.verdict).toBe('holds');
  });

  it('a sum of the entries, not their squares, fails', async () => {
    expect((await judgeFormula(RASBT('\\sum_{i=1}^{n} v_{i}'))).claims.at(-1)!.verdict).toBe('fails');
  });
});
