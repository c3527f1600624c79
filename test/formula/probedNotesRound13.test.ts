/**
 * A thirteenth round of public notes the checker had never seen (the repositories are named by
 * each case): formulas it failed although their authors were right, each beside a variant that
 * is really wrong and still fails, and the true errors found, which keep failing.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

/** The verdicts of the claims of the formula whose source starts with `start`. */
const claimVerdicts = async (note: string, start: string) =>
  (await judgeNote(note)).find((r) => r.source.trim().startsWith(start))!.claims.map((c) => c.verdict);

/** The verdict of the formula whose source starts with `start`. */
const verdictOf = async (note: string, start: string) => (await judgeNote(note)).find((r) => r.source.trim().startsWith(start))!.verdict;

describe('a statistic computed from rounded summary data (rounding/roundedDataInputs.ts)', () => {
  // MirandaRintoulBadger/statistics-notes, _book/09-two-sample.md (commit 5b6f525): the table gives the
  // means and standard deviations to two decimals; the author's −1.645 is the raw data's statistic, the
  // rounded table values give −1.6441.
  const cricket = (result: string) =>
    '|         | $n$ | $\\bar{x}$ | $s$   |\n|:-------:|:---:|:---------:|:-----:|\n| Starved | 11  | 17.73     | 19.96 |\n| Fed     | 13  | 35.98     | 33.63 |\n\n' +
    'The hypotheses are\n$$H_0: \\mu_{starved}-\\mu_{fed} \\ge 0\\quad\\quad\\text{versus}\\quad\\quad H_A: \\mu_{starved}-\\mu_{fed} < 0.$$\n' +
    'First, we calculate an observed test statistic from the data. We have\n' +
    `$$t_{obs} \\;=\\; \\frac{\\bar{x}_{starved}-\\bar{x}_{fed} \\;-\\; 0}{\\sqrt{\\frac{s_{starved}^2}{n_{starved}} + \\frac{s_{fed}^2}{n_{fed}}}} \\;=\\; \\frac{17.73-35.98 \\;-\\; 0}{\\sqrt{\\frac{19.96^2}{11} + \\frac{33.63^2}{13}}} \\;=\\; ${result}.$$\n`;

  it('the note\'s −1.645 (one unit off the −1.644 its rounded inputs give) is undecided, not failed', async () => {
    const claims = await claimVerdicts(cricket('-1.645'), 't_{obs}');
    expect(claims.at(-1)).toBe('none');
    expect(await verdictOf(cricket('-1.645'), 't_{obs}')).not.toBe('fails');
  });

  it('−1.644, what the written inputs give, holds', async () => {
    expect((await claimVerdicts(cricket('-1.644'), 't_{obs}')).at(-1)).toBe('holds');
  });

  it('near miss: −1.647, three units off, still fails', async () => {
    expect((await claimVerdicts(cricket('-1.647'), 't_{obs}')).at(-1)).toBe('fails');
  });

  it('near miss: a result one unit off from two-digit inputs (exact parameters, not rounded data) still fails', async () => {
    expect(await verdictOf('We have $\\frac{1.5}{0.7} = 2.144$.\n', '\\frac')).toBe('fails');
  });

  // The same repository's true errors keep failing.
  it('_book/07-hyptesting.md: "Since $\\beta = 1-0.8 = 0.8$" fails (1 − 0.8 = 0.2)', async () => {
    expect(await verdictOf('Since $\\beta = 1-0.8 = 0.8$, $z_{\\beta}$ will cut off area 0.2 in the upper tail of the standard normal curve.\n', '\\beta')).toBe('fails');
  });

  it('_book/06-confints.md: "we have $n = 1 = 7$ degrees of freedom" (meant n − 1 = 7) fails', async () => {
    expect(await verdictOf('Suopose we have a sample of size $n = 8$ and we want to build a 98% T CI.  In this case we have $n = 1 = 7$ degrees of freedom.\n', 'n = 1')).toBe('fails');
  });
});

describe('\\log_a^b with nothing after it is log_a(b) (read/logBaseSuperscript.ts)', () => {
  // DLonng/AI-Notes, DataStructuresAndAlgorithms/blogs/专题 1 - 时间与空间复杂度分析.md (commit a67ac6d):
  // the change of base written with the argument as a superscript.
  const base = (denominator: string) => `比如：\n\n\n$$\nlog_3^n = \\frac { log_2^n } { log_2^${denominator} } = log_3^2 * log_2^n\n$$\n\n\n其中 $log_3^2$ 是常数：\n`;

  it('the note\'s change of base holds', async () => {
    expect(await claimVerdicts(base('3'), 'log_3^n')).toEqual(['holds', 'holds']);
  });

  it('near miss: dividing by log_2 5 instead fails', async () => {
    expect((await claimVerdicts(base('5'), 'log_3^n'))[0]).toBe('fails');
  });

  it('\\log_2^8 = 3 holds and \\log_2^8 = 4 fails', async () => {
    expect(await verdictOf('$\\log_2^8 = 3$\n', '\\log')).toBe('holds');
    expect(await verdictOf('$\\log_2^8 = 4$\n', '\\log')).toBe('fails');
  });

  it('a power of a log with its argument after it is left as a power', async () => {
    // (log_2 8)^2 = 9: read as log_2(2)·8 it would be 8.
    expect(await verdictOf('$\\log_2^2 8 = 8$\n', '\\log')).not.toBe('holds');
  });
});

