import { describe, expect, it } from 'vitest';
import { firstClaimOf } from '../support/judging';

// A worked test statistic in the shape statistics notes write it (the one-sample
// t and z tests of MirandaRintoulBadger/statistics-notes and ActuarialNotes'
// wiki): the statistic defined over the sample mean \bar{x}, then the data's
// values stated, then the result. A mean or another decorated name (\bar x,
// \overline{x}, \tilde x) is a name of its own, bound by the value the note gives it.
const T_TEST = String.raw`The t statistic is $t = \frac{\bar x - \mu_0}{s/\sqrt{n}}$.

With $\bar x = 5.2$, $\mu_0 = 5$, $s = 0.4$ and $n = 16$, we get $t = 2$.`;

describe('values stated for decorated names', () => {
  it('binds \\bar x to its stated value, so the worked statistic holds', async () => {
    expect(await firstClaimOf(T_TEST, 't = 2')).toMatchObject({ verdict: 'holds' });
    expect((await firstClaimOf(T_TEST, '\\frac')).reading).toContain('bar(x) = 5.2');
  });

  it('binds \\overline{x} and \\tilde x as \\hat x always was', async () => {
    const overline = String.raw`Let $\overline{x} = 5$. Then $2\overline{x} = 10$.`;
    expect(await firstClaimOf(overline, '2\\overline')).toMatchObject({ verdict: 'holds' });
    const tilde = String.raw`The estimate is $t = 2\tilde x$. With $\tilde x = 5$, we get $t = 10$.`;
    expect(await firstClaimOf(tilde, 't = 10')).toMatchObject({ verdict: 'holds' });
  });

  it('leaves a wrong stated result undecided: one equation is weak evidence against it', async () => {
    const wrong = String.raw`The estimate is $t = 2\bar x$. With $\bar x = 5$, we get $t = 12$.`;
    expect(await firstClaimOf(wrong, 't = 12')).toMatchObject({ verdict: 'none' });
  });

  it('still reads \\bar x written with its definition as a sample mean, not a stated value', async () => {
    const defined = String.raw`The mean is $\bar x = \frac{1}{n}\sum_{i=1}^n x_i$. Here $\bar x = 4$ and $n = 3$, so $\sum_i x_i = 12$.`;
    expect(await firstClaimOf(defined, '\\sum_i x_i = 12')).toMatchObject({ verdict: 'none' });
  });
});
