import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Laws and limits of sample statistics, closure rules and quantile symmetries read as known results
// (identity/probability/samplingLaws.ts). Excerpts are verbatim from public notes (repository and file named); the
// planted slips change one symbol of the same excerpt.

const lawVerdicts = async (note: string) =>
  (await judgeNote(note)).flatMap((f) => f.claims.filter((c) => c.verdict !== 'none' || c.relation === '\\sim').map((c) => `${c.left.source.trim()} ${c.relation} ${c.right.source.trim()}: ${c.verdict}`));
const formulaVerdicts = async (note: string) => (await judgeNote(note)).map((f) => f.verdict);

describe('sampling laws of a normal sample (samplingLaws.ts)', () => {
  // Tulbm/Stats-Notes, "Intro to Stats/Sampling Distributions.md".
  const tulbm = String.raw`Normal distribution results
Consider $X_{1},\dots,X_{n}\sim N(\mu,\sigma^2)$. Then if $\bar{X}=\sum X_{i}/n$ and $S^2=\sum(X_{i}-\bar{X})^2 / (n-1):$
1. $\bar{X}\sim N(\mu,\sigma^2/n)$
2. $\sum(X_{i}-\mu)^2 / \sigma^2 \sim \chi_{n}^2$
3. $\sum (X_{i}-\bar{X})^2/ \sigma^2 \sim \chi_{n-1}^2$
4. $(n-1)S^2 / \sigma^2\sim \chi_{n-1}^2$
5. $\frac{\bar{X}-\mu}{S / \sqrt{ n }}\sim t_{n-1}$
`;
  it('X̄, the χ² statistics and the t statistic hold; the population statement stays undecided', async () => {
    expect(await lawVerdicts(tulbm)).toEqual([
      'X_{1},\\dots,X_{n} \\sim N(\\mu,\\sigma^2): none',
      '\\bar{X} \\sim N(\\mu,\\sigma^2/n): holds',
      '\\sum(X_{i}-\\mu)^2 / \\sigma^2 \\sim \\chi_{n}^2: holds',
      '\\sum (X_{i}-\\bar{X})^2/ \\sigma^2 \\sim \\chi_{n-1}^2: holds',
      '(n-1)S^2 / \\sigma^2 \\sim \\chi_{n-1}^2: holds',
      '\\frac{\\bar{X}-\\mu}{S / \\sqrt{ n }} \\sim t_{n-1}: holds',
    ]);
  });
  it('χ²(n) for (n−1)S²/σ², t(n) for the t statistic and σ²/n² for X̄ fail (planted slips)', async () => {
    const planted = tulbm.replace('(n-1)S^2 / \\sigma^2\\sim \\chi_{n-1}^2', '(n-1)S^2 / \\sigma^2\\sim \\chi_{n}^2').replace('\\sim t_{n-1}', '\\sim t_{n}').replace('N(\\mu,\\sigma^2/n)$', 'N(\\mu,\\sigma^2/n^2)$');
    const verdicts = await lawVerdicts(planted);
    expect(verdicts).toContain('(n-1)S^2 / \\sigma^2 \\sim \\chi_{n}^2: fails');
    expect(verdicts).toContain('\\frac{\\bar{X}-\\mu}{S / \\sqrt{ n }} \\sim t_{n}: fails');
    expect(verdicts).toContain('\\bar{X} \\sim N(\\mu,\\sigma^2/n^2): fails');
  });
  it('a factor the table does not know, or σ/√n as the second parameter, stays undecided (near misses)', async () => {
    expect(await lawVerdicts(tulbm.replace('N(\\mu,\\sigma^2/n)$', 'N(\\mu,\\sigma/\\sqrt{n})$'))).toContain('\\bar{X} \\sim N(\\mu,\\sigma/\\sqrt{n}): none');
    expect(await lawVerdicts(tulbm.replace('N(\\mu,\\sigma^2/n)$', 'N(\\mu,2\\sigma^2/n)$'))).toContain('\\bar{X} \\sim N(\\mu,2\\sigma^2/n): none');
  });

  // ActuarialNotes/Actuarial-Notes-Wiki, "Concepts/Sample Mean.md".
  it('X̄ ~ N(μ, σ²/n) for a normal population holds (ActuarialNotes)', async () => {
    const note = String.raw`- For a Normal population the result is exact: $\bar{X} \sim N(\mu, \sigma^2/n)$, and $\bar{X}$ is independent of the [[Sample Variance]] $S^2$`;
    expect(await lawVerdicts(note)).toEqual(['\\bar{X} \\sim N(\\mu, \\sigma^2/n): holds']);
  });

  // akkefa/ml-notes, "docs/probability/hypothesis_testing.md": two rows, then the t statistic.
  it('the rows of a display and the t statistic hold after a normal population (akkefa/ml-notes)', async () => {
    const note = String.raw`It was based on the fact that

$$
\overline{ X } \sim N \left(\mu, \sigma^2 / n \right)

\\

\frac{\overline{ X }-\mu}{\sigma / \sqrt{ n }} \sim N (0,1)
$$
What is we use the sample standard deviation $S =\sqrt{ S ^2}$ in place of $\sigma$ ?

Thus,

$$
\frac{\bar{X}-\mu}{S / \sqrt{n}} \sim t(n-1)
$$
`;
    // The excerpt alone states no population: undecided. After Tulbm's "Consider X_1,…,X_n ~ N(μ,σ²).": known results.
    expect(await formulaVerdicts(note)).toEqual(['none', 'none', 'none', 'none']);
    expect(await formulaVerdicts(`Consider $X_{1},\\dots,X_{n}\\sim N(\\mu,\\sigma^2)$.\n\n${note}`)).toEqual(['none', 'holds', 'none', 'none', 'holds']);
  });

  // MirandaRintoulBadger/statistics-notes, "_book/06-confints.md".
  it('Z = (X̄−μ)/(σ/√n) ~ N(0, 1²) holds (MirandaRintoulBadger)', async () => {
    const note = String.raw`Recall the way we originally found critical values from the standard normal curve. We can use Z critical values for inference on $\mu$ specifically because
$$Z \;=\; \frac{\bar{X} - \mu}{\sigma/\sqrt{n}} \sim N(0, 1^2).$$`;
    expect((await formulaVerdicts(note)).at(-1)).toBe('holds');
  });

  // Egjfour/dsti-course-notes, "Statistics and Probability/Estimation/Confidence Intervals of Estimators.md".
  it('a chain of two spellings of the statistic and its law holds (Egjfour)', async () => {
    const note = String.raw`- Step 5: Change the center portion of the inequality to get to a known distribution
	- See that $\bar X_n - \mu \sim \mathcal N(0,\dfrac{\sigma^2}{n})$
	- Need to consider the reduced/scaled version of $\bar X_n - \mu$ by dividing by the standard deviation: $(\bar X_n - \mu)/\sqrt{\dfrac{\sigma^2}{n}} = \sqrt n (\dfrac{\bar X_n - \mu}{\sigma}) \sim N(0,1)$ `;
    // No population or limit stated in the excerpt: undecided; after "By the Central Limit Theorem" (ActuarialNotes): known results.
    expect(await formulaVerdicts(note)).toEqual(['none', 'none', 'none']);
    expect(await formulaVerdicts(`By the [[Central Limit Theorem]], for large $n$:\n${note}`)).toEqual(['none', 'holds', 'none', 'holds']);
  });

  // stalomeow/note, "概率论与数理统计/参数估计/区间估计.md": a table row with no population stated.
  it('the pivots of a table with no normal population stated stay undecided (near miss)', async () => {
    const note = String.raw`|条件| $\sigma^2$ 已知| $\sigma^2$ 未知|
|:-|:-|:-|
|枢轴量| $\dfrac{\overline{X} -\mu}{\sigma/\sqrt{n}} \sim N(0,1)$ | $\dfrac{\overline{X} -\mu}{S/\sqrt{n}} \sim t(n-1)$ |`;
    expect(await formulaVerdicts(note)).toEqual(['none', 'none', 'none', 'none']);
  });

  // fcui/StudiedCourses, "概率论与数理统计/chap07.md" and "chap08.md": a numeric n and a hypothesised μ₀.
  it('σ/3 for a known n and μ₀ under the null stay undecided (near misses)', async () => {
    const note = String.raw`若总体 $X\sim N(\mu,\sigma^2)$，则

$$
        \frac{\overline{X}-\mu}{\sigma/3}\sim N(0,1),
$$

$$
    \frac{\overline{X}-\mu_0}{S/\sqrt{n}}\sim t(n-1),
$$`;
    expect(await formulaVerdicts(note)).toEqual(['none', 'none', 'none']);
  });
});

