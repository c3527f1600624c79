import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Chinese probability courses (heldout5's coactor notes) write the weak law with `\rightarrow`,
// the event in set braces and `\vert`: the same known statement as `\lim_{n \to \infty} P(|…| < ε) = 1`.
const LAW = String.raw`# 大数定律

$$\lim_{n \rightarrow \infty} P\{\vert \bar X_n - \mu \vert < \varepsilon\} = 1$$

$$\lim_{n \rightarrow \infty} P\{\vert \bar X_n - \mu \vert \ge \varepsilon\} = 1$$`;

describe('the weak law spelled with \\rightarrow and set braces', () => {
  it('holds as written right and fails with the inequality turned', async () => {
    const reports = await judgeNote(LAW);
    expect(reports.find((r) => r.source.includes('< \\varepsilon'))!.verdict).toBe('holds');
    expect(reports.find((r) => r.source.includes('\\ge \\varepsilon'))!.verdict).toBe('fails');
  });
});
