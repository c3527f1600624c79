import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// ericwiener-ai-notes, DETR.md: two claims that hold with \log in base 10 only.
const DETR = String.raw`## content/Research-Papers/DETR.md (lines 165–165)

- The log of a number less than 1 is negative and $\log(0.01) = -2$ and $\log(0.99) = -0.0043$. $-\log \hat{p}_{\hat{\sigma}(i)}\left(c_i\right)$ will be close to 0 if the predicted probability is close to 1.
`;

describe('the log base a section shows', () => {
  it('reads both claims in base 10 when both hold there and fail with the natural log', async () => {
    const reports = await judgeNote(DETR);
    const [small, near] = reports.filter((r) => r.claims.length > 0);
    expect([small!.verdict, near!.verdict]).toEqual(['holds', 'holds']);
    expect(small!.claims[0]!.reading).toBe('with \\log in base 10, as the other \\log claims of this section');
    expect(near!.claims[0]!.reading).toBe('with \\log in base 10, as the other \\log claims of this section, as truncated to 2 significant digits');
  });

  it('leaves one such claim ambiguous: its own value is no evidence for the reading', async () => {
    const reports = await judgeNote(DETR.replace(' and $\\log(0.99) = -0.0043$', ''));
    expect(reports.find((r) => r.source === '\\log(0.01) = -2')!.verdict).toBe('ambiguous');
  });

  it('leaves them ambiguous when a claim of the section holds with the natural log only', async () => {
    const reports = await judgeNote(`${DETR}\nAnd $\\log(e^2) = 2$.\n`);
    expect(reports.find((r) => r.source === '\\log(0.01) = -2')!.verdict).toBe('ambiguous');
    expect(reports.find((r) => r.source === '\\log(e^2) = 2')!.verdict).toBe('holds');
  });

  it('does not join claims under different headings', async () => {
    const split = DETR.replace(' and $\\log(0.99)', '\n\n## Another note\n\n$\\log(0.99)');
    const reports = await judgeNote(split);
    expect(reports.filter((r) => r.claims.length > 0).map((r) => r.verdict)).toEqual(['ambiguous', 'ambiguous']);
  });
});

describe('log written without its backslash', () => {
  it('is the logarithm: the log of 1 is 0 in every base (rasbt-ml-book, tf-idf)', async () => {
    const [report] = await judgeNote(String.raw`$$\text{idf}("is", d_3) = log \frac{1+3}{1+3} = 0$$`);
    expect(report!.claims.map((c) => c.verdict)).toEqual(['none', 'holds']);
  });

  it('gets the other bases too: ambiguous, never failed, when it holds in base 10 only', async () => {
    const [report] = await judgeNote('$log(100) = 2$');
    expect(report!.verdict).toBe('ambiguous');
  });

  it('stays part of a longer name', async () => {
    const reports = await judgeNote('$\\text{logit}(0.5) = 0$ and $catalog = 1$ and $log_2 8 = 3$');
    // `catalog = 1` gives the word a value: one name (wordNames.ts), and no \\log inside it.
    expect(reports.map((r) => r.readAs)).toEqual(['logit(0.5) = 0', 'catalog = 1', 'log2(8) = 3']);
  });
});
