/**
 * A formula whose one failing row the note around it excuses is undecided, not
 * "holds" on the strength of its other rows (ClaimReport.doubted, claimWords.ts
 * overallVerdict): a derivation with a wrong row must never be confirmed.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula } from '../support/judging';
import { leaveUndecided } from '../../src/core/formula/undecidedClaims';

describe('a row the note excuses', () => {
  it('keeps a chain with a holding link and an excused failing link from holding', async () => {
    const report = await judgeFormula('2 + 2 = 4 = 5');
    expect(report.claims.map((c) => c.verdict)).toEqual(['holds', 'fails']);
    const excused = leaveUndecided(report, () => 'the text around it says so');
    expect(excused.claims.map((c) => c.verdict)).toEqual(['holds', 'none']);
    expect(excused.claims[1]!.doubted).toBe(true);
    expect(excused.verdict).toBe('none');
  });

  it('leaves a chain whose undecided link is only unreadable as holding', async () => {
    const report = await judgeFormula('P(A) = \\frac{3}{10} = 0.3');
    expect(report.claims.map((c) => c.verdict)).toEqual(['none', 'holds']);
    expect(report.claims.some((c) => c.doubted)).toBe(false);
    expect(report.verdict).toBe('holds');
  });
});
