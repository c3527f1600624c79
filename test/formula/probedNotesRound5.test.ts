/**
 * A fifth round of public notes the checker had never seen — GPU and LLM-systems notes,
 * statistics and probability, numerical analysis, Chinese deep-learning notes and the blogs
 * of ML people (the repositories are named by each case): formulas it failed although their
 * authors were right, each beside a variant that is really wrong and still fails.
 */
import { describe, expect, it } from 'vitest';
import { identityText } from '../../src/core/claimWords';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);
/** The verdict of each formula of a note. */
const noteVerdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a bold or upright percentage is the percentage (preprocess.ts, rewriteNumberSpelling)', () => {
  // tom-jerr/tom-jerr.github.io, docs/cuda/Vector Add Optimization Example.md: bandwidth use of a kernel.
  it('670 / 912 ≈ **73%** holds as 670 / 912 ≈ 73% does', async () => {
    expect(await verdicts('670 / 912 \\approx \\mathbf{73\\%}')).toEqual(['holds']);
    expect(await verdicts('670 / 912 \\approx \\textbf{73\\%}')).toEqual(['holds']);
    expect(await verdicts('670 / 912 \\approx \\boldsymbol{73\\%}')).toEqual(['holds']);
  });

  it('a wrong bold percentage still fails', async () => {
    expect(await verdicts('670 / 912 \\approx \\mathbf{83\\%}')).toEqual(['fails']);
  });
});

describe('a decimal glued to a command is a rounded input too (literal.ts, DECIMAL_IN_SIDE)', () => {
  // scutan90/DeepLearning-500-questions, ch02_机器学习基础/第二章_机器学习基础.md: the watermelon data set's
  // Gaussian density, from a mean and deviation rounded to 0.279 and 0.101 (0.27875 and 0.10092 give 0.7881).
  const density = (claimed: string) =>
    `\\frac{1}{\\sqrt{2 \\pi}\\times0.101}exp\\left( -\\frac{(0.460-0.279)^2}{2\\times0.101^2}\\right) \\approx ${claimed}`;

  // 0.788 is five units of its last digit from the 0.7929 the written inputs give: their rounding may explain
  // it (the author computed from unrounded values) but no longer confirms it (lastDigitSlack.ts).
  it('the 0.101 of `\\times0.101` counts among the rounded decimals, so ≈ 0.788 is undecided, not failed', async () => {
    expect(await verdicts(density('0.788'))).toEqual(['none']);
    expect(await verdicts(density('0.793'))).toEqual(['holds']);
  });

  it('a result no rounding of the inputs reaches still fails', async () => {
    expect(await verdicts(density('0.688'))).toEqual(['fails']);
  });

  it('digits inside a name are still no decimal of their own', async () => {
    expect(await verdicts('x2.5 = 3')).not.toContain('holds');
  });
});

describe('a value set under a condition is no value quoted back (restatedValue.ts)', () => {
  // numerical-mooc/numerical-mooc, lessons/03_wave/03_01_conservationLaw.ipynb (a markdown cell).
  const cfl = (setting: string) =>
    'We know that the green-light problem with density at the stop light $\\rho = \\rho_{\\rm light} = 4$ is stable. ' +
    `Earlier, we used $u_{\\rm max} = 1$, and $\\Delta t/\\Delta x=1$, which gives a CFL $= 1$, ${setting}.\n`;

  it('"…, when $\\rho = 0$" after ρ = ρ_light = 4 sets ρ: no verdict', async () => {
    expect((await noteVerdicts(cfl('when $\\rho = 0$'))).at(-1)).toBe('none');
  });

  it('a value given two names was not computed, so "earlier" does not make it a quoted result', async () => {
    expect((await noteVerdicts(cfl('and $\\rho = 0$'))).at(-1)).toBe('none');
  });

  it('a computed value quoted back wrongly still fails', async () => {
    const note = 'The sigmoid gives $$h_1 = \\sigma(0) = \\frac{1}{1 + e^0} = 0.500$$\n\nEarlier we found $h_1 \\approx 0.622$.\n';
    expect((await noteVerdicts(note)).at(-1)).toBe('fails');
  });
});

