/**
 * Formulas from public study notes that the checker once failed although their
 * authors were right (docs/readings/notations.md). Each test names the repository and
 * file the formula comes from.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);

describe('a derivative operator before a bracket with a power', () => {
  // m-ciniello/omscs-ml-notes, bias_variance/bias_variance_tradeoff.md: the power belongs to the operand.
  it('∂/∂y (t − y)² = −2(t − y) holds', async () => {
    expect(await verdicts('\\frac{\\partial}{\\partial y}(t - y)^2 = -2(t - y)')).toEqual(['holds']);
  });

  it('a wrong derivative of the same operand still fails', async () => {
    expect(await verdicts('\\frac{\\partial}{\\partial y}(t - y)^2 = 2(t - y)')).toEqual(['fails']);
  });
});

describe('notations under which a failing claim is what its author meant (notationDoubts.ts)', () => {
  it.each([
    // DragonWarrior15/statistical-learning-notes, _notes/linalg/linear_maps/special_matrices.md: I is the identity matrix.
    ['I^{-1} = I', /I may be a matrix/],
    // luweiagi/machine-learning-notes, docs/autopilot/navigation/rodrigues-formula/rodrigues-formula.md: K is a cross-product matrix.
    ['K^{n+2}=-K^n', /K may be a matrix/],
    // rodrigues-formula.md: k and v are vectors, × their cross product.
    ['v-(v\\cdot k)k=-k\\times(k\\times v)', /cross product/],
    ['v+k\\times(k\\times v)-\\cos\\theta k\\times(k\\times v)+\\sin\\theta k\\times v=v+(1-\\cos\\theta)k\\times(k\\times v)+\\sin\\theta k\\times v', /cross product/],
    // wdndev/llm_interview_note, 02.大语言模型架构/3.位置编码/3.位置编码.md: j is the imaginary unit.
    ['r e^{\\theta \\mathrm{j}}=r \\cos \\theta+r \\sin \\theta \\mathrm{j}', /j may be the imaginary unit/],
    // Sakura-gh/ML-notes, ML-notes-md/2_Regression Case Study.md: e^i is the error on the i-th example.
    ['\\sum\\limits_{i=1}^{10}e^i=31.9', /i-th e/],
    // Ojkee/Math-for-machine-learning-notes, Uni-Math/Algebra I (Z_n): ·₈₂ is multiplication modulo 82.
    ['58 ·82 37 = 14', /side by side/],
    // QuantEcon/lecture-python.myst, lectures/olg_adaptive_money.md and util_rand_resp.md: π is an inflation rate, a probability.
    ['\\pi = 2', /π given a value/],
    ['\\pi=0.3', /π given a value/],
    // QuantEcon/lecture-python.myst, lectures/likelihood_ratio_process_2.md: consumption of agents 1 and 2.
    ['c^2_t(s^t) = 1 - c^1_t(s^t)', /superscripts 1 and 2/],
    // QuantEcon/lecture-python.myst, lectures/rational_expectations.md: output of firm ω, all firms alike.
    ['Y_t = \\int_0^1 y_t(\\omega) d \\omega = y_t', /integration variable/],
    // Atcold/NYU-DLSP20, docs/es/week11/11-1.md: a definition of a function named in two words.
    // djeada/Statistics-Notes, notes/time_series_analysis/difference_equations.md: a_n = λ^n substituted into a recurrence.
    ['\\lambda^n = 5 \\lambda^{n-1} - 6 \\lambda^{n-2}', /characteristic equation/],
    // djeada/Statistics-Notes, notes/basic_concepts/descriptive_statistics.md: a relative frequency in percent.
    ['\\frac{2}{10} \\times 100 = 20\\%', /in percent/],
  ])('%s is not failed', async (latex, reason) => {
    const [report] = await judgeNote(`$$\n${latex}\n$$\n`);
    expect(report!.claims.map((c) => c.verdict)).not.toContain('fails');
    expect(report!.claims.map((c) => c.reason ?? '').join(' ')).toMatch(reason);
  });

  it.each([
    ['(a+b)^2 = a^2 + b^2'],
    ['2 \\times 3 = 7'],
    ['\\sum_{i=1}^{3} e^{-i} = 2'],
    ['\\pi^2 + 1 = 3'],
    ['\\pi \\approx 3.15'],
    ['2^n \\cdot 2^m = 2^{n+m+1}'],
    ['x^n x = x^{n+2}'],
  ])('%s still fails', async (latex) => {
    expect(await verdicts(latex)).toContain('fails');
  });
});

describe('words and conditions around a formula', () => {
  // DragonWarrior15/statistical-learning-notes, _notes/linalg/linear_eq/elimination.md: a pattern, not an instance.
  it('"the equation is of the form $0 = 1$" does not assert it', async () => {
    const [report] = await judgeNote('No solution is possible since the equation is of the form $0 = 1$.\n');
    expect(report!.verdict).toBe('none');
    expect(report!.claims[0]!.reason).toMatch(/the sentence does not assert it \("of the form"\)|a contradiction shown/);
  });

  // m-ciniello/omscs-ml-notes, PCA/pca_ica.md: the constraint is stated two paragraphs earlier.
  const ica = [
    'Now consider a linear combination of two sources: $y = z_1 s_1 + z_2 s_2$ with the unit-variance constraint $z_1^2 + z_2^2 = 1$. Applying the linearity properties:',
    '',
    '$$|\\text{kurt}(y)| = |z_1^4\\,\\text{kurt}(s_1) + z_2^4\\,\\text{kurt}(s_2)|$$',
    '',
    'When is this maximized? On the unit circle, $z_1^4 + z_2^4 = (z_1^2 + z_2^2)^2 - 2z_1^2 z_2^2 = 1 - 2z_1^2 z_2^2$.',
    '',
  ].join('\n');

  it('a link that holds under a condition stated earlier in the section is undecided', async () => {
    const reports = await judgeNote(ica);
    const chain = reports.find((r) => r.source.startsWith('z_1^4'))!;
    expect(chain.claims.map((c) => c.verdict)).toEqual(['holds', 'none']);
    expect(chain.claims[1]!.reason).toContain("states z_1^2 + z_2^2 = 1");
  });

  it('the same link fails with no condition before it, or behind a heading', async () => {
    const alone = ica.split('\n').slice(4).join('\n');
    expect((await judgeNote(alone)).flatMap((r) => r.claims.map((c) => c.verdict))).toContain('fails');
    const behindHeading = ica.replace('When is this', '## Kurtosis\n\nWhen is this');
    expect((await judgeNote(behindHeading)).flatMap((r) => r.claims.map((c) => c.verdict))).toContain('fails');
  });
});

describe('a value at one argument is not a definition', () => {
  // djeada/Statistics-Notes, notes/basic_concepts/axioms_of_probability.md: P(S) = 1 is the axiom of unit measure.
  it('P(S) = 1 does not make P(5) equal to 1', async () => {
    const reports = await judgeNote('$$\nP(S) = 1\n$$\n\nSince:\n\n$$\nP(5) = \\frac{1}{6}, \\quad P(6) = \\frac{1}{6}\n$$\n');
    expect(reports.flatMap((r) => r.claims.map((c) => c.verdict))).not.toContain('fails');
  });

  it('a definition that uses its parameter still refutes', async () => {
    const reports = await judgeNote('$f(x) = x^2$ and $f(3) = 10$.\n');
    expect(reports.flatMap((r) => r.claims.map((c) => c.verdict))).toContain('fails');
  });
});

describe('a step with more rounded decimals than corners can be tried (roundedLiterals.ts)', () => {
  // djeada/Statistics-Notes, notes/basic_concepts/geometric_probability.md: π/4 written as 0.7854, with four other decimals.
  // The 1.44 written twice is one value (roundedLiterals.ts), so four corners decide it: it holds.
  it('holds when its decimals, one value each, explain the difference', async () => {
    const { claims } = await judgeFormula('(1.2)^2 \\left( 0.9865 + \\frac{0.6633}{(1.2)^2} - \\frac{\\pi}{4} \\right) = 1.44 \\left( 0.9865 + \\frac{0.6633}{1.44} - 0.7854 \\right)');
    expect(claims[0]!.verdict).toBe('holds');
    expect(claims[0]!.reading).toBe('with its decimals read as rounded values');
  });

  it('is undecided when more decimals than corners may explain the difference', async () => {
    const { claims } = await judgeFormula('(1.2)^2 \\left( 0.9865 + \\frac{0.6633}{(1.2)^2} - \\frac{\\pi}{4} \\right) = 1.44 \\left( 0.9865 + \\frac{0.6633}{1.45} - 0.7854 \\right)');
    expect(claims[0]!.verdict).toBe('none');
    expect(claims[0]!.reason).toMatch(/many decimals/);
  });

  it('still fails when they cannot', async () => {
    expect(await verdicts('(1.2)^2 \\left( 0.9865 + \\frac{0.6633}{(1.2)^2} - \\frac{\\pi}{4} \\right) = 1.44 \\left( 0.9865 + \\frac{0.6633}{1.44} - 0.8854 \\right)')).toEqual(['fails']);
  });
});

describe('a function defined under a condition (conditionalDefinitions.ts)', () => {
  // JuanEcheagaray75/Data-Science-and-Math-Notes, college/semester-4/cryptography-analysis/modular-arithmetic.md: Euler's totient, case by case.
  const totient = [
    '- If $n$ is a prime number, then $\\phi(n) = n - 1$',
    '- With a product $x = pq$, where $p, q$ are prime numbers, $\\phi(pq) = (p-1)(q-1)$',
    '',
  ].join('\n');

  it('a later case stated under its own condition is not refuted by the earlier one', async () => {
    const reports = await judgeNote(totient);
    expect(reports.flatMap((r) => r.claims.map((c) => c.verdict))).not.toContain('fails');
    expect(reports.flatMap((r) => r.claims.map((c) => c.reason ?? '')).join(' ')).toMatch(/stated under a condition/);
  });

  it('without a condition in its sentence it still fails', async () => {
    const reports = await judgeNote('$f(x) = x^2$. Then $f(2x) = 2x^2$.\n');
    expect(reports.flatMap((r) => r.claims.map((c) => c.verdict))).toContain('fails');
  });
});

describe('readings another rule now gives', () => {
  // djeada/Statistics-Notes, notes/correlation_and_regression/multiple_regression.md: 3.785 (2) is 3.785 × 2.
  it('a number before a bracketed number is their product', async () => {
    expect(await verdicts('\\hat{y}_1 = 49.194 + 3.785 (2) + 0.116 (70) = 49.194 + 7.570 + 8.120 = 64.884')).not.toContain('fails');
  });

  // Atcold/NYU-DLSP20, es/week11/11-1.md: a function named in words, defined.
  it('a function named in several words is not failed', async () => {
    expect(await verdicts('\\text{Tanh encogida}(x) = x - \\tanh(x)')).not.toContain('fails');
  });
});
