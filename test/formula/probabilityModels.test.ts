import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

const verdictOf = async (latex: string, prose = '') => (await judgeNote(`${prose}\n\n$$\n${latex}\n$$\n`)).at(-1)!.verdict;

describe('rules of probability and information theory checked on random finite models (probabilityModels.ts)', () => {
  it.each([
    // akkefa-ml-notes (notes/statistics): covariance and variance as population moments.
    '\\text{Cov}(X, Y) = E[XY] - E[X]E[Y]',
    'V(X) = E[X^2] - E[X]^2',
    // caojiahao-dl-notes (math foundations): Bayes, the variance, the law of total variance, cross entropy.
    'P(A \\mid B) = \\frac{P(A, B)}{P(B)}, \\qquad P(A \\mid B) = \\frac{P(B \\mid A) P(A)}{P(B)}',
    '\\operatorname{Var}[X] = \\mathbb{E}[(X - \\mathbb{E}X)^2] = \\mathbb{E}[X^2] - (\\mathbb{E}X)^2',
    '\\operatorname{Var}[X] = \\mathbb{E}[\\operatorname{Var}[X \\mid Y]] + \\operatorname{Var}[\\mathbb{E}[X \\mid Y]]',
    '\\underbrace{H(P, Q)}_{\\text{交叉熵}} = \\underbrace{H(P)}_{\\text{熵}} + \\underbrace{D_{KL}(P \\parallel Q)}_{\\text{KL 散度}}',
    '-\\mathbb{E}_{x \\sim P}[\\log Q(x)] = H(P) + D_{KL}(P \\parallel Q)',
    'D_{KL}(P \\parallel Q) \\ge 0',
    'D_{KL}(P \\parallel Q) \\neq D_{KL}(Q \\parallel P)',
    // Shapes of public notes.
    '\\mathbb{E}[aX + b] = a\\mathbb{E}[X] + b',
    '\\text{Var}(X + Y) = \\text{Var}(X) + \\text{Var}(Y) + 2\\text{Cov}(X,Y)',
    'I(X; Y) = H(X) - H(X \\mid Y)',
    'I(X;Y) = H(X) + H(Y) - H(X,Y)',
    'H(X, Y) = H(X) + H(Y \\mid X)',
    'H(X \\mid Y) \\le H(X)',
    'I(X;Y \\mid Z) \\geq 0',
    'P(A \\cup B) = P(A) + P(B) - P(A \\cap B)',
    'P(A^c) = 1 - P(A)',
    '\\mathbb{E}[\\mathbb{E}[X \\mid Y]] = \\mathbb{E}[X]',
    'H(f(X)) \\le H(X)'.replace('f(X)', 'X^2'),
    // EthanAha-ctrl/ai_papers_obsidian (KL Divergence): Jensen's inequality under P, the pair P, Q as distributions.
    '-\\mathbb{E}_P[\\log\\frac{Q}{P}] \\ge -\\log(\\mathbb{E}_P[\\frac{Q}{P}])',
    'H(p) = -\\mathbb{E}_p[\\log p]',
    // cs228-notes' Bayes with a data set as the event; an expectation under p(x).
    'p(\\theta \\mid \\mathcal{D}) = \\frac{p(\\mathcal{D} \\mid \\theta) \\, p(\\theta)}{p(\\mathcal{D})}',
    'H(p, q) = -\\mathbb{E}_{p(x)}[\\log q(x)]',
    // d2l-en, information-theory.md: a list on one side of an inequality.
    'H(X), H(Y) \\le H(X, Y) \\le H(X) + H(Y).',
    // iq-ai-lab/information-theory-deep-dive: the larger of two entropies.
    '\\max(H(X), H(Y)) \\leq H(X, Y) \\leq H(X) + H(Y),',
    // Constants written outside E are numbers inside it too.
    'E[(X - \\mu)^2] = E[X^2] - 2\\mu E[X] + \\mu^2',
    '\\text{Var}(aX + b) = a^2 \\text{Var}(X)',
    'P(A) \\le 1',
    'P(B \\mid B) = 1',
    'E[Z \\vert X] = E[E[Z \\vert X,Y] \\vert X]',
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // Really wrong, or true only for independent variables: never "holds". Not "fails" either: each is true
    // under a condition, relates quantities of information theory, or writes V, which the refutation does
    // not take as standard (wrongDefinitions.test.ts has the refuted ones; rules on events A, B are below).
    'E[XY] = E[X]E[Y]',
    '\\text{Var}(X + Y) = \\text{Var}(X) + \\text{Var}(Y)',
    'H(X, Y) = H(X) + H(Y)',
    'V(X) = E[X^2] + E[X]^2',
    'H(P, Q) = H(P) - D_{KL}(P \\parallel Q)',
    'D_{KL}(P \\parallel Q) = D_{KL}(Q \\parallel P)',
    'I(X; Y) = H(X) - H(Y \\mid X)',
    'H(X \\mid Y) \\ge H(X)',
    '\\operatorname{Var}[X] = \\mathbb{E}[\\operatorname{Var}[X \\mid Y]]',
    'E[f(X)] = f(E[X])',
    'E[\\sigma(X)] = \\sigma(E[X])',
  ])('%s is not called holds', async (latex) => {
    const verdict = await verdictOf(latex);
    expect(verdict).not.toBe('holds');
    expect(verdict).not.toBe('fails');
  });

  // A rule on events that no condition a note could state makes true fails (refutedEventRule.ts): the Bayes
  // slip is wrong under any condition; the addition rule holds for exclusive events, so where the note's
  // words could say so, it is left open.
  it('a Bayes slip fails even where the note says independent', async () => {
    const slip = 'P(A \\mid B) = \\frac{P(A \\mid B) P(A)}{P(B)}';
    expect(await verdictOf(slip)).toBe('fails');
    expect(await verdictOf(slip, 'Here A and B are independent.')).toBe('fails');
  });

  it('the addition rule without intersection fails on events alone, not where the note says exclusive', async () => {
    const rule = 'P(A \\cup B) = P(A) + P(B)';
    expect(await verdictOf(rule)).toBe('fails');
    expect(await verdictOf(rule, 'A and B are mutually exclusive.')).not.toBe('fails');
  });

  it.each([
    // caojiahao-dl-notes: the mean as a sum over the values of X.
    '\\mathbb{E}[X] = \\sum_x x P(x)',
    'H(X) = -\\sum_{x \\in \\mathcal{X}} p(x) \\log p(x)',
    // nikcleju-it-course's spelling: a source S, its messages s_i, bits.
    'H(S) = -\\sum_i p(s_i) \\log_2(p(s_i))',
    'D_{KL}(P \\| Q) = \\sum_x P(x) \\log \\frac{P(x)}{Q(x)}',
    'H(P, Q) = -\\sum_x P(x)\\log Q(x)',
    // nikcleju-it-course: total probability over the values of X; marginalising over Y.
    'p(y_j) = \\sum_i p(y_j|x_i) p(x_i)',
    'P(B) = \\sum_i P(B \\mid A_i) P(A_i)',
    '\\sum_y p(x, y) = p(x)',
    '\\sum_x p(x) = 1',
  ])('the sum %s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    'H(S) = -\\sum_{i=1}^{n} p(s_i) \\log_2(p(s_i))',
    'p(x) > 0',
    // Bounded on small models, no law: an entropy or a mean against a number.
    'H(Y) \\le 1',
    '\\mathbb{E}[X] < 5',
    '\\mathbb{E}[X^2] \\le 16',
    // A lower-case letter only E's argument writes is random: the square of the mean is not the mean of the square.
    '\\mathbb{E}[x^2] = \\mathbb{E}[x]^2',
    'E[p^2] = E[p]^2',
    '-\\mathbb{E}_P[\\log\\frac{Q}{P}] \\le -\\log(\\mathbb{E}_P[\\frac{Q}{P}])',
    'p(\\theta \\mid \\mathcal{D}) = \\frac{p(\\theta \\mid \\mathcal{D}) \\, p(\\theta)}{p(\\mathcal{D})}',
    'H(X), H(Y) \\ge H(X, Y)',
    '\\min(H(X), H(Y)) \\ge H(X, Y)',
    // A class of hypotheses, not an entropy in base "cal".
    '\\mathcal{H}(S) = H(S)',
    'p(y_j) = \\sum_i p(x_i|y_j) p(x_i)',
    'p(y_j) = \\sum_i p(y_j|x_i)',
    '\\sum_y p(x, y) = p(y)',
    '\\sum_i 1 = n',
    '\\sum_i p(s_i) l_i = -\\sum_i p(s_i)\\log_2(p(s_i))',
    'H(X), H(Y) = H(X, Y)',
    // A transition probability of a state to itself (qshf/rl-math-notes), not P(A | A, B).
    'p(s_9\\mid s_9,a_i) = 1',

    // akkefa-ml-notes: the rule holds, but the row about the geometric distribution is not checked, right or
    // wrong, so the derivation is not called holds (the second is the planted slip of the corpus's yardstick).
    'V(X) &= E[X^2] - E[X]^2 \\\\ &= \\frac{1-p}{p^{2}}',
    'V(X) &= E[X^2] - E[X]^2 \\\\ &= \\frac{1+p}{p^{2}}',
    'V(X)=E\\left(X^{2}\\right)-(E(X))^{2}=\\lambda(\\lambda+1)-\\lambda^{3}=\\lambda',
  ])('%s is not called holds either', async (latex) => {
    const verdict = await verdictOf(latex);
    expect(verdict).not.toBe('holds');
    expect(verdict).not.toBe('fails');
  });

  it('names the reading', async () => {
    const [report] = await judgeNote('$$\\mathbb{E}[X + Y] = \\mathbb{E}[X] + \\mathbb{E}[Y]$$');
    expect(report!.claims[0]!.reading).toMatch(/checked on 32 random finite probability models/);
  });

  it('reads i(s) as self-information where the note defines it (nikcleju-it-course)', async () => {
    const prose = 'The self-information of a message is $i(s_i) = -\\log(p(s_i))$.';
    expect(await verdictOf('i_b(s_i) =\\frac{i_a(s_i)}{\\log_a(b)}', prose)).toBe('holds');
    expect(await verdictOf('i(s_i) \\geq 0', prose)).toBe('holds');
    expect(await verdictOf('i_b(s_i) =\\frac{i_a(s_i)}{\\log_b(a)}', prose)).not.toBe('holds');
    expect(await verdictOf('i(s_i) \\geq 0')).not.toBe('holds');
  });
});
