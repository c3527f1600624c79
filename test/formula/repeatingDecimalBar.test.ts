import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// A bar over the digits after a decimal point marks them repeating (read/preprocess.ts).
const verdicts = async (note: string) => (await judgeNote(note)).flatMap((f) => f.claims.map((c) => c.verdict));

describe('repeating decimals written with \\bar', () => {
  it('the Beta posterior mean of pyro-ai/pyro (tutorial/source/svi_part_i.ipynb) holds', async () => {
    // Verbatim excerpt.
    expect(await verdicts('This estimate is to be compared to the exact posterior mean, which in this case is given by $16/30 = 0.5\\bar{3}$.\n')).toEqual(['holds']);
  });

  it('a planted wrong repeating digit fails; \\bar 3 without braces holds', async () => {
    expect(await verdicts('So $16/30 = 0.5\\bar{4}$.\n')).toEqual(['fails']);
    expect(await verdicts('So $1/3 = 0.\\bar 3$.\n')).toEqual(['holds']);
  });

  it('a bar over a letter stays a mean, not a repeating digit', async () => {
    expect(await verdicts('So $\\bar{x} = 0.5$.\n')).toEqual(['none']);
  });
});
