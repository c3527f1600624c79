/**
 * Notations that block a claim a careful reader checks (docs/formulas.md): equations jammed
 * on separate lines of one display block, a binomial coefficient carrying a sum's bound where
 * its index belongs. Each test quotes the real formula and a really wrong variant.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from './../support/judging';

/** Verdict and claim reasons of each formula of a note. */
const judged = async (note: string) => (await judgeNote(note)).map((r) => ({ verdict: r.verdict, reasons: r.claims.map((c) => c.reason ?? '').join(' ') }));

describe('equations on separate lines of one display block, with no row break (jammedLines.ts)', () => {
  it('2 + 3 = 5 and 4 × 2 = 8 on two lines are not failed across the break; the break is named', async () => {
    const [report] = await judged('$$\n2 + 3 = 5\n4 \\times 2 = 8\n$$\n');
    expect(report!.verdict).toBe('none');
    expect(report!.reasons).toContain('without a row break');
  });

  // Gaurav14cs17/ml-researcher-foundations, 06_deep_learning/04_training/02_optimizers: Adam's bias correction.
  it('the real two-line bias correction is not failed', async () => {
    const [report] = await judged('$$\n\\hat{m}_t = \\frac{m_t}{1 - \\beta_1^t}\n\\hat{v}_t = \\frac{v_t}{1 - \\beta_2^t}\n$$\n');
    expect(report!.verdict).not.toBe('fails');
  });

  it('a line that goes on with = is still one chain: a wrong continuation fails, a right one holds', async () => {
    // 05_ml_theory/03_kernel_methods/03_kernel_trick in the same repository, at numbers.
    expect((await judged('$$\n(2 + 3)^2\n= 4 + 12 + 9\n$$\n'))[0]!.verdict).toBe('holds');
    expect((await judged('$$\n(2 + 3)^2\n= 4 + 10 + 9\n$$\n'))[0]!.verdict).toBe('fails');
  });

  it('rows broken with \\\\ are judged each: a wrong row fails', async () => {
    expect((await judged('$$\n\\begin{aligned} 2 + 3 &= 5 \\\\ 4 \\times 2 &= 9 \\end{aligned}\n$$\n'))[0]!.verdict).toBe('fails');
  });
});

describe('a sum whose binomial coefficients choose its bound where its index belongs (indexSlip.ts)', () => {
  // ThomasTorres2024/Obsidian-Notes, Probability/Discrete Distributions/Hypergeometric Distribution.md.
  it('\\sum_{i=0}^k {a \\choose k}{b\\choose n-k} = {a+b \\choose n} is named as a slip, not failed', async () => {
    const [report] = await judged('$$\n\\sum_{i=0}^k {a \\choose k}{b\\choose n-k} = {a+b \\choose n}\n$$\n');
    expect(report!.verdict).toBe('none');
    expect(report!.reasons).toContain('its body chooses k, the bound, where i belongs');
  });

  it('the same slip with \\binom is named too', async () => {
    const [report] = await judged('$$\n\\sum_{i=0}^k \\binom{a}{k}\\binom{b}{n-k} = \\binom{a+b}{n}\n$$\n');
    expect(report!.reasons).toContain('read as a slip of the index');
  });

  it('Vandermonde with its index holds, and a really wrong right side fails', async () => {
    expect((await judged('$$\n\\sum_{i=0}^k {a \\choose i}{b\\choose k-i} = {a+b \\choose k}\n$$\n'))[0]!.verdict).toBe('holds');
    expect((await judged('$$\n\\sum_{i=0}^k {a \\choose i}{b\\choose k-i} = {a+b \\choose k+1}\n$$\n'))[0]!.verdict).toBe('fails');
  });
});

