/**
 * A result given its name right after the formula that computed it (namedResult.ts):
 * akkefa-ml-notes' forward pass, 1/1.367879 = 0.7310588…; ml-foundations' Bayes
 * denominator, 35/36000 + 999/36000 = 0.0287222… (python3). The reading may confirm,
 * never refute.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a name given to the result right before it', () => {
  it('the forward pass of akkefa-ml-notes', async () => {
    const note = '7. **Inverse**: $ \\frac{1}{1.367879} \\approx 0.731059 $\n\nThus, the output of the forward pass is approximately $ f(w, x) = 0.731059 $.\n';
    const reports = await judgeNote(note);
    expect(reports.map((r) => r.verdict)).toEqual(['holds', 'holds']);
    expect(reports[1]!.claims[0]!.reading).toContain('as the result of the formula before it (line 1');
  });

  it('a continued derivation and the value it comes out to (ml-foundations)', async () => {
    const note = '$$ = \\left(\\frac{35}{36}\\right)\\left(\\frac{1}{1000}\\right) + \\left(\\frac{1}{36}\\right)\\left(\\frac{999}{1000}\\right) $$\n...which comes out to $P(y = \\text{YES}) \\approx 0.0287$:\n';
    expect((await verdicts(note)).at(-1)).toBe('holds');
  });

  it('a different value, no concluding word, a bare number before, or a formula between stay undecided', async () => {
    expect(await verdicts('$ \\frac{1}{3} + 1 $ so $ g(x) = 1.5 $.\n')).toEqual(['none', 'none']);
    expect(await verdicts('$ \\frac{1}{3} + 1 $ and then $ g(x) = 1.333 $.\n')).toEqual(['none', 'none']);
    expect(await verdicts('$ x = 2.5 $ so $ y = 2.5 $.\n')).toEqual(['none', 'none']);
    expect(await verdicts('$ \\frac{1}{3} + 1 $, $ z $, so $ g(x) = 1.333 $.\n')).toEqual(['none', 'none', 'none']);
  });

  it('the same name after a heading is another matter', async () => {
    expect((await verdicts('$ \\frac{1}{3} + 1 $\n\n## Next\n\nSo $ g(x) = 1.333 $.\n')).at(-1)).toBe('none');
  });
});