describe('closure rules from the note\'s own laws (samplingLaws.ts)', () => {
  // ManiShayestehfar/obsidian_sync, "Statistics/Moment Generating Function.md".
  it('aX + b of a normal X holds', async () => {
    const note = String.raw`- Similar to the MGF, $X\sim N(\mu,\sigma^2)$ then $Y = aX + b \sim N(a\mu+b, a^2\sigma^2)$`;
    expect(await lawVerdicts(note)).toEqual(['X \\sim N(\\mu,\\sigma^2): none', 'aX + b \\sim N(a\\mu+b, a^2\\sigma^2): holds']);
  });
  it('the coefficient not squared fails (planted slip)', async () => {
    const note = String.raw`- Similar to the MGF, $X\sim N(\mu,\sigma^2)$ then $Y = aX + b \sim N(a\mu+b, a\sigma^2)$`;
    expect(await lawVerdicts(note)).toContain('aX + b \\sim N(a\\mu+b, a\\sigma^2): fails');
  });

  // jhy-cpu-learning-notes (test/corpus/notes), Poisson additivity with 独立 (independent) said.
  const poisson = String.raw`- **可加性**：$X \sim \text{Pois}(\lambda_1)$，$Y \sim \text{Pois}(\lambda_2)$ 独立，则 $X+Y \sim \text{Pois}(\lambda_1+\lambda_2)$`;
  it('the sum of independent Poisson variables holds', async () => {
    expect((await lawVerdicts(poisson)).at(-1)).toBe('X+Y \\sim \\text{Pois}(\\lambda_1+\\lambda_2): holds');
  });
  it('a product of the rates stays undecided (near miss)', async () => {
    expect((await lawVerdicts(poisson.replace('(\\lambda_1+\\lambda_2)', '(\\lambda_1\\lambda_2)'))).at(-1)).toBe('X+Y \\sim \\text{Pois}(\\lambda_1\\lambda_2): none');
  });

  // DuskNgai/Paper-Notes, "Deep Learning/Generative Model/appendix/Fancy Distribution.md": no independence said.
  it('a sum of normals without independence stated stays undecided (near miss)', async () => {
    const note = String.raw`Let $X_1\sim\mathcal{N}(\mu_1,\sigma_1^2)$ and $X_2\sim\mathcal{N}(\mu_2,\sigma_2^2)$, then
$$
Y=X_1+X_2\sim\mathcal{N}(\mu_1+\mu_2,\sigma_1^2+\sigma_2^2)
$$`;
    expect((await formulaVerdicts(note)).at(-1)).toBe('none');
    const independent = note.replace('Let $X_1', 'Let independent $X_1');
    expect((await formulaVerdicts(independent)).at(-1)).toBe('holds');
    expect((await formulaVerdicts(independent.replace('\\sigma_1^2+\\sigma_2^2)\n', '\\sigma_1+\\sigma_2)\n'))).at(-1)).toBe('fails');
  });

  // ronchuxia/Machine-Learning-Notes, "10-623_Diffusion_Models.md": no laws stated for X and Y.
  it('a sum with no premises stays undecided (near miss)', async () => {
    const note = String.raw`1. Sum of two Gaussians is a Gaussian: $X + Y \sim \mathcal{N}(\mu_x + \mu_y, \sigma_x^2 + \sigma_y^2)$.`;
    expect(await formulaVerdicts(note)).toEqual(['none']);
  });

  // A binomial complement, as Chinese probability courses write it.
  it('n − X of a binomial X holds, by the exact pmf rule', async () => {
    const note = String.raw`$$
Y=n-X;X\sim B(n,p)\\
Y\sim B(n,1-p)
$$`;
    expect(await formulaVerdicts(note)).toEqual(['holds']);
    expect(await formulaVerdicts(note.replace('B(n,1-p)', 'B(n,p)'))).toEqual(['none']);
  });
});