describe('a size in binary units is rounded in that unit (afterFormula.ts)', () => {
  // vllm-project/vllm-project.github.io, _posts/2026-04-24-deepseek-v4.md: the KV cache of a c128a layer.
  it('(128 + 1,048,576 / 128) × 1024 bytes ≈ 8.1 MiB holds (8.125 MiB)', async () => {
    expect(await noteVerdicts('- `c128a` layer: $(128 + 1{,}048{,}576 / 128) \\times 1024 \\approx 8.1$ MiB.\n')).toEqual(['holds']);
  });

  it('a size no unit makes right still fails', async () => {
    expect(await noteVerdicts('- `c128a` layer: $(128 + 1{,}048{,}576 / 128) \\times 1024 \\approx 8.4$ MiB.\n')).toEqual(['fails']);
  });
});

describe('a name the prose moves after its binding (proseValues.ts, workedExample.ts)', () => {
  // fengdu78/deeplearning_ai_books, markdown/lesson1-week2.md: the nudge that explains a derivative.
  const nudge = (result: string) =>
    `所以定义上$J = 3v$，现在$v=11$，所以如果你让$v$增加一点点，比如到11.001，那么$J =3v =${result}$，所以我这里$v$增加了0.001。\n`;

  it('v = 11, then "比如到11.001", then 3v = 33.003: no verdict against the 11', async () => {
    expect((await noteVerdicts(nudge('33.003'))).at(-2)).toBe('none');
  });

  it('a result no number of the prose explains still fails', async () => {
    expect((await noteVerdicts(nudge('33.006'))).at(-2)).toBe('fails');
  });
});

describe('zeros of a vector written ≈ beside rounded numbers (roundedZeros.ts)', () => {
  // fengdu78/deeplearning_ai_books, markdown/lesson5-week2.md: e_man − e_woman, the word-embedding analogy.
  const difference = (last: string) =>
    `\\begin{bmatrix} -1 \\\\ 0.01 \\\\ 0.03 \\\\ 0.09 \\end{bmatrix} - \\begin{bmatrix} 1 \\\\ 0.02 \\\\ 0.02 \\\\ 0.01 \\end{bmatrix} \\approx \\begin{bmatrix} -2 \\\\ 0 \\\\ 0 \\\\ ${last} \\end{bmatrix}`;

  it('[−2, −0.01, 0.01, 0.08] ≈ [−2, 0, 0, 0] holds: every element rounded to the units', async () => {
    const report = await judgeFormula(difference('0'));
    expect(report.claims.map((c) => c.verdict)).toEqual(['holds']);
    expect(report.claims[0]!.reading).toMatch(/zeros rounded at the places of the other elements/);
  });

  it('a zero the units do not round to still fails', async () => {
    expect(await verdicts('\\begin{bmatrix} -2 \\\\ 0.8 \\end{bmatrix} \\approx \\begin{bmatrix} -2 \\\\ 0 \\end{bmatrix}')).toEqual(['fails']);
  });

  it('a wrong element written beside the zeros still fails', async () => {
    expect(await verdicts(difference('1'))).toEqual(['fails']);
  });

  it('alone, 0.08 ≈ 0 gets no such reading', async () => {
    expect(await verdicts('0.08 \\approx 0')).not.toContain('holds');
  });
});

describe('an asymptotic formula at a finite point, where the text speaks of a limit (asymptoticContext.ts)', () => {
  // ShusenTang/Dive-into-DL-PyTorch, docs/chapter07_optimization/7.4_momentum.md.
  const momentum = (claim: string) =>
    `所以当$\\gamma \\rightarrow 1$时，$\\gamma^{1/(1-\\gamma)}=\\exp(-1)$，如$${claim}$。\n`;

  it('0.95^20 ≈ exp(−1) after "γ → 1" is undecided, not failed (2.6% apart)', async () => {
    const reports = await judgeNote(momentum('0.95^{20} \\approx \\exp(-1)'));
    expect(reports.at(-1)!.verdict).toBe('none');
    expect(reports.at(-1)!.claims[0]!.reason).toMatch(/differ by 2\.6%, and the text speaks of a limit/);
  });

  it('Stirling at n = 10 (0.84% apart) is undecided', async () => {
    expect(await noteVerdicts("By Stirling's formula, $10! \\approx \\sqrt{2\\pi \\cdot 10}\\,(10/e)^{10}$.\n")).toEqual(['none']);
  });

  it('far from the limit, or with no limit in the text, it still fails', async () => {
    expect((await noteVerdicts(momentum('0.5^{2} \\approx \\exp(-1)'))).at(-1)).toBe('fails');
    expect(await noteVerdicts('Plainly, $0.95^{20} \\approx \\exp(-1)$.\n')).toEqual(['fails']);
  });
});

