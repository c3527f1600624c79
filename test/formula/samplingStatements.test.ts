import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Sample statistics and the standard inequalities read as known statements (identity/probability/samplingStatements.ts).
// Excerpts are verbatim from public notes found with the code search index (its file ids named where the index gave
// no repository); the planted slips change one symbol of the same excerpt.

const verdicts = async (note: string) =>
  (await judgeNote(note)).flatMap((f) => f.claims.map((c) => `${c.left.source.trim()} ${c.relation} ${c.right.source.trim()}: ${c.verdict}`));

describe('sample statistics written out (samplingStatements.ts)', () => {
  // An IB statistics summary (code index file 52470646399), "Independent Copies".
  const ib = String.raw`### Independent Copies

If $X_1, \ldots, X_n$ are iid with mean $\mu$ and variance $\sigma^2$:

$$
E(\bar{X}) = \mu, \quad \mathrm{Var}(\bar{X}) = \frac{\sigma^2}{n}
$$
`;
  it('the mean and variance of the sample mean hold', async () => {
    expect(await verdicts(ib)).toEqual(['E(\\bar{X}) = \\mu: holds', '\\mathrm{Var}(\\bar{X}) = \\frac{\\sigma^2}{n}: holds']);
  });
  it('σ for σ² in the variance of the sample mean fails (planted slip)', async () => {
    expect(await verdicts(ib.replace('\\frac{\\sigma^2}{n}', '\\frac{\\sigma}{n}'))).toContain('\\mathrm{Var}(\\bar{X}) = \\frac{\\sigma}{n}: fails');
  });
  it('a factor the table does not know stays undecided (near miss)', async () => {
    expect(await verdicts(ib.replace('\\frac{\\sigma^2}{n}', '\\frac{2\\sigma^2}{n}'))).toContain('\\mathrm{Var}(\\bar{X}) = \\frac{2\\sigma^2}{n}: none');
  });

  it('the standard error σ/√n holds, σ/n fails', async () => {
    expect(await verdicts(String.raw`The standard error is $SE = \frac{\sigma}{\sqrt{n}}$.`)).toEqual(['SE = \\frac{\\sigma}{\\sqrt{n}}: holds']);
    expect(await verdicts(String.raw`The standard error of the mean is $\sigma_{\bar X} = \sigma / n$.`)).toEqual(['\\sigma_{\\bar X} = \\sigma / n: fails']);
  });
  it("a bare SE with a proportion is not the mean's (near miss)", async () => {
    expect(await verdicts(String.raw`The standard error is $SE = \sqrt{\frac{p \cdot (1-p)}{n}}$.`)).toEqual(['SE = \\sqrt{\\frac{p \\cdot (1-p)}{n}}: none']);
  });
  it('a derivation through the variances of the sample members holds row by row', async () => {
    expect(await verdicts(String.raw`$$\operatorname{Var}(\bar{X}) = \frac{1}{n^2}\sum_{i=1}^{n}\operatorname{Var}(X_i) = \frac{\sigma^2}{n}$$`)).toEqual([
      '\\operatorname{Var}(\\bar{X}) = \\frac{1}{n^2}\\sum_{i=1}^{n}\\operatorname{Var}(X_i): holds',
      '\\frac{1}{n^2}\\sum_{i=1}^{n}\\operatorname{Var}(X_i) = \\frac{\\sigma^2}{n}: holds',
    ]);
  });
  it('the sample proportion', async () => {
    expect(await verdicts(String.raw`$$\mathrm{Var}(\hat{p}) = \frac{p \cdot (1-p)}{n}$$`)).toEqual(['\\mathrm{Var}(\\hat{p}) = \\frac{p \\cdot (1-p)}{n}: holds']);
    expect(await verdicts(String.raw`$$\mathrm{Var}(\hat{p}) = \frac{p}{n}$$`)).toEqual(['\\mathrm{Var}(\\hat{p}) = \\frac{p}{n}: fails']);
  });
});

describe('known statements (samplingStatements.ts)', () => {
  // atlanswer/fund-info-theory, docs/course/ch1/index.md, "Jensen's Inequality".
  const jensen = String.raw`- If $f(x)$ is convex, $-f(x)$ is concave

### Jensen's Inequality

If function $f(x)$ id convex, then

$$
\begin{equation}
f(\mathbb{E}[x])\leq\mathbb{E}[f(x)]
\end{equation}
$$
`;
  it("Jensen's inequality after prose calling f convex holds", async () => {
    expect(await verdicts(jensen)).toEqual(['f(\\mathbb{E}[x]) \\le \\mathbb{E}[f(x)]: holds']);
  });
  it("Jensen's inequality reversed is never failed, and without the word it stays undecided", async () => {
    expect(await verdicts(jensen.replace('\\leq', '\\geq'))).toEqual(['f(\\mathbb{E}[x]) \\ge \\mathbb{E}[f(x)]: none']);
    expect(await verdicts(jensen.replace('id convex', 'given'))).toEqual(['f(\\mathbb{E}[x]) \\le \\mathbb{E}[f(x)]: none']);
  });
  it('Markov and Chebyshev hold; Markov reversed and Chebyshev with σ for σ² fail; the weaker 1/k stays undecided', async () => {
    expect(await verdicts(String.raw`Markov: $P(X \ge a) \le \frac{E[X]}{a}$.`)).toEqual(['P(X \\ge a) \\le \\frac{E[X]}{a}: holds']);
    expect(await verdicts(String.raw`Markov: $P(X \ge a) \ge \frac{E[X]}{a}$.`)).toEqual(['P(X \\ge a) \\ge \\frac{E[X]}{a}: fails']);
    expect(await verdicts(String.raw`$\mathbb{P}(|X - \mu| \geq k\sigma) \leq \frac{1}{k^2}$`)).toEqual(['\\mathbb{P}(|X - \\mu| \\geq k\\sigma) \\le \\frac{1}{k^2}: holds']);
    expect(await verdicts(String.raw`$P(|X - \mu| \ge \epsilon) \le \frac{\sigma}{\epsilon^2}$`)).toEqual(['P(|X - \\mu| \\ge \\epsilon) \\le \\frac{\\sigma}{\\epsilon^2}: fails']);
    expect(await verdicts(String.raw`$P(|X - \mu| \ge k\sigma) \le \frac{1}{k}$`)).toEqual(['P(|X - \\mu| \\ge k\\sigma) \\le \\frac{1}{k}: none']);
  });
  it('the weak law of large numbers: a probability of deviation tends to 0, not 1', async () => {
    expect(await verdicts(String.raw`$$\lim_{n \to \infty} P(|\bar{X}_n - \mu| > \varepsilon) = 0$$`)).toEqual(['\\lim_{n \\to \\infty} P(|\\bar{X}_n - \\mu| > \\varepsilon) = 0: holds']);
    expect(await verdicts(String.raw`$$\lim_{n \to \infty} P(|\bar{X}_n - \mu| > \varepsilon) = 1$$`)).toEqual(['\\lim_{n \\to \\infty} P(|\\bar{X}_n - \\mu| > \\varepsilon) = 1: fails']);
  });
});
