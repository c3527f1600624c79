/**
 * The score of a normal density the note defines by name (identity/gaussianScore.ts): ∇ log of it by its
 * point is −(point − mean)/variance, by its mean +(point − mean)/variance. The excerpts are from public study
 * notes, each named; the near misses (a bare σ that may be the standard deviation, an ε the reading does not
 * know, a density the note also gives another name) stay undecided.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

async function verdicts(note: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const report of await judgeNote(note)) for (const claim of report.claims) out.set(`${claim.left.source} = ${claim.right.source}`.replace(/\s+/g, ' '), claim.verdict);
  return out;
}

// HSE-LAMBDA/DeepGenerativeModels (hse-lambda-dgm in test/corpus), denoising score matching: the density is
// defined and differentiated in one sentence, and the minus sign of −(x̃ − x)/σ² is dropped.
const HSE = String.raw`if we choose the noise distribution to be $q_{\sigma}(\tilde{\mathbf{x}}\mid\mathbf{x})=\mathcal{N}(\tilde{\mathbf{x}}\mid\mathbf{x}, \sigma^{2}\mathbf{I})$, then we have $\nabla_{\tilde{\mathbf{x}}} \log q_{\sigma}(\tilde{\mathbf{x}}\mid\mathbf{x}) = \frac{\tilde{\mathbf{x}} - \mathbf{x}}{\sigma^{2}}$. Therefore, the denoising score matching loss simply becomes`;

// Theodore-PKU/paper-notes, generative-modeling-by-estimating-gradients-of-the-data-distribution-210818.md: the noise
// is stated as a draw, `\tilde{x}|x \sim N(x, \sigma^2I)`, and the score is written right.
const THEODORE = String.raw`那么可以定义加噪声的过程是 $\tilde{x}|x \sim N(x, \sigma^2I)$。通过设定使得 $\sigma_1$ 非常大，$\sigma_{L}$ 非常小。

注意，$\nabla_{\tilde{\mathbf{x}}} \log q_{\sigma}(\tilde{\mathbf{x}} \mid \mathbf{x})=-(\tilde{\mathbf{x}}-\mathbf{x}) / \sigma^{2}$`;

describe('the score of a normal density the note defines', () => {
  it('hse-lambda-dgm: the score without its minus sign fails', async () => {
    const v = await verdicts(HSE);
    expect(v.get(String.raw`\nabla_{\tilde{\mathbf{x}}} \log q_{\sigma}(\tilde{\mathbf{x}}\mid\mathbf{x}) = \frac{\tilde{\mathbf{x}} - \mathbf{x}}{\sigma^{2}}`)).toBe('fails');
  });

  it('hse-lambda-dgm with the sign restored: holds', async () => {
    const v = await verdicts(HSE.replace(String.raw`= \frac{\tilde{\mathbf{x}} - \mathbf{x}}{\sigma^{2}}`, String.raw`= \frac{\mathbf{x} - \tilde{\mathbf{x}}}{\sigma^{2}}`));
    expect(v.get(String.raw`\nabla_{\tilde{\mathbf{x}}} \log q_{\sigma}(\tilde{\mathbf{x}}\mid\mathbf{x}) = \frac{\mathbf{x} - \tilde{\mathbf{x}}}{\sigma^{2}}`)).toBe('holds');
  });

  it('Theodore-PKU: the density stated as a draw, the right score holds', async () => {
    const v = await verdicts(THEODORE);
    expect(v.get(String.raw`\nabla_{\tilde{\mathbf{x}}} \log q_{\sigma}(\tilde{\mathbf{x}} \mid \mathbf{x}) = -(\tilde{\mathbf{x}}-\mathbf{x}) / \sigma^{2}`)).toBe('holds');
  });

  it('a draw is not read for a name when another density of the note takes the same arguments', async () => {
    const v = await verdicts(`${THEODORE}\n\nThe model $p_{\\theta}(\\tilde{\\mathbf{x}} \\mid \\mathbf{x})$ is learned.\n\nThen $\\nabla_{\\tilde{\\mathbf{x}}} \\log q_{\\sigma}(\\tilde{\\mathbf{x}} \\mid \\mathbf{x}) = (\\tilde{\\mathbf{x}}-\\mathbf{x}) / \\sigma^{2}$.`);
    expect(v.get(String.raw`\nabla_{\tilde{\mathbf{x}}} \log q_{\sigma}(\tilde{\mathbf{x}} \mid \mathbf{x}) = (\tilde{\mathbf{x}}-\mathbf{x}) / \sigma^{2}`)).toBe('none');
  });

  it('a bare σ as the second parameter may be the standard deviation: undecided', async () => {
    const v = await verdicts(String.raw`Let $q(\tilde{x} \mid x) = \mathcal{N}(\tilde{x}; x, \sigma)$. Then $\nabla_{\tilde{x}} \log q(\tilde{x} \mid x) = \frac{x - \tilde{x}}{\sigma^2}$.`);
    expect(v.get(String.raw`\nabla_{\tilde{x}} \log q(\tilde{x} \mid x) = \frac{x - \tilde{x}}{\sigma^2}`)).toBe('none');
  });

  it('diffusion: the closed-form marginal, by the point; ε the note defines elsewhere stays undecided', async () => {
    // The forward process of DDPM notes: q(x_t | x_0) = N(√ᾱ_t x_0, (1 − ᾱ_t) I), the point the density's first argument.
    const note = String.raw`$q(x_t \mid x_0) = \mathcal{N}(\sqrt{\bar\alpha_t} x_0, (1-\bar\alpha_t) I)$, so $\nabla_{x_t} \log q(x_t \mid x_0) = -\frac{x_t - \sqrt{\bar\alpha_t} x_0}{1-\bar\alpha_t}$, i.e. $\nabla_{x_t} \log q(x_t \mid x_0) = -\frac{\epsilon}{\sqrt{1-\bar\alpha_t}}$; not $\nabla_{x_t} \log q(x_t \mid x_0) = -\frac{x_t - \sqrt{\bar\alpha_t} x_0}{\sqrt{1-\bar\alpha_t}}$.`;
    const v = await verdicts(note);
    expect(v.get(String.raw`\nabla_{x_t} \log q(x_t \mid x_0) = -\frac{x_t - \sqrt{\bar\alpha_t} x_0}{1-\bar\alpha_t}`)).toBe('holds');
    expect(v.get(String.raw`\nabla_{x_t} \log q(x_t \mid x_0) = -\frac{\epsilon}{\sqrt{1-\bar\alpha_t}}`)).toBe('none');
    expect(v.get(String.raw`\nabla_{x_t} \log q(x_t \mid x_0) = -\frac{x_t - \sqrt{\bar\alpha_t} x_0}{\sqrt{1-\bar\alpha_t}}`)).toBe('fails');
  });

  it('the density written by name: the score by its mean', async () => {
    const v = await verdicts(String.raw`The score is $\nabla_{x} \log \mathcal{N}(x; \mu, \sigma^2) = \frac{x-\mu}{\sigma^2}$ and $\nabla_{\mu} \log \mathcal{N}(x; \mu, \sigma^2) = \frac{x-\mu}{\sigma^2}$.`);
    expect(v.get(String.raw`\nabla_{x} \log \mathcal{N}(x; \mu, \sigma^2) = \frac{x-\mu}{\sigma^2}`)).toBe('fails');
    expect(v.get(String.raw`\nabla_{\mu} \log \mathcal{N}(x; \mu, \sigma^2) = \frac{x-\mu}{\sigma^2}`)).toBe('holds');
  });
});
