/**
 * Letters the prose calls integers (integerVariables.ts): a failing identity
 * whose counter-example is not a whole number there is no refutation.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { integerLettersBefore } from '../../src/core/formula/context/integerVariables';

const claimVerdicts = async (note: string) => (await judgeNote(note)).flatMap((r) => r.claims.map((c) => c.verdict));

// QuantEcon/lecture-python-intro, lectures/complex_and_trig.md, the solution of exercise complex_ex4.
const ORTHOGONALITY = (sentence: string) =>
  `## Exercise\n\n**Case $m \\neq n$:** ${sentence}\n$\\int_{-\\pi}^{\\pi} \\cos((m-n)\\phi)\\,d\\phi = \\int_{-\\pi}^{\\pi} \\cos((m+n)\\phi)\\,d\\phi$,\ngiving a total of 0.\n`;

describe('letters the note calls integers', () => {
  it('the orthogonality step for integers m ≠ n is not refuted at m = 0.93', async () => {
    const note = ORTHOGONALITY('Both $m - n$ and $m + n$ are non-zero integers, so');
    const reports = await judgeNote(note);
    const claims = reports.flatMap((r) => r.claims);
    expect(claims.map((c) => c.verdict)).not.toContain('fails');
    expect(claims.map((c) => c.reason ?? '')).toContainEqual(expect.stringMatching(/the note says m, n are integers|the note says [mn] is an integer/));
  });

  it('without the word the same step still fails at real points', async () => {
    expect(await claimVerdicts(ORTHOGONALITY('Both $m - n$ and $m + n$ are non-zero, so'))).toContain('fails');
  });

  it('a wrong identity in letters the note leaves real still fails', async () => {
    const note = '## Powers\n\nFor integers $k$ we have $2^k$ growing fast. For real $x$:\n\n$$ (x+1)^2 = x^2 + 1 $$\n';
    expect(await claimVerdicts(note)).toContain('fails');
  });

  it('reads the words, ℕ and ℤ memberships, and stops at the section heading', () => {
    expect([...integerLettersBefore('Let $n$ be a natural number. ', 30)]).toEqual(['n']);
    expect([...integerLettersBefore('Take $k \\in \\mathbb{Z}$ and $x$ real. ', 38)]).toEqual(['k']);
    expect([...integerLettersBefore('设 $n$ 为整数。', 12)]).toEqual(['n']);
    const note = 'For integers $m$ and $n$.\n\n## Next\n\nNow $x$. ';
    expect(integerLettersBefore(note, note.length).size).toBe(0);
  });
});