describe('a counterexample shows the digits that tell its two values apart (claimWords.ts)', () => {
  // AccumulateMore/CV, 348_课程5_第1周_作业题a_搭建RNN网络和LSTM网络.md: sec²x written for sech²x.
  const significant = (x: number, digits = 4) => String(Number(x.toPrecision(digits)));
  const x = -0.0057;
  const [sec2, sech2] = [1 / Math.cos(x) ** 2, 1 - Math.tanh(x) ** 2];

  it('sec²x vs 1 − tanh²x near 0 is never "1 vs 1"', () => {
    const text = identityText({ points: 64, counterexample: { at: { x }, left: sec2, right: sech2 } }, significant);
    expect(text).toBe('fails at x = -0.0057: 1.000032 vs 0.9999675');
  });

  it('values far apart keep four digits', () => {
    expect(identityText({ points: 64, counterexample: { at: { x: 0.37 }, left: 0.22941, right: 0.25 } }, significant)).toBe('fails at x = 0.37: 0.2294 vs 0.25');
  });

  it('the wrong identity still fails', async () => {
    expect(await verdicts('\\sec(x)^2 = 1 - \\tanh(x)^2')).toEqual(['fails']);
  });
});

describe('a negative number squared without parentheses (negativeBase.ts)', () => {
  // CrumpLab/statistics, 02-Describing_Data.md: "Squaring numbers converts all the negative numbers to positive numbers."
  it('-2^2 = 4 and -3.5^2 = 12.25 are undecided, naming both readings', async () => {
    const note = 'For example, $2^2 = 4$, and $-2^2 = 4$. So, $-3.5^2 = 12.25$, etc.\n';
    const reports = await judgeNote(note);
    expect(reports.map((r) => r.verdict)).toEqual(['holds', 'none', 'none']);
    expect(reports[1]!.claims[0]!.reason).toMatch(/\(-b\)\^k as spreadsheets read it/);
  });

  it('a square no reading gives still fails, and a variable keeps its precedence', async () => {
    expect(await verdicts('-2^2 = 5')).toEqual(['fails']);
    expect(await verdicts('-3^2 = 9.5')).toEqual(['fails']);
  });
});

describe('a ranking of numbered items (rankedLabels.ts)', () => {
  // CrumpLab/statistics, 01-Science_Data.md: four statements ordered by agreement with the science.
  it('"order the items as 1 > 2 > 3 > 4" is no comparison of numbers', async () => {
    expect(await noteVerdicts('So, I can order the items as $1 > 2 > 3 > 4$. Since this ordering exists…\n')).toEqual(['none']);
  });

  it('a chain with a true link, or a single comparison, is judged as numbers', async () => {
    expect(await verdicts('4 > 3 > 5')).toEqual(['holds', 'fails']);
    expect(await verdicts('3 > 4')).toEqual(['fails']);
  });
});

describe('E-notation terms shown rounded (eNotationPower.ts)', () => {
  // statsthinking21/statsthinking21-core, 06-Probability.Rmd: P(k ≤ 2) of four free throws, terms rounded, sum .043.
  it('6e^{-5} + .002 + .040 = .043 is undecided: E-notation with its decimals read as rounded', async () => {
    const report = await judgeFormula('6e^{-5} + .002 + .040 = .043');
    expect(report.claims.map((c) => c.verdict)).toEqual(['none']);
    expect(report.claims[0]!.reason).toMatch(/E-notation .* with its decimals read as rounded values/);
  });

  it('a sum no reading reaches still fails', async () => {
    expect(await verdicts('6e^{-5} + .002 + .040 = .053')).toEqual(['fails']);
  });
});
