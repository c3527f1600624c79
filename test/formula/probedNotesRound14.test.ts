/**
 * A fourteenth round of public notes the checker had never seen (the repositories are named by
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

describe('j in an exponent of e glued to its variable is the imaginary unit (identity/notationDoubts.ts)', () => {
  // DuskNgai/Paper-Notes, Biology/Cryo/1992 Hartley Transform.md: after the note defines cas x = cos x + sin x.
  const hartley = (euler: string) => 'Hartley 变换的公式如下：\n$$\n\\text{cas}\\ x=\\cos x+\\sin x\n$$\n\n与 Fourier 变换的公式比较：\n$$\n' + euler + '\n$$\n';

  it('e^{jx} = cos x + j sin x is not failed', async () => {
    expect(await verdictOf(hartley('e^{jx}=\\cos x+j\\sin x'), 'e^{jx}')).not.toBe('fails');
  });

  it('near miss: e^{x} = cos x + sin x (no j) still fails', async () => {
    expect(await verdictOf(hartley('e^{x}=\\cos x+\\sin x'), 'e^{x}')).toBe('fails');
  });
});

describe('a bold e is a vector, not Euler\'s number (identity/notationDoubts.ts)', () => {
  // DuskNgai/Paper-Notes, Course Notes/Differential Geometry/Chapter 2 Local Theory of Surfaces in the Space.md.
  it('"Since $\\mathbf{e}\\cdot\\mathbf{e}=1$" is not failed', async () => {
    const note = '> Since $\\mathbf{e}\\cdot\\mathbf{e}=1$, then $\\mathbf{e}_u\\cdot\\mathbf{e}=0$, $\\mathbf{e}_u$ is orthogonal to $\\mathbf{e}$:\n';
    expect(await verdictOf(note, '\\mathbf{e}\\cdot')).not.toBe('fails');
  });

  it('near miss: a plain e · e = 1 still fails', async () => {
    expect(await verdictOf('Since $e\\cdot e=1$, fine.\n', 'e\\cdot')).toBe('fails');
  });
});

describe('a result restated with % in the next sentence is a percentage (context/afterFormula.ts)', () => {
  // Egjfour/dsti-course-notes, Statistics and Probability/Probability/Conditional Probability and Independence.md.
  const bayes = (result: string, restated: string) =>
    `- So, $P(A_1|E) = \\dfrac{P(E|A_1)*P(A_1)}{P(E \\cap A_1) + P(E \\cap A_2)} = \\dfrac{99.9 * 0.01}{99.9 * 0.01 + 0.01 * 99.9} = ${result}$\n` +
    `- Thus, having a positive result means that there is a ${restated}% chance of having HIV\n`;

  it('"= 50" then "a 50% chance" is not failed', async () => {
    expect(await verdictOf(bayes('50', '50'), 'P(A_1|E)')).not.toBe('fails');
  });

  it('near miss: "= 60" then "a 60% chance" (the value is 0.5) still fails', async () => {
    expect(await verdictOf(bayes('60', '60'), 'P(A_1|E)')).toBe('fails');
  });
});

describe('an order relation after "if" is a condition to test (context/hypothesisBefore.ts)', () => {
  // Tulbm/Stats-Notes, Math Stats 2/Goodness of fit test.md.
  const test = 'Reject $H_{0}$ if\n$$\\begin{align}\n\\chi_{obs}^2  & \\geq \\chi_{7,0.95}^2 = 14.067 \\\\\n\\chi_{obs}^2 =6.83 & \\geq  14.067\n\\end{align}\n$$\n';

  it('"Reject H_0 if … 6.83 ≥ 14.067" is not failed', async () => {
    expect(await verdictOf(test, '\\begin{align}')).not.toBe('fails');
  });

  it('near miss: "Since $6.83 \\geq 14.067$" still fails', async () => {
    expect(await verdictOf('Since $6.83 \\geq 14.067$, we reject.\n', '6.83')).toBe('fails');
  });
});

describe('a chain about |J| may take the bars at a later step (context/absoluteValueChain.ts)', () => {
  // Tulbm/Stats-Notes, Math Stats 2/Transformation technique.md.
  const jacobian = (value: string) =>
    'Jacobian:\n$$\n|J|= \\det\n\\begin{bmatrix}\n\\frac{\\partial X_1 }{\\partial Y_{1}} & \\frac{\\partial X_{1}}{\\partial Y_{2}} \\\\\n\\frac{\\partial X_{2}}{\\partial Y_{1}} & \\frac{\\partial X_{2}}{\\partial Y_{2}}\n\\end{bmatrix}=\\det\n\\begin{bmatrix}\n0 & 1 \\\\\n1 & -1\n\\end{bmatrix} = ' +
    value + '\n$$\n';

  it('det [0 1; 1 −1] = |−1| = 1 is not failed', async () => {
    expect(await verdictOf(jacobian('|-1|=1'), '|J|')).not.toBe('fails');
  });

  it('near miss: = |-2| = 2 (a wrong magnitude) still fails', async () => {
    expect(await verdictOf(jacobian('|-2|=2'), '|J|')).toBe('fails');
  });
});

describe('a letter the note declares a subset is a set (context/setNames.ts)', () => {
  // ManiShayestehfar/obsidian_sync, Functional Analysis/Quotient Spaces.md.
  const quotient = (declared: string) =>
    `>[!Definition] Quotient Space\nLet $(X,\\|\\cdot\\|_p)$ be a metric space and ${declared}\n> $$X/Y := \\{x + Y \\:|\\: x \\in X\\}$$\n> such that for $\\lambda \\in \\mathbb{K}$ and $x,x' \\in X$\n> 1. $\\lambda(x+ Y) = (\\lambda x) + Y$\n`;

  it('λ(x + Y) = (λx) + Y after "$Y \\subset X$" is not failed', async () => {
    expect(await verdictOf(quotient('$Y \\subset X$'), '\\lambda(x+ Y)')).not.toBe('fails');
  });

  it('near miss: the same rule where Y is declared a number still fails', async () => {
    expect(await verdictOf(quotient('$Y \\in \\mathbb{R}$'), '\\lambda(x+ Y)')).toBe('fails');
  });
});

describe('−n! may be (−n)! (identity/notationDoubts.ts)', () => {
  // Tulbm/Stats-Notes, Math Stats 1/Beta Function.md.
  it('"$\\Gamma(0)=-1!=\\infty$" is not failed', async () => {
    expect(await verdictOf('which is one argument for the weird gamma function. Another one is the fact that $\\Gamma(0)=-1!=\\infty$\n', '\\Gamma(0)')).not.toBe('fails');
  });

  it('near miss: −3! + 1 = 7 (a factorial inside a sum) still fails', async () => {
    expect(await verdictOf('Here $-3! + 1 = 7$.\n', '-3!')).toBe('fails');
  });
});

describe('a numeral of bits with a leading zero or a bracketed carry bit (identity/notationDoubts.ts)', () => {
  // GeekSnail/math-notes, organization_data.md.
  it('"$[-5-4]_补=(1)1011+(1)1100=(1)0111=7$" is not failed', async () => {
    expect(await verdictOf('  如：n=4，$[-5-4]_补=(1)1011+(1)1100=(1)0111=7$\n', '[-5-4]')).not.toBe('fails');
  });

  it('near miss: a decimal sum 1011 + 1 = 1013 still fails', async () => {
    expect(await verdictOf('So $1011 + 1 = 1013$.\n', '1011')).toBe('fails');
  });
});

describe('i for an interest rate (evaluate/complex.ts realSolution)', () => {
  // ActuarialNotes/Actuarial-Notes-Wiki, questions/exam-fm/fm-252.md.
  it('"$(1+i)^{20} = 41$, giving $i = 41^{1/20}-1 = 0.20404$" is not failed', async () => {
    expect(await verdictOf('So $(1+i)^{20} = 41$, giving $i = 41^{1/20}-1 = 0.20404$.\n', '(1+i)')).not.toBe('fails');
  });

  it('near miss: i^4 = −1 (no real rate, and wrong for √−1) still fails', async () => {
    expect(await verdictOf('So $i^4 = -1$.\n', 'i^4')).toBe('fails');
  });
});

describe('a bracketed superscript labels a letter (identity/notationDoubts.ts)', () => {
  // ActuarialNotes/Actuarial-Notes-Wiki, Concepts/Nominal Interest Rate.md.
  it('"$i^{(12)} = 6\\%$ convertible monthly" is not failed', async () => {
    const note = '> A savings account advertises a nominal interest rate of $i^{(12)} = 6\\%$ convertible monthly. Find the equivalent effective annual interest rate.\n';
    expect(await verdictOf(note, 'i^{(12)}')).not.toBe('fails');
  });

  it('near miss: a number with a bracketed exponent, 2^{(3)} = 9, still fails', async () => {
    expect(await verdictOf('So $2^{(3)} = 9$.\n', '2^{(3)}')).toBe('fails');
  });
});

describe('a percent with a + sign is a change (identity/notationDoubts.ts)', () => {
  // ActuarialNotes/Actuarial-Notes-Wiki, Concepts/Considerations for Implementing Rates.md.
  const rates = (claimed: string) => `> > Applying $+6.0\\%$ to the base rate *and* the new relativities would deliver $1.06 \\times 1.035 = ${claimed}$ — three and a half points more than the analysis called for.\n`;

  it('1.06 × 1.035 = +9.7% is not failed', async () => {
    expect(await verdictOf(rates('+9.7\\%'), '1.06')).not.toBe('fails');
  });

  it('near miss: 1.06 × 1.035 = 9.7% (no sign) still fails', async () => {
    expect(await verdictOf(rates('9.7\\%'), '1.06')).toBe('fails');
  });
});

describe('a magnitude letter set as text after a number (context/magnitudeInText.ts)', () => {
  // jiabingyang01/llm-paper-notes, papers/06-embodied-ai/data-synthesis/RoboCasa365_2026.md.
  const synthetic = (claimed: string) => `$$D_{\\text{syn}} = 60 \\times 10{,}000 = ${claimed},\\quad \\text{scale} \\approx 100\\times$$\n`;

  it('60 × 10,000 = 600\\text{k 条} is not failed', async () => {
    expect(await verdictOf(synthetic('600\\text{k 条}'), 'D_')).not.toBe('fails');
  });

  it('near miss: 60 × 10,000 = 600\\text{ 条} (no magnitude letter) still fails', async () => {
    expect(await verdictOf(synthetic('600\\text{ 条}'), 'D_')).toBe('fails');
  });
});

describe('the true errors of this round keep failing', () => {
  it('Egjfour/dsti-course-notes: "$25\\pi = 24\\pi * \\pi$" (meant 24π + π) fails', async () => {
    expect(await verdictOf('- Multiples of $2\\pi$ get us to the same spot, so $25\\pi$ = $\\pi$ since $25\\pi = 24\\pi * \\pi$\n', '25\\pi = 24')).toBe('fails');
  });

  it('Egjfour/dsti-course-notes: "$i^2 = \\sqrt{-1}$" (i² = −1) fails', async () => {
    expect(await verdictOf('- We can break down exponents of $i$ fairly easily by remembering that $i^2 = \\sqrt{-1}$\n', 'i^2')).toBe('fails');
  });

  it('shawnx-stripe/stats-notes, Moulton problem.md: √(1 + 0.05(99)) = 2.23 (it is 2.44) fails', async () => {
    expect(await verdictOf('| Moulton factor | $\\sqrt{1 + 0.05(99)} = 2.23$ |\n', '\\sqrt')).toBe('fails');
  });

  it('SherryS997/BS-Degree-Course-Notes: 2 × (512 × 2048) + 2048 + 512 = 2,097,152 (the biases dropped) fails', async () => {
    const note = 'The number of parameters in the FFN layer is calculated as:  $2 \\times (512 \\times 2048) + 2048 + 512 = 2,097,152 \\approx 2 \\text{ million}$.  This calculation assumes a two-layer FFN.\n';
    expect((await claimVerdicts(note, '2 \\times'))[0]).toBe('fails');
  });

  it('ManiShayestehfar/obsidian_sync, Statistics/Variance.md: E(X²) − E(X)² = p² − p (it is p − p²) fails', async () => {
    expect(await verdictOf('So $\\text{Var}(X) = E(X^2) - E(X)^2 = p^2 - p = p(1-p)$\n', '\\text{Var}')).toBe('fails');
  });
});

describe('a loss the note defined over other entries confirms a derivative, never refutes it (identity/indexedDefinitions.ts)', () => {
  // CaoJiahao2/deep-learning-notes, docs/training/backpropagation.md: 𝓛 is defined in §1 over ŷ_c of z^L; §5 differentiates by z_j with p_i.
  const note = (step: string) =>
    '## 1\n\n$$\\hat{y}_c = \\frac{e^{z^L_c}}{\\sum_k e^{z^L_k}}, \\qquad \\mathcal{L} = -\\sum_c y_c \\log \\hat{y}_c$$\n\n' +
    '## 5. softmax + 交叉熵梯度\n\n$$p_i = \\frac{e^{z_i}}{\\sum_j e^{z_j}}$$\n\n由于 $\\sum_i y_i = 1$（one-hot 或概率标签），化简得：\n\n' +
    `$$${step}$$\n`;

  it('∂𝓛/∂z_j = −y_j + p_j Σ y_i = p_j − y_j is not failed', async () => {
    const verdicts = await claimVerdicts(note('\\frac{\\partial \\mathcal{L}}{\\partial z_j} = -y_j + p_j \\sum_i y_i = p_j - y_j'), '\\frac{\\partial \\mathcal{L}}');
    expect(verdicts).not.toContain('fails');
  });

  it('near miss: the Jacobian of p (defined in its own section) with a sign slipped still fails', async () => {
    const verdicts = await claimVerdicts(note('\\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} + p_j)'), '\\frac{\\partial p_i}');
    expect(verdicts).toEqual(['fails']);
  });
});

describe('a geometric distribution whose note names both counts leaves the convention open (worked/namedFamilyClaims.ts)', () => {
  // akkefa/ml-notes, docs/probability/discrete_distributions.md: "the number of failures we get…" and "the number of trials needed…".
  const note = (pmf: string) =>
    '## Geometric Distribution\nThe geometric distribution is the probability distribution of the number of failures we get by repeating a Bernoulli experiment until the first success.\n\n' +
    'A geometric rv $X \\sim Geom(p)$ consists of independent trials.\n\n' +
    'The geometric rv is the distribution of the number of trials needed to get the first success in repeated Bernoulli trials.\n\n' +
    `$${pmf}$\n`;

  it('P(X=x) = (1-p)^{x-1}p (counting trials) is not failed', async () => {
    expect(await verdictOf(note('P(X=x)=(1-p)^{x-1}p'), 'P(X=x)')).not.toBe('fails');
  });

  it('near miss: P(X=x) = (1-p)^{x+1}p, wrong under both counts, still fails', async () => {
    expect(await verdictOf(note('P(X=x)=(1-p)^{x+1}p'), 'P(X=x)')).toBe('fails');
  });
});
