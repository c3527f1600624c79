import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Rules over variables, data and parameters as ML notes write them — events named in words or as a
// run x_1, …, x_n (namedEvents.ts), the event z = k of a variable (eventSide.ts), a distribution Q(z)
// over a variable's values in a sum (probabilitySides.ts) — checked on the random finite models.
const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`)).at(-1)!.verdict;

describe('conditional densities over variables and parameters', () => {
  it.each([
    // luhengshiwo/LLMForEverybody, 11-第十一章-数学/Probability&Statistics/0基础学习AI大模型必备数学知识之概率统计（一）贝叶斯定理和概率分布.md
    'P(sick|diagnosed\\ sick) = \\frac{P(diagnosed\\ sick|sick)P(sick)}{P(diagnosed\\ sick)}',
    'P(diagnosed\\ sick) = P(diagnosed\\ sick|sick)P(sick) + P(diagnosed\\ sick|not\\ sick)P(not\\ sick)',
    'P(sick|diagnosed\\ sick) = \\frac{P(diagnosed\\ sick|sick)P(sick)}{P(diagnosed\\ sick|sick)P(sick) + P(diagnosed\\ sick|not\\ sick)P(not\\ sick)}',
    // tirthajyoti/Machine-Learning-with-Python, Classification/Naive_Bayes_Classification.ipynb: a run of features.
    'P(y \\mid x_1, \\dots, x_n) = \\frac{P(y) P(x_1, \\dots x_n \\mid y)} {P(x_1, \\dots, x_n)}',
    // ethen8181/machine-learning, text_classification/naive_bayes/naive_bayes.ipynb: the event C = k (Bayes' rule row).
    'p(C = k|D) = \\frac{ p(C = k) \\, p(D|C = k) }{p(D)}',
    // newfacade/machine-learning-notes, 13_EM.ipynb: Jensen's inequality with any distribution Q over z's values.
    '\\begin{equation} \\begin{split} log\\,p(x;\\theta) =& log\\sum_{z}p(x,z;\\theta)\\\\ =& log\\sum_{z}Q(z)\\frac{p(x,z;\\theta)}{Q(z)}\\\\ \\ge& \\sum_{z}Q(z)log\\frac{p(x,z;\\theta)}{Q(z)} \\end{split} \\end{equation}',
    // A mixture's responsibility with the prior written as p(z = j), summed over the values of z.
    'p(z=k|x) = \\frac{p(z=k) p(x|z=k)}{\\sum_j p(z=j) p(x|z=j)}',
    '\\sum_k P(X = k) = 1',
    // Capitals side by side are their intersection (eventSide.ts), as Tulbm/Stats-Notes' "Conditional probability" writes the product rule.
    'P(AB) = P(A|B)P(B)',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // y = 0 and y = 1 name values only a reader who knows y is binary can place (newfacade's logistic regression).
    'p(y=0|x) = 1 - p(y=1|x)',
    // The ELBO bounds log p(x) from below, never from above.
    '\\log p(x) \\le \\sum_z q(z)\\log\\frac{p(x,z)}{q(z)}',
    // Planted slips: the normaliser's cell written at k, the prior divided out twice, a word event's complement dropped.
    'p(z=k|x) = \\frac{p(z=k) p(x|z=k)}{\\sum_j p(z=j) p(x|z=k)}',
    'p(C = k|D) = \\frac{ p(C = k) \\, p(D|C = k) }{p(C = k) p(D)}',
    'P(diagnosed\\ sick) = P(diagnosed\\ sick|sick)P(sick) + P(diagnosed\\ sick|not\\ sick)P(sick)',
    // A letter written both as an event and as a variable set equal to a value: ambiguous, left unread.
    'p(z=k|x) = \\frac{p(z) p(x|z=k)}{p(x)}',
  ])('%s stays undecided', async (latex) => {
    expect(await verdictOf(latex)).toBe('none');
  });

  it.each([
    // ethen8181/machine-learning, naive_bayes.ipynb writes the unnormalised score with "=": a note's "proportional to".
    'p(C|D) = p(C)p(D|C)',
    // A planted slip of the denominator: the shape is a note's condition elsewhere ("if x ∈ A"), so never refuted here.
    'p(y|x) = \\frac{p(x|y)p(y)}{p(y)}',
    // Naive Bayes: true when x and y are independent given C, which the prose assumes.
    'p(C|x,y) = \\frac{p(x|C)p(y|C)p(C)}{p(x,y)}',
    // Bayes' rule given x_0 (a diffusion model's posterior), true: never refuted.
    'p(x_t|x_{t-1}, x_0) = \\frac{p(x_{t-1}|x_t, x_0) p(x_t|x_0)}{p(x_{t-1}|x_0)}',
  ])('%s stays undecided', async (latex) => {
    expect(await verdictOf(latex)).toBe('none');
  });
});
