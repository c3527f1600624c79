import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Likelihood and cross-entropy algebra with conditionals written inside calls, each call one opaque symbol
// (identity/probability/conditionalSymbols.ts). Excerpts are verbatim from public notes (repository and file named);
// the planted slips change one sign or term of the same excerpt.

const verdicts = async (note: string) =>
  (await judgeNote(note)).flatMap((f) => f.claims.map((c) => `${c.left.source.trim()} ${c.relation} ${c.right.source.trim()}: ${c.verdict}`));

describe('conditional symbols drawn as unknown values', () => {
  // JoKerDii/machine-learning-notes, docs/Unit4/lec15.md (naive Bayes as a linear classifier).
  const lec15 = String.raw`$$
\begin{aligned}
\log \frac{P(D | \theta ^+)}{P(D | \theta ^-)} & = \log P(D | \theta ^+) - \log P(D | \theta ^-)\\
\end{aligned}
$$`;
  it('the log of a ratio of likelihoods is the difference of their logs', async () => {
    expect(await verdicts(lec15)).toEqual(['\\log \\frac{P(D | \\theta ^+)}{P(D | \\theta ^-)} = \\log P(D | \\theta ^+) - \\log P(D | \\theta ^-): holds']);
  });
  it('a + for the − fails (planted slip)', async () => {
    expect(await verdicts(lec15.replace('- \\log P(D', '+ \\log P(D'))).toEqual(['\\log \\frac{P(D | \\theta ^+)}{P(D | \\theta ^-)} = \\log P(D | \\theta ^+) + \\log P(D | \\theta ^-): fails']);
  });

  // The same note, lec15.md: the posterior log-odds, split into likelihood ratio and prior ratio.
  const posterior = String.raw`$$
\begin{aligned}
\log \frac{P(y = + | D)}{P(y = - | D)} &= \log \frac{P(D|\theta^+)P(y = +)}{P(D|\theta^-)P(y=-)}\\ &= \log \frac{P(D|\theta^+)}{P(D|\theta^-)} + \log \frac{P(y=+)}{P(y=-)}\\
&= \sum_{w \in W} \text{count}(w) \theta'_w + \theta'_0\\
\end{aligned}
$$`;
  it('the split of a log of a product holds; Bayes rule between different symbols and the model row stay undecided', async () => {
    expect(await verdicts(posterior)).toEqual([
      '\\log \\frac{P(y = + | D)}{P(y = - | D)} = \\log \\frac{P(D|\\theta^+)P(y = +)}{P(D|\\theta^-)P(y=-)}: none',
      '\\log \\frac{P(D|\\theta^+)P(y = +)}{P(D|\\theta^-)P(y=-)} = \\log \\frac{P(D|\\theta^+)}{P(D|\\theta^-)} + \\log \\frac{P(y=+)}{P(y=-)}: holds',
      '\\log \\frac{P(D|\\theta^+)}{P(D|\\theta^-)} + \\log \\frac{P(y=+)}{P(y=-)} = \\sum_{w \\in W} \\text{count}(w) \\theta\'_w + \\theta\'_0: none',
    ]);
  });

  // aayushdw/ML-Notes, content/01 - ML & AI Concepts/LLMs & Generative AI/Context Compression Techniques.md.
  const perplexity = String.raw`For a token sequence $x_1, x_2, ..., x_n$, the perplexity of token $x_i$ given its prefix is:

$$
\text{PPL}(x_i) = \exp\left(-\log P(x_i | x_{<i})\right) = \frac{1}{P(x_i | x_{<i})}
$$`;
  it('exp of minus a log is the reciprocal; the name PPL stays a definition', async () => {
    expect(await verdicts(perplexity)).toEqual([
      '\\text{PPL}(x_i) = \\exp\\left(-\\log P(x_i | x_{<i})\\right): none',
      '\\exp\\left(-\\log P(x_i | x_{<i})\\right) = \\frac{1}{P(x_i | x_{<i})}: holds',
    ]);
  });
  it('a dropped reciprocal fails (planted slip)', async () => {
    expect(await verdicts(perplexity.replace('\\frac{1}{P(x_i | x_{<i})}', 'P(x_i | x_{<i})'))).toContain('\\exp\\left(-\\log P(x_i | x_{<i})\\right) = P(x_i | x_{<i}): fails');
  });
  it('a missing minus fails (planted slip)', async () => {
    expect(await verdicts(perplexity.replace('\\exp\\left(-\\log', '\\exp\\left(\\log'))).toContain('\\exp\\left(\\log P(x_i | x_{<i})\\right) = \\frac{1}{P(x_i | x_{<i})}: fails');
  });
  it('self-information defined by a conditional stays undecided (near miss)', async () => {
    // The same note, "Selective Context".
    expect(await verdicts(String.raw`$$
I(x_i) = -\log P(x_i | x_{<i})
$$`)).toEqual(['I(x_i) = -\\log P(x_i | x_{<i}): none']);
  });

  it('p(x|θ) and p(x;θ) are different symbols (near miss)', async () => {
    expect(await verdicts(String.raw`$$\log p(x|\theta) = \log p(x;\theta)$$`)).toEqual(['\\log p(x|\\theta) = \\log p(x;\\theta): none']);
  });
  it('spacing, \\mid and \\left( \\right) do not make another symbol', async () => {
    expect(await verdicts(String.raw`$$\log \frac{p(y \mid x, w)}{q(z|x)} = \log p\left(y|x,w\right) - \log q(z \mid x)$$`)).toEqual([
      '\\log \\frac{p(y \\mid x, w)}{q(z|x)} = \\log p\\left(y|x,w\\right) - \\log q(z \\mid x): holds',
    ]);
  });
  it('a symbol that varies with a sum\'s index other than by a subscript is not one value (near miss)', async () => {
    expect(await verdicts(String.raw`$$\sum_x p(x|w) \log p(x|w) = \log p(x|w)$$`)).toEqual(['\\sum_x p(x|w) \\log p(x|w) = \\log p(x|w): none']);
  });
  it('a derivative of a conditional is not taken of a constant (near miss)', async () => {
    expect(await verdicts(String.raw`$$\nabla_x \log p(y \mid x) = 0$$`)).toEqual(['\\nabla_x \\log p(y \\mid x) = 0: none']);
  });
});

