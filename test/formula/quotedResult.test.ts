/**
 * A result the section derived, quoted again (quotedResult.ts): llms-from-scratch's gradient
 * norm √(1 + 4 + 4 + 16) = 5, thinkbayes2's P(V) = 3/8 + 1/4 = 5/8. The reading may confirm,
 * never refute.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a derived result quoted in the prose after it', () => {
  it('the same name with the same result holds', async () => {
    const note = '$$\n\\|G\\|_2 = \\sqrt{1^2 + 2^2 + 2^2 + 4^2} = \\sqrt{25} = 5\n$$\n\n- Since $\\|G\\|_2 = 5$ is greater than our `max_norm` of 1\n';
    const reports = await judgeNote(note);
    expect(reports.map((r) => r.verdict)).toEqual(['holds', 'holds']);
    expect(reports[1]!.claims[0]!.reading).toContain('as the result the derivation at line 1 found');
    expect(await verdicts('$$P(V) = (1/2)~(3/4) ~+~ (1/2)~(1/2) = 5/8$$\n\nso $P(V) = 5/8$.\n')).toEqual(['holds', 'holds']);
  });

  it('another value, another section, or a derivation that fails confirms nothing', async () => {
    expect(await verdicts('$$\\|G\\|_2 = \\sqrt{25} = 5$$\n\nbut $\\|G\\|_2 = 6$.\n')).toEqual(['holds', 'none']);
    expect(await verdicts('$$P(V) = 1/2 + 1/8 = 5/8$$\n\n## Another bowl\n\n$P(V) = 5/8$\n')).toEqual(['holds', 'none']);
    expect((await verdicts('$$P(V) = 1/2 + 1/2 = 5/8$$\n\nso $P(V) = 5/8$.\n')).at(-1)).toBe('none');
  });
});