describe('limits and quantiles (samplingLaws.ts)', () => {
  // shawnx-stripe/stats-notes, "Law of Large Numbers.md" and "Central Limit Theorem.md".
  const shawn = String.raw`For iid observations with finite mean $\mu$,
$$
\bar X_n \xrightarrow{p} \mu.
$$

For iid observations with mean $\mu$ and variance $\sigma^2 < \infty$,
$$
\sqrt{n}\,\frac{\bar X_n - \mu}{\sigma} \xrightarrow{d} \mathcal{N}(0,1).
$$`;
  it('the law of large numbers and the CLT hold', async () => {
    expect(await formulaVerdicts(shawn)).toEqual(['none', 'holds', 'none', 'none', 'holds']);
  });
  it('N(0, σ²/n) as the limit of √n(X̄ − μ) fails (planted slip); an estimator θ̂ stays undecided', async () => {
    expect(await formulaVerdicts(String.raw`$$\sqrt{n}(\bar X_n-\mu)\xrightarrow{d}N(0,\sigma^2/n)$$`)).toEqual(['fails']);
    // shawnx-stripe/stats-notes, "Maximum Likelihood Estimation (MLE).md"; ActuarialNotes, "Concepts/Central Limit Theorem.md".
    expect(await formulaVerdicts(String.raw`$\hat\theta \xrightarrow{p} \theta_0$`)).toEqual(['none']);
    expect(await formulaVerdicts(String.raw`$\frac{S_n - n\mu}{\sigma\sqrt{n}} \xrightarrow{d} N(0,1) \quad \text{as } n \to \infty$`)).not.toContain('fails');
  });

  // CaoJiahao2/deep-learning-notes, "docs/fundamentals/probability-statistics.md".
  it('the sample average tending to E[X] holds', async () => {
    expect(await formulaVerdicts(String.raw`$\frac{1}{n}\sum_{i=1}^n X_i \xrightarrow{p} \mathbb{E}[X]$`)).toEqual(['holds']);
  });

  it('the CLT as a limit of probabilities holds', async () => {
    const note = String.raw`$$
\lim_{n\rightarrow \infty}P\left\{ \frac{\sum_{i=1}^{n}X_i-n\mu}{\sqrt{n}\sigma} \leq x \right\}=\Phi(x)
$$`;
    expect(await formulaVerdicts(note)).toEqual(['holds']);
    expect(await formulaVerdicts(note.replace('\\sqrt{n}\\sigma', 'n\\sigma'))).toEqual(['none']);
  });

  it("Bernoulli's law with the deviation's probability tending to 1 fails; to 0 holds", async () => {
    const note = String.raw`$$
\lim_{n\rightarrow \infty}P\{ \left\vert \frac{f_A}{n}-p \right\vert \geq \varepsilon \}=0
$$`;
    expect(await formulaVerdicts(note)).toEqual(['holds']);
    expect(await formulaVerdicts(note.replace('}=0', '}=1'))).toEqual(['fails']);
  });

  it('the quantile symmetries hold; F with its degrees of freedom in the same order fails (planted slip)', async () => {
    expect(await formulaVerdicts(String.raw`$$t_{1-\alpha}(n)=-t_\alpha(n)$$`)).toEqual(['holds']);
    expect(await formulaVerdicts(String.raw`$$z_{1-\alpha} = -z_\alpha$$`)).toEqual(['holds']);
    expect(await formulaVerdicts(String.raw`$$F_{1-\alpha}(n_1,n_2)=\frac{1}{F_\alpha(n_2,n_1)}$$`)).toEqual(['holds']);
    expect(await formulaVerdicts(String.raw`$$F_{1-\alpha}(n_1,n_2)=\frac{1}{F_\alpha(n_1,n_2)}$$`)).toEqual(['fails']);
    expect(await formulaVerdicts(String.raw`$$t_{1-\alpha}(n)=-t_{\alpha/2}(n)$$`)).toEqual(['none']);
  });
});