describe('models and laws between different symbols stay undecided', () => {
  // SaddySamoyed/cse-545_ML-notes, 02-Logistic&Softmax_Regression(...)_logistic&softmax&knn.md: a stated value.
  it('a value given to a conditional is not checked', async () => {
    expect(await verdicts(String.raw`[ $p(y=1 \mid x^{(n)},w) = 0.98$,  $p(y=0 \mid x^{(n)},w) = 0.02$]`)).toEqual([
      'p(y=1 \\mid x^{(n)},w) = 0.98: none',
      'p(y=0 \\mid x^{(n)},w) = 0.02: none',
    ]);
  });
  // peterroelants blog (heldout5 note), "Cross-entropy": the likelihood as a product over independent samples.
  it('the likelihood written as a product of other conditionals is a model, not algebra', async () => {
    expect(await verdicts(String.raw`Since we are not interested in the probability of $z$ we can reduce this to: $\mathcal{L}(\theta|t,z) = P(t|z,\theta) = \prod_{i=1}^{n} P(t_i|z_i,\theta)$.`)).toEqual([
      '\\mathcal{L}(\\theta|t,z) = P(t|z,\\theta): none',
      'P(t|z,\\theta) = \\prod_{i=1}^{n} P(t_i|z_i,\\theta): none',
    ]);
  });
});

