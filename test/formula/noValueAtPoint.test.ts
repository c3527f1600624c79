/**
 * A value claim whose side has no value at the point (0 · ln 0) is undecided, never failed
 * (analyze.ts): the note means the limit there.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from './../support/judging';

// djeada/Numerical-Methods, notes/6_regression/thin_plate_spline_interpolation.md (line 153).
const note = (claim: string) => `Compute $\\phi(r)=r^2\\ln r$:\n\n* $${claim}$.\n`;
const lastVerdict = async (claim: string) => (await judgeNote(note(claim))).at(-1)?.verdict;

describe('a side with no value at the point (analyze.ts)', () => {
  it('the real \\phi(0)=0 for \\phi(r)=r^2\\ln r (its limit) is not failed', async () => {
    expect(await lastVerdict('\\phi(0)=0')).not.toBe('fails');
  });

  it('\\phi(1)=2 (a digit; \\phi(1) = 0) fails, and the real \\phi(1)=1\\cdot\\ln 1=0 holds', async () => {
    expect(await lastVerdict('\\phi(1)=2')).toBe('fails');
    expect(await lastVerdict('\\phi(1)=1\\cdot\\ln 1=0')).toBe('holds');
  });
});
