/**
 * A percent or a number word written after the formula belongs to its claim: `$…$%`, the
 * ordinal percentile of m-ciniello/omscs-ml-notes (conformal prediction), "the $9/9 = 100$th
 * percentile of the scores", where 9/9 = 1 is 100 percent, and EricWiener/ai-notes (Swin
 * Transformer), "$56^4 = 9.8$ million entries".
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

describe('a percent after the formula', () => {
  it.each([
    ['Then the $9/9 = 100$th percentile of the scores is the largest.'],
    ['About $e^{-1} \\approx 36.8$% of the mass.'],
    ['It keeps $1 - 0.25 = 75$ percent of the weights.'],
  ])('%s holds as a percentage', async (note) => {
    const [report] = await judgeNote(note);
    expect(report!.verdict).toBe('holds');
  });

  it('a wrong percentage still fails', async () => {
    const [report] = await judgeNote('Then the $9/9 = 90$th percentile of the scores.');
    expect(report!.verdict).toBe('fails');
  });

  it('a number followed by other text is not a percentage', async () => {
    const [report] = await judgeNote('We get $9/9 = 100$ th items.');
    expect(report!.verdict).toBe('fails');
  });
});

describe('a number word after the formula', () => {
  it('scales the last number: 56^4 = 9.8 million', async () => {
    const [report] = await judgeNote('The attention matrix will have $56^4 = 9.8$ million entries.');
    expect(report!.verdict).toBe('holds');
  });

  it('a wrong count still fails', async () => {
    const [report] = await judgeNote('The attention matrix will have $56^4 = 7.1$ million entries.');
    expect(report!.verdict).toBe('fails');
  });
});