describe('a failing identity under an involution stated before it (context/paragraphConditions.ts)', () => {
  // stalomeow/note, docs/obsidian-vault/星穹铁道/仿星铁渲染：改进版逐物体阴影.md (commit 5fa56a9):
  // with Z⁻¹ = Z and S⁻¹ = S, Z S R⁻¹ T⁻¹ = Z (T R S)⁻¹.
  const view = (prose: string) =>
    '$$\n\\mathbf{w}=\\mathbf{T}\\mathbf{R}\\mathbf{S}\\mathbf{Z}\\mathbf{v}\n$$\n\n所以\n\n$$\n\\text{View Matrix}=\\mathbf{Z}^{-1}\\mathbf{S}^{-1}\\mathbf{R}^{-1}\\mathbf{T}^{-1}\n$$\n\n' +
    `${prose}\n\n$$\n\\text{View Matrix}=\\mathbf{Z}\\mathbf{S}\\mathbf{R}^{-1}\\mathbf{T}^{-1}=\\mathbf{Z} (\\mathbf{T}\\mathbf{R}\\mathbf{S})^{-1}\n$$\n`;

  it('after "考虑到 Z⁻¹ = Z 且 S⁻¹ = S" the identity is undecided', async () => {
    const note = view('考虑到 $\\mathbf{Z}^{-1}=\\mathbf{Z}$ 且 $\\mathbf{S}^{-1}=\\mathbf{S}$，所以下面几个公式也对');
    expect(await verdictOf(note, '\\text{View Matrix}=\\mathbf{Z}\\mathbf{S}')).toBe('none');
  });

  it('near miss: with no such condition stated, it fails', async () => {
    expect(await verdictOf(view('所以下面几个公式也对'), '\\text{View Matrix}=\\mathbf{Z}\\mathbf{S}')).toBe('fails');
  });

  it('near miss: a condition on a matrix the identity does not use leaves it failing', async () => {
    const note = view('考虑到 $\\mathbf{Q}^{-1}=\\mathbf{Q}$，所以下面几个公式也对');
    expect(await verdictOf(note, '\\text{View Matrix}=\\mathbf{Z}\\mathbf{S}')).toBe('fails');
  });

  it('near miss: an identity of a name with itself (h^1 (1-h)^0 = h) constrains nothing, so a slip after it fails', async () => {
    // samppii/cs229-machine-learning-notes, CS229 Lecture 3.md, with the second exponent slipped from 1 to 2.
    const note =
      'Model $y$ as Bernoulli with parameter $h_\\theta(x)$:\n\n' +
      'If $y = 1$: $h^1 (1-h)^0 = h$. If $y = 0$: $h^0 (1-h)^2 = 1-h$. The exponents act as on/off switches.\n';
    expect(await claimVerdicts(note, 'h^0')).toEqual(['fails']);
  });
});

describe('a name given a new value later on the same line starts a new case (context/reboundOnSameLine.ts)', () => {
  // Yuchen971/yuchen.one, pages/f-test.md (commit 39ab296): two machines' summary statistics, one line each; machine 2's
  // s^2 = 0.0137 was judged with machine 1's s = 0.3361, though its own s = 0.1171 follows on its line.
  const tuna = (machine2: string) =>
    '- Example\n\t- The Terrific Tuna Company uses two machines to fill each 5 ounce can of tuna.\n' +
    '\t- To do this, a sample of cans is selected from each machine for testing, results are\n' +
    '\t  machine 1: n = 25, $\\bar{x} = 5.0592$, $s^2 = 0.1130$, $s = 0.3361$ \n' +
    `\t  machine 2: n = 22, $\\bar{x} = 4.9808$, ${machine2}\n` +
    '\t- note that the machine 1\'s variance is little bit higher, but there are samples, not population.\n';

  it('machine 2\'s $s^2 = 0.0137$ is not failed', async () => {
    const reports = await judgeNote(tuna('$s^2 = 0.0137$, $s = 0.1171$'));
    expect(reports.filter((r) => r.verdict === 'fails')).toEqual([]);
  });

  it('near miss: a wrong count on the same line still fails', async () => {
    const reports = await judgeNote(tuna('$s^2 = 0.0137$, $s = 0.1171$, $22 - 1 = 20$'));
    expect(reports.find((r) => r.source.startsWith('22 - 1'))!.verdict).toBe('fails');
  });
});