describe('indicators of a comparison: [cond], \\mathbb{1}[cond], \\mathbb{I}\\{cond\\}, \\mathbf{1}_{cond} (iversonBrackets.ts)', () => {
  const verdictOf = async (formula: string) => (await judged(`$${formula}$\n`))[0]!;

  it('counts written with each notation hold', async () => {
    for (const formula of [
      '\\sum_{i=1}^{5} [i \\le 3] = 3',
      '\\sum_{i=1}^{5} \\mathbb{1}[i \\le 3] = 3',
      '\\sum_{i=1}^{5} \\mathbb{I}\\{i \\le 3\\} = 3',
      '\\sum_{i=1}^{5} \\mathbf{1}_{i \\le 3} = 3',
      '\\sum_{i=1}^{5} \\mathbb{1}\\left[i > 3\\right] = 2',
      '\\sum_{i=1}^{6} [i = 3] = 1',
      '\\sum_{i=1}^{6} [i \\neq 3] = 5',
      '\\frac{1}{4}\\sum_{k=1}^{4} [k \\geqslant 2] = 0.75',
    ]) expect((await verdictOf(formula)).verdict, formula).toBe('holds');
  });

  it('a really wrong count does not hold (and is left undecided, not failed: the reading only confirms)', async () => {
    for (const formula of ['\\sum_{i=1}^{5} [i \\le 3] = 4', '\\sum_{i=1}^{6} [i \\neq 3] = 6', '\\sum_{i=1}^{5} [i < 3] = 3']) {
      const report = await verdictOf(formula);
      expect(report.verdict, formula).toBe('none');
      expect(report.reasons, formula).toContain('indicator');
    }
  });

  it('a bracket after a name is an expectation or a probability, never an indicator', async () => {
    expect((await verdictOf('\\mathbb{P}[X \\le 1] = 0.3')).verdict).toBe('none');
    expect((await verdictOf('P[X = 1] = 0.5')).verdict).toBe('none');
  });

  // girafe-ai/ml-course, the median minimises MAE: true only when C < m, as the text says.
  it('the real median inequality, true under a condition the prose states, is not failed', async () => {
    const report = await verdictOf('|y_i - C| - |y_i - m| \\geqslant - (C - m) + 2(C - m) [y_i \\leqslant m]');
    expect(report.verdict).not.toBe('fails');
    expect((await verdictOf('\\sum_{i=1}^\\ell [y_i \\leqslant m] \\geqslant \\frac \\ell 2')).verdict).not.toBe('fails');
  });
});

describe('a number written with a decimal comma alone on its side (decimalComma.ts)', () => {
  const verdictOf = async (formula: string) => (await judged(`$${formula}$\n`))[0]!;
  // girafe-ai/ml-course, decision trees: the entropy of the first group, in bits.
  const entropy = (value: string) => `S_1 = -\\frac{8}{13} log_2 \\frac{8}{13} - \\frac{5}{13} log_2 \\frac{5}{13} \\approx ${value}`;

  it('the real entropy ≈ 0,96 holds; ≈ 0,99 does not (left undecided: the reading only confirms)', async () => {
    expect((await verdictOf(entropy('0,96'))).verdict).toBe('holds');
    const far = await verdictOf(entropy('0,99'));
    expect(far.verdict).toBe('none');
    expect(far.reasons).toContain('decimal mark');
  });

  it('0,125 = 1/8 holds: no thousands group starts with 0', async () => {
    expect((await verdictOf('0,125 = \\frac{1}{8}')).verdict).toBe('holds');
    expect((await verdictOf('0,125 = \\frac{1}{4}')).verdict).not.toBe('holds');
  });

  it('a comma inside a side stays a separator, and three digits after a whole number are a thousands group', async () => {
    expect((await verdictOf('f(0,96) = 3')).verdict).toBe('none');
    expect((await verdictOf('(1,2) = 1,2')).verdict).toBe('none');
    expect((await verdictOf('2 \\times 500 = 1,000')).verdict).toBe('holds');
    expect((await verdictOf('2 \\times 500 = 1,500')).verdict).toBe('fails');
  });
});

describe('the maximum or minimum of a list in set braces (extremumOfList.ts)', () => {
  const verdictOf = async (formula: string) => (await judged(`$${formula}$\n`))[0]!.verdict;

  it('\\max\\{3,5,2\\} = 5 and the Metropolis ratio \\min\\left\\{1, …\\right\\} hold; a wrong value fails', async () => {
    expect(await verdictOf('\\max\\{3,5,2\\} = 5')).toBe('holds');
    expect(await verdictOf('\\min\\left\\{1, \\frac{0.3}{0.6}\\right\\} = 0.5')).toBe('holds');
    expect(await verdictOf('\\max\\{3,5,2\\} = 3')).toBe('fails');
  });

  it('max + min of two names is their sum; max alone is not', async () => {
    expect(await verdictOf('\\max\\{a, b\\} + \\min\\{a, b\\} = a + b')).toBe('holds');
    expect(await verdictOf('\\max\\{a, b\\} = a + b')).not.toBe('holds');
  });

  it('a set-builder or a subscripted maximum is no list', async () => {
    expect(await verdictOf('\\max\\{x : x < 1\\} = 1')).toBe('none');
    expect(await verdictOf('\\max_k\\{3,5\\} = 5')).toBe('none');
  });
});
