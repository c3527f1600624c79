import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Chinese probability courses write events in set braces: `P\{X=k\}=\frac{\lambda^k e^{-\lambda}}{k!}`
// (heldout5's coactor course notes, the 0-1 and Poisson sections). The `=` inside the braces is the
// event's, not the statement's: the formula is one claim, and the event reads as P(X=k).
const POISSON = String.raw`# 泊松分布

设 $X \sim P(\lambda)$。

$$P\{X=k\}=\frac{\lambda^k e^{-\lambda}}{k!}$$

$$P\{X \le 1\} = P\{X=0\} + P\{X=1\}$$

$$P\{X=0\} = \lambda e^{-\lambda}$$

$$S = \{x \mid x > 0\}$$`;

describe('events written in set braces', () => {
  it('reads P\\{X=k\\} as one event: the mass function and the sum of two events hold', async () => {
    const reports = await judgeNote(POISSON);
    for (const piece of ['\\frac{\\lambda^k', 'P\\{X \\le 1\\}']) {
      const report = reports.find((r) => r.source.includes(piece))!;
      expect(report.claims).toHaveLength(1);
      expect(report.verdict).toBe('holds');
    }
  });

  it('fails a wrong mass as it fails written with parentheses', async () => {
    const reports = await judgeNote(POISSON);
    expect(reports.find((r) => r.source.includes('\\lambda e^{-\\lambda}'))!.verdict).toBe('fails');
  });

  it('keeps a relation inside a set out of the statement', async () => {
    const reports = await judgeNote(POISSON);
    const set = reports.find((r) => r.source.startsWith('S ='))!;
    expect(set.claims).toHaveLength(1);
    expect(set.verdict).toBe('none');
  });
});
