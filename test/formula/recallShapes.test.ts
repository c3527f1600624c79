/**
 * Shapes of real errors the checker used to leave undecided (test/corpus, the "fails" labels it
 * missed): each test quotes the real formula, which fails, and its corrected form, which does not.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from './../support/judging';

/** The verdict of each formula of a note. */
const noteVerdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a binomial term whose exponents count no outcomes of its trials fails (binomialTerm.ts)', () => {
  // akkefa/ml-notes, docs/probability/discrete_distributions.md: the negative binomial, five successes.
  const excerpt = (second: string) => `$P(Y=1)=P(\\{011111,101111,110111,111011,111101\\}) = \\binom{5}{4}p^5(1-p)^{5-4}$\n\n$${second}$\n`;

  it('\\binom{6}{4}p^5(1-p)^{5-4} — six trials, one failure — fails; the row before it does not', async () => {
    expect(await noteVerdicts(excerpt('P(Y=2) = \\binom{6}{4}p^5(1-p)^{5-4}'))).toEqual(['none', 'fails']);
  });

  it('the corrected \\binom{6}{4}p^5(1-p)^{6-4} and the factors in either order are not failed', async () => {
    expect(await noteVerdicts(excerpt('P(Y=2) = \\binom{6}{4}p^5(1-p)^{6-4}'))).toEqual(['none', 'none']);
    expect(await noteVerdicts(excerpt('P(Y=2) = \\binom{6}{4}(1-p)^{2}\\,p^5'))).toEqual(['none', 'none']);
  });

  it('the binomial itself: \\binom{10}{7}\\,\\theta^7\\,(1-\\theta)^3 holds its form, \\theta^7(1-\\theta)^4 fails', async () => {
    expect(await noteVerdicts('$P(X = 7) = \\binom{10}{7}\\,\\theta^7\\,(1-\\theta)^3$\n')).toEqual(['none']);
    expect(await noteVerdicts('$P(X = 7) = \\binom{10}{7}\\,\\theta^7\\,(1-\\theta)^4$\n')).toEqual(['fails']);
  });
});

describe('a row of a worked table is judged with the values other rows state (valueTable.ts)', () => {
  // JoKerDii/machine-learning-notes, Unit5/lec17.md (mit-6036-notes in test/corpus): value iteration, γ = 0.5.
  const rows = (fourth: string) =>
    ['Let $\\gamma = 0.5$ and $R(5) = 1$.', '', 'For $k=1$,', '$$', 'V_1^*(3) = 0 + \\gamma V_0^*(4) = 0\\\\', `V_1^*(4) = 0 + \\gamma V_0^*(5) = ${fourth}\\\\`, 'V_1^*(5) = V_0^*(5) = 1\\\\', '$$', 'For $k=2$,', '$$', '\\begin{aligned}', 'V_2^*(3) &= 0 + \\gamma V_1^*(4) = 0.25\\\\', '\\end{aligned}', '$$', ''].join('\n');

  /** The claims' verdicts of the table at k = 1 and of the table at k = 2. */
  const tables = async (fourth: string) => {
    const reports = await judgeNote(rows(fourth));
    const of = (row: string) => reports.find((r) => r.span.source.includes(row))!.claims.map((c) => c.verdict);
    return [of('V_1^*(4)'), of('V_2^*(3)')];
  };

  it('V_1^*(4) = 0 + \\gamma V_0^*(5) = 0 fails with V_0^*(5) = 1 from the row below', async () => {
    const [first] = await tables('0');
    expect(first![3]).toBe('fails');
  });

  it('the corrected row (= 0.5) holds, and so does the next table that uses it', async () => {
    const [first, second] = await tables('0.5');
    expect(first![3]).toBe('holds');
    expect(first).not.toContain('fails');
    expect(second).toEqual(['none', 'holds']);
  });

  it('a row that uses a value no row states stays undecided', async () => {
    const [first] = await tables('0.5');
    expect(first![1]).toBe('none');
  });
});

describe('a side constant at every point against a written number is no equation to solve (identity.ts)', () => {
  // akkefa/ml-notes, docs/probability/discrete_distributions.md: the Poisson probabilities sum to one.
  const poisson = (total: string) => `\\sum_{k=0}^{\\infty} P(X=k)=\\sum_{k=0}^{\\infty} \\frac{\\lambda^{k}}{k !} e^{-\\lambda}=e^{-\\lambda} \\sum_{k=0}^{\\infty} \\frac{\\lambda^{k}}{k!} = e^{-\\lambda} *  e^{\\lambda} = ${total}`;

  it('the real derivation (= 1) holds', async () => {
    expect((await judgeFormula(poisson('1'))).verdict).toBe('holds');
  });

  it('e^{-\\lambda} * e^{\\lambda} = 2 fails: no λ solves it', async () => {
    expect((await judgeFormula(poisson('2'))).claims.map((c) => c.verdict)).toEqual(['none', 'holds', 'holds', 'fails']);
  });

  it('a side that varies stays an equation to solve: 2x = 3', async () => {
    expect((await judgeFormula('2x = 3')).verdict).toBe('none');
  });
});