describe('values the note stated for a conditional, put in', () => {
  // peterroelants blog, "Logistic classification with cross-entropy" (test/corpus/notes/peterroelants-blog.md).
  const stated = String.raw`The output of the model $y = \sigma(z)$ can be interpreted as a probability $y$ that input $z$ belongs to one class $(t=1)$, or probability $1-y$ that $z$ belongs to the other class $(t=0)$ in a two class classification problem. We note this down as: $P(t=1| z) = \sigma(z) = y$.

$$\begin{split}
P(t=1| z) & = \sigma(z) = \frac{1}{1+e^{-z}} \\
P(t=0| z) & = 1 - \sigma(z) = \frac{e^{-z}}{1+e^{-z}} 
\end{split}$$

`;
  const negLog = String.raw`$$
\begin{split}
-\log(P(t=1| z)) &= -\log(y) \\  
-\log(P(t=0| z)) &= -\log(1-y)
\end{split}
$$`;
  it('−log P(t=1|z) = −log y and −log P(t=0|z) = −log(1−y) hold with P(t=1|z) = σ(z) = y', async () => {
    const all = await verdicts(stated + negLog);
    expect(all.slice(-2)).toEqual(['-\\log(P(t=1| z)) = -\\log(y): holds', '-\\log(P(t=0| z)) = -\\log(1-y): holds']);
  });
  it('without the stated values they stay undecided (near miss)', async () => {
    expect(await verdicts(negLog)).toEqual(['-\\log(P(t=1| z)) = -\\log(y): none', '-\\log(P(t=0| z)) = -\\log(1-y): none']);
  });
  it('a stated value that makes a claim fail never fails it: it may have been meant differently (near miss)', async () => {
    const all = await verdicts(stated + negLog.replace('-\\log(1-y)', '-\\log(y)'));
    expect(all.slice(-2)).toEqual(['-\\log(P(t=1| z)) = -\\log(y): none', '-\\log(P(t=0| z)) = -\\log(y): none']);
  });
  it('the per-index spelling P(t_i=1|z_i) takes the value stated for P(t=1|z), y renamed y_i', async () => {
    const product = String.raw`$$
\begin{split}
P(t|z) & = \prod_{i=1}^{n} P(t_i=1|z_i)^{t_i} \cdot (1 - P(t_i=1|z_i))^{1-t_i} \\
& = \prod_{i=1}^{n} y_i^{t_i} \cdot (1 - y_i)^{1-t_i} \end{split}
$$`;
    const all = await verdicts(stated + product);
    expect(all.slice(-2)).toEqual([
      'P(t|z) = \\prod_{i=1}^{n} P(t_i=1|z_i)^{t_i} \\cdot (1 - P(t_i=1|z_i))^{1-t_i}: none',
      '\\prod_{i=1}^{n} P(t_i=1|z_i)^{t_i} \\cdot (1 - P(t_i=1|z_i))^{1-t_i} = \\prod_{i=1}^{n} y_i^{t_i} \\cdot (1 - y_i)^{1-t_i}: holds',
    ]);
  });
  it('a dropped 1−t_i under the stated value stays undecided, never fails (planted slip, near miss)', async () => {
    const product = String.raw`$$
\prod_{i=1}^{n} P(t_i=1|z_i)^{t_i} \cdot (1 - P(t_i=1|z_i)) = \prod_{i=1}^{n} y_i^{t_i} \cdot (1 - y_i)^{1-t_i}
$$`;
    expect((await verdicts(stated + product)).slice(-1)).toEqual([
      '\\prod_{i=1}^{n} P(t_i=1|z_i)^{t_i} \\cdot (1 - P(t_i=1|z_i)) = \\prod_{i=1}^{n} y_i^{t_i} \\cdot (1 - y_i)^{1-t_i}: none',
    ]);
  });

  // 1998x-stack/PRML_Tutorial, 2_Probability_Distributions/.../05_2.3.6_Bayesian_inference_for_the_Gaussian.md.
  const prml = String.raw`   $$
   p(X|\mu, \sigma^2) = \prod_{n=1}^{N} p(x_n|\mu, \sigma^2) = \left( \frac{1}{\sqrt{2\pi\sigma^2}} \right)^N \exp \left( -\frac{1}{2\sigma^2} \sum_{n=1}^{N} (x_n - \mu)^2 \right)
   $$
   取对数似然函数：
   $$
   \ln p(X|\mu, \sigma^2) = -\frac{N}{2} \ln(2\pi\sigma^2) - \frac{1}{2\sigma^2} \sum_{n=1}^{N} (x_n - \mu)^2
   $$`;
  it('the log-likelihood of the stated Gaussian likelihood holds', async () => {
    expect((await verdicts(prml)).slice(-1)).toEqual(['\\ln p(X|\\mu, \\sigma^2) = -\\frac{N}{2} \\ln(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2} \\sum_{n=1}^{N} (x_n - \\mu)^2: holds']);
  });
  it('a sign slip in it stays undecided: the stated value may have been meant differently (near miss)', async () => {
    expect((await verdicts(prml.replace('= -\\frac{N}{2}', '= \\frac{N}{2}'))).slice(-1)).toEqual([
      '\\ln p(X|\\mu, \\sigma^2) = \\frac{N}{2} \\ln(2\\pi\\sigma^2) - \\frac{1}{2\\sigma^2} \\sum_{n=1}^{N} (x_n - \\mu)^2: none',
    ]);
  });
});
