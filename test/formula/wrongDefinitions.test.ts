import { describe, expect, it } from 'vitest';
import { seeded } from '../../src/core/formula/identity/identity';
import { drawModel, type FiniteModel } from '../../src/core/formula/identity/probability/finiteModel';
import { judgeNote } from '../support/judging';
import { failureText } from '../../src/core/claimWords';

const verdictOf = async (latex: string, prose = '') => (await judgeNote(`${prose}\n\n$$\n${latex}\n$$\n`)).at(-1)!.verdict;

describe('a standard quantity written out wrong is refuted (wrongDefinitions.ts)', () => {
  it('refutes mutual information with P(x|y) over P(x)P(y) (atlanswer/fund-info-theory, docs/course/ch1/index.md)', async () => {
    // The note's own formula; on the table [[0.1, 0.3], [0.2, 0.4]] it gives 0.887 bits, the mutual information 0.0058.
    const written = '\\begin{equation}\nI(X,Y)=\\sum_{x\\in X}\\sum_{y\\in Y}P(x,y)\\log_2\\frac{P(x|y)}{P(x)P(y)}\n\\end{equation}';
    expect(await verdictOf(written)).toBe('fails');
    // Its right forms hold: P(x,y) or P(x|y) over the marginals' product, P(x|y) over P(x).
    expect(await verdictOf(written.replace('P(x|y)}', 'P(x,y)}'))).toBe('holds');
    expect(await verdictOf(written.replace('{P(x)P(y)}', '{P(x)}'))).toBe('holds');
  });

  it('refutes an entropy chain whose last row drops the weight p(x) (newfacade/machine-learning-notes, 03_logistic_regression.ipynb)', async () => {
    const written = '\\begin{split}\nH(X)=&E(I(x))\\\\\n=&E(-log\\ p(x))\\\\\n=&-\\sum_{x \\in \\mathcal{X}}log\\ p(x)\n\\end{split}';
    const [report] = await judgeNote(`$$\n${written}\n$$\n`);
    expect(report!.verdict).toBe('fails');
    expect(report!.claims.at(-1)!.verdict).toBe('fails');
    expect(report!.claims.at(-1)!.reading).toMatch(/first side H\(X\)/);
    // With its weight the last row is the entropy: nothing fails (the middle rows stay unread).
    expect(await verdictOf(written.replace('}log\\ p(x)', '}p(x)\\ log\\ p(x)'))).not.toBe('fails');
  });

  it.each([
    'H(X) = -\\sum_x \\log p(x)',
    'H(X) = \\sum_x p(x) \\log p(x)',
    'H(X,Y) = -\\sum_x\\sum_y \\log p(x,y)',
    'H(Y|X) = -\\sum_x\\sum_y p(x,y)\\log p(x|y)',
    'D_{KL}(P \\| Q) = \\sum_x Q(x) \\log \\frac{P(x)}{Q(x)}',
    'H(p, q) = \\mathbb{E}_{p(x)}[\\log q(x)]',
  ])('%s fails', async (latex) => {
    expect(await verdictOf(latex)).toBe('fails');
  });

  it.each([
    // E, Var and Cov are left to the confirming readings: a claim of them may be true of the distribution the prose
    // names (`E[X] = Var(X)` of a Poisson variable, `E[X^2] = Var[X]` at zero mean: probe notes), which no model knows.
    // So even these wrong rules are not refuted by this reading.
    '\\operatorname{Var}(X) = \\mathbb{E}[X]^2 - \\mathbb{E}[X^2]',
    '\\text{Cov}(X, Y) = E[XY] + E[X]E[Y]',
    '\\mathbb{E}[X] = \\sum_x P(x)',
    '\\mathbb{E}[X^2] = (\\sum_x x P(x))^2',
    'E[X] = \\text{Var}(X)',
    '\\mathbb{E}[X^2] = \\mathrm{Var}[X]',
    // BitbeyHub/machine-learning-notes, natural-language.md: KL(P||Q) with its arguments swapped, a convention some notes keep.
    '\\text{KL}(P||Q) = E_Q\\left[-\\log\\frac{P(x)}{Q(x)}\\right]',
    // m-ciniello/omscs-ml-notes, EM/em_algorithm.md: log(q/p), the author's; the slash after the log is not read as they mean.
    '\\text{KL}(q\\|p) = \\mathbb{E}_q[\\log q/p]',
    // True when X, Y are independent, or one is a function of the other, or for the author's distribution.
    '\\text{Var}(X + Y) = \\text{Var}(X) + \\text{Var}(Y)',
    'E[XY] = E[X]E[Y]',
    'H(X,Y) = -\\sum_x p(x)\\log p(x) - \\sum_y p(y)\\log p(y)',
    'H(X,Y) = -\\sum_x p(x)\\log p(x)',
    'H(X,Y) = -\\sum_y p(y)\\log p(y)',
    'H(Y|X) = -\\sum_y p(y)\\log p(y)',
    'I(X;Y) = -\\sum_y p(y)\\log p(y)',
    'I(X;Y) = 0',
    'H(X) = 1',
    // Relations between quantities of information theory, lower-case letters, constants, names the left side lacks
    // (rules on events A, B are refuted by refutedEventRule.ts: probabilityModels.test.ts).
    'I(X; Y) = H(X) - H(Y \\mid X)',
    'E[p^2] = E[p]^2',
    '\\mathbb{E}[x^2] = \\mathbb{E}[x]^2',
    'E(a_{dropout}) = E(a)',
    'H(p) = -\\sum_x p(x)\\log q(x)',
    'H(X) = -\\sum_x \\frac{1}{n} \\log p(x)',
    // x inside p(x) outside any sum is read as an event: this right claim must not fail on that misreading.
    'E[-\\log p(x)] = -\\sum_x p(x)\\log p(x)',
    // Probe notes: the author's Y = X² (Gaurav14cs17/ml-researcher-foundations), p_i and q_i the probabilities
    // (EthanAha-ctrl/ai_papers_obsidian), μ = E[X], a shift c, scalars a and b, ε's mean and variance (Coconut3223/knowledge).
    '\\text{Cov}(X, Y) = E[X \\cdot X^2] - E[X]E[X^2]',
    'D_{KL}(p \\| q) = \\sum_{i} p_i \\log \\frac{p_i}{q_i}',
    'E[(X - \\mu)^2] = E[X^2] - (E[X])^2',
    'Var(AZ+c) = Var(AZ)',
    '\\text{Cov}(aX, bY) = E[(aX - aE[X])(bY - bE[Y])]',
    '\\mathbb{E}(\\epsilon)=0 + Var(\\epsilon)',
  ])('%s does not fail', async (latex) => {
    const verdict = await verdictOf(latex);
    expect(verdict).not.toBe('fails');
  });

  it('leaves the quantity to a note that defines it its own way', async () => {
    const prose = 'Here we define $H(X) := -\\sum_x \\log p(x)$, a score of our own.';
    expect(await verdictOf('H(X) = -\\sum_x \\log p(x)', prose)).not.toBe('fails');
  });

  it('names the reading', async () => {
    const [report] = await judgeNote('$$H(X) = -\\sum_x \\log p(x)$$');
    expect(report!.claims[0]!.reading).toMatch(/^as the standard H of random finite probability models: on every kind of model drawn/);
  });
});