describe('a derivative is judged without the numbers another section bound (sectionFunctions.ts)', () => {
  // akkefa/ml-notes, docs/calculus (akkefa-ml-notes in test/corpus): "We treat y as a constant when taking the derivative with respect to x".
  const note = (claim: string) =>
    `## An earlier example\n\nAt $y = 2$ the value is $x = 3$.\n\n## Partial derivatives\n\nWe treat $y$ as a constant when taking the derivative with respect to $x$:\n\n$$\n${claim}\n$$\n`;

  it('the real \\frac{\\partial}{\\partial x}(x^2y) = 2xy holds', async () => {
    expect((await noteVerdicts(note('\\frac{\\partial}{\\partial x}(x^2y) = 2xy'))).at(-1)).toBe('holds');
  });

  it('\\frac{\\partial}{\\partial x}(x^3y) = 2xy fails, though y = 2 was bound in another section', async () => {
    expect((await noteVerdicts(note('\\frac{\\partial}{\\partial x}(x^3y) = 2xy'))).at(-1)).toBe('fails');
  });

  it('a value at the other section\'s numbers (\\frac{\\partial}{\\partial x}(x^3y) = 54 at x = 3, y = 2) still holds: they may confirm', async () => {
    expect((await noteVerdicts(note('\\frac{\\partial}{\\partial x}(x^3y) = 54'))).at(-1)).toBe('holds');
  });
});

describe('a sum over an index its body never uses is named as a slip, never failed (unusedSumIndex.ts)', () => {
  const verdicts = async (formula: string) => (await judgeNote(`$$\n${formula}\n$$\n`)).map((r) => r.verdict);
  const slipOf = async (formula: string) => (await judgeNote(`$$\n${formula}\n$$\n`))[0]!.claims.find((c) => c.doubted)?.reason;

  // cs231n/cs231n.github.io, linear-classify.md (cs231n-notes in test/corpus): the softmax loss.
  it('the real softmax loss is not failed; with \\sum_j e^{f_i} (a sum over j that ignores j) the slip is named and nothing holds', async () => {
    expect(await verdicts('L_i = -\\log\\left(\\frac{e^{f_{y_i}}}{ \\sum_j e^{f_j} }\\right)')).not.toContain('fails');
    const slip = 'L_i = -\\log\\left(\\frac{e^{f_{y_i}}}{ \\sum_j e^{f_i} }\\right)';
    expect(await verdicts(slip)).toEqual(['none']);
    expect(await slipOf(slip)).toContain('the sum over j never uses j: its body has the subscript i where j belongs');
  });

  // luweiagi/machine-learning-notes, docs/deep-learning/tips/back-propagation: the chain rule over a layer's outputs.
  it('\\sum_{j=1}^n over \\partial y_i terms (y_j meant) is named as a slip; with y_j there is none', async () => {
    const rule = (k: string) => `\\frac{\\partial E}{\\partial x_i}=\\sum_{j=1}^n\\left(\\frac{\\partial E}{\\partial y_${k}}\\cdot \\frac{\\partial y_${k}}{\\partial x_i}\\right)`;
    expect(await verdicts(rule('i'))).toEqual(['none']);
    expect(await slipOf(rule('i'))).toContain('read as a slip of the index');
    expect(await slipOf(rule('j'))).toBeUndefined();
  });

  // newfacade/machine-learning-notes (newfacade-ml-notes in test/corpus/heldout.json): the cross-entropy, Σ over k of y_j.
  it('-\\sum_{k}y_{j}\\log\\hat{y}_{j} (the sum over j meant) is no "fails"', async () => {
    expect(await verdicts('H(y,\\hat{y}) = -\\sum_{k}y_{j}\\log\\hat{y}_{j}')).not.toContain('fails');
  });

  it('an index named elsewhere in the formula, or a sum under a condition, is no slip', async () => {
    expect(await verdicts('z_j = \\sum_i w_{ij} x_i')).not.toContain('fails');
    expect(await verdicts('\\frac{\\partial J}{\\partial w_j} = \\frac{1}{m} \\sum_{i=1}^{m} (h(x_i) - y_i) x_{ij}')).not.toContain('fails');
    expect(await verdicts('\\sum_{j \\neq i} a_i = (n-1) a_i')).not.toContain('fails');
  });
});

describe('a sum over a two-letter subscript uses both letters (unusedSumIndex.ts)', () => {
  // cgpotts/cs224u, vsm_01_distributional.ipynb (cs224u-notebooks in test/corpus): row and column sums.
  it('\\textbf{rowsum}(X, i) = \\sum_{j=1}^{n}X_{ij} and its column twin are not failed', async () => {
    const verdicts = (await judgeNote('$$\\textbf{rowsum}(X, i) = \\sum_{j=1}^{n}X_{ij}$$\n\n$$\\textbf{colsum}(X, j) = \\sum_{i=1}^{m}X_{ij}$$\n')).map((r) => r.verdict);
    expect(verdicts).not.toContain('fails');
  });

  it('nor is a sum whose sample index the text gives (\\hat{y} = \\sum_j w_j x_{ij}, X_{fusion} = \\sum_{k=1}^{M} s_{i}^{(k)})', async () => {
    expect((await judgeNote('$$\\hat{y} = \\sum_j w_j x_{ij}$$\n')).map((r) => r.verdict)).not.toContain('fails');
    // jh2ee/jh2ee.github.io, a post on multimodal fusion: the i of one sample is the text's.
    expect((await judgeNote('$$X_{fusion} = \\sum_{k=1}^{M} s_{i}^{(k)}$$\n')).map((r) => r.verdict)).not.toContain('fails');
  });
});

describe('an index another operator binds inside the sum is its own (unusedSumIndex.ts)', () => {
  // d2l-ai/d2l-en, chapter_recurrent-neural-networks/bptt.md: a recurrence unrolled.
  it('a_{t} = b_{t}+\\sum_{i=1}^{t-1}\\left(\\prod_{j=i+1}^{t}c_{j}\\right)b_{i} is not failed', async () => {
    expect((await judgeNote('$$a_{t} = b_{t}+\\sum_{i=1}^{t-1}\\left(\\prod_{j=i+1}^{t}c_{j}\\right)b_{i}$$\n')).map((r) => r.verdict)).not.toContain('fails');
  });
});