/** The joint probability of the values of two variables at each pair of values, and their marginals. */
function joint(model: FiniteModel, x: readonly number[], y: readonly number[]): { pxy: Map<string, number>; px: Map<number, number>; py: Map<number, number> } {
  const pxy = new Map<string, number>();
  const px = new Map<number, number>();
  const py = new Map<number, number>();
  model.weights.forEach((w, i) => {
    pxy.set(`${x[i]}|${y[i]}`, (pxy.get(`${x[i]}|${y[i]}`) ?? 0) + w);
    px.set(x[i]!, (px.get(x[i]!) ?? 0) + w);
    py.set(y[i]!, (py.get(y[i]!) ?? 0) + w);
  });
  return { pxy, px, py };
}

describe('the structures of random finite models (finiteModel.ts)', () => {
  it('draws independent variables on a product space', () => {
    const random = seeded('independent');
    for (let k = 0; k < 20; k++) {
      const model = drawModel(random, 'independent');
      const { pxy, px, py } = joint(model, model.variable('X'), model.variable('Y'));
      for (const [x, p] of px) for (const [y, q] of py) expect(pxy.get(`${x}|${y}`) ?? 0).toBeCloseTo(p * q, 12);
      expect(model.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    }
  });

  it('draws Y as a function of X (coarser) and X as a function of Y (finer)', () => {
    const random = seeded('structures');
    for (const structure of ['coarser', 'finer'] as const) {
      for (let k = 0; k < 20; k++) {
        const model = drawModel(random, structure);
        const [x, y] = [model.variable('X'), model.variable('Y')];
        const [from, to] = structure === 'coarser' ? [x, y] : [y, x];
        const image = new Map<number, number>();
        from.forEach((v, i) => {
          expect(image.get(v) ?? to[i]).toBe(to[i]);
          image.set(v, to[i]!);
        });
      }
    }
  });

  it('draws equal weights for the uniform structure, and the generic model as before', () => {
    const model = drawModel(seeded('uniform'), 'uniform');
    expect(new Set(model.weights).size).toBe(1);
    expect(drawModel(seeded('same')).weights).toEqual(drawModel(seeded('same'), 'generic').weights);
  });
});

describe('the message of a refuted standard quantity says how it was refuted', () => {
  it('names the reading, never "= ?" (ton731/machine-learning-notes, ML/ml_concepts.md: a sign slip)', async () => {
    const [report] = await judgeNote('$D_{KL}(p||q) = -E_{x \\sim p}[\\operatorname{ln}q(x)] -E_{x \\sim p}[\\operatorname{ln}p(x)]$');
    const claim = report!.claims[0]!;
    expect(claim.verdict).toBe('fails');
    const text = failureText(claim, (x) => x.toPrecision(4));
    expect(text).toMatch(/^D_\{KL\}\(p\|\|q\) = .* fails as the standard KL of random finite probability models/);
    expect(text).not.toContain('?');
  });
});

