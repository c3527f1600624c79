/**
 * A seventh round of public notes the checker had never seen — statistics and probability,
 * linear algebra, calculus, information theory and Chinese study notes (the repositories are
 * named by each case): formulas it failed although their authors were right, each beside a
 * variant that is really wrong and still fails.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);
/** The verdict of each formula of a note. */
const noteVerdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a function written without brackets before · or × is read both ways (functionArgumentExtent.ts)', () => {
  // dmccreary/calculus, docs/chapters/09-product-quotient-transcendental-derivatives/index.md: d/dx cos x from its limit.
  it('\\cos x \\cdot 0 - \\sin x \\cdot 1 = -\\sin x is not failed as cos(x·0) − sin(x·1)', async () => {
    expect(await verdicts('\\cos x \\cdot 0 - \\sin x \\cdot 1 = -\\sin x')).not.toContain('fails');
    // The same chapter: sin x / csc x rewritten with 1/csc x.
    expect(await verdicts('\\frac{\\sin x}{\\csc x} = \\sin x \\cdot \\frac{1}{\\csc x}')).not.toContain('fails');
  });

  // gavinkao98/Calculus_handout, CONTENT_ROADMAP.md: the limit behind the derivative of sin.
  it('\\lim_{\\theta \\to 0} \\sin \\theta / \\theta = 1 is not failed as sin(θ/θ) = sin 1', async () => {
    expect(await verdicts('\\lim_{\\theta \\to 0} \\sin \\theta / \\theta = 1')).not.toContain('fails');
  });

  it('a value wrong in both readings fails: \\sin 2 \\cdot 3 = 5 (sin(6) or sin(2)·3)', async () => {
    expect(await verdicts('\\sin 2 \\cdot 3 = 5')).toEqual(['fails']);
  });

  // The same chapter, the product rule on ln x · tan x: it holds as the engine reads both sides, and so it holds.
  it('a claim that holds as written keeps holding: \\ln x \\cdot \\sec^2 x against \\ln x \\sec^2 x', async () => {
    expect(await verdicts('\\frac{1}{x} \\cdot \\tan x + \\ln x \\cdot \\sec^2 x = \\frac{\\tan x}{x} + \\ln x \\sec^2 x')).toEqual(['holds']);
  });

  it('a claim wrong in both readings still fails, and sin 2x keeps its one reading', async () => {
    expect(await verdicts('\\cos x \\cdot 0 - \\sin x \\cdot 1 = \\sin x')).toEqual(['fails']);
    expect(await verdicts('\\sin 2x = 2 \\sin x')).toEqual(['fails']);
  });
});

describe('a coefficient of π under ≈ is rounded as a bare number is (roundedMultiple.ts)', () => {
  // TUDelft-PRIME-Books/Linear-Algebra, Chapter9/DynSystDiscrete.md: a spiral closing its loop in about 11 steps.
  it('11\\cdot0.1808\\pi = 1.9888\\pi \\approx 2\\pi holds', async () => {
    expect(await verdicts('11\\cdot0.1808\\pi = 1.9888\\pi \\approx 2\\pi')).toEqual(['holds', 'holds']);
  });

  it('≈ 2.5π, which 1.9888 does not round to, still fails', async () => {
    expect(await verdicts('1.9888\\pi \\approx 2.5\\pi')).toEqual(['fails']);
  });
});

describe('p and q of a trial are read with q = 1 − p (complementProbability.ts)', () => {
  // major-second/104-public-knowledge-base, stats/all-of-stat/9-parametric/fisher-information.md: a coin's Fisher information.
  it('q/q^2+p/p^2=\\frac{1}{pq} is not failed', async () => {
    expect(await verdicts('q/q^2+p/p^2=\\frac{1}{pq}')).toEqual(['none']);
  });

  it('q/q^2+p/p^2=\\frac{2}{pq}, wrong with q = 1 − p too, still fails', async () => {
    expect(await verdicts('q/q^2+p/p^2=\\frac{2}{pq}')).toEqual(['fails']);
  });
});

describe('dots with a number after them elide factors (preprocess.ts)', () => {
  // a-little-bear/University-Linear-Algebra, docs/part7/ch56-pfaffian.md: the Pfaffian of the standard symplectic matrix.
  it('1 \\cdot 1 \\cdots 1 = 1 is not read as 1 · 11', async () => {
    expect(await verdicts('1 \\cdot 1 \\cdots 1 = 1')).not.toContain('fails');
  });

  it('digits that trail off are still read as written: 3.14159\\dots = 2.7 fails', async () => {
    expect(await verdicts('3.14159\\dots = 2.7')).toEqual(['fails']);
  });
});

describe('the note around a formula (namesCalledElsewhere.ts, modularContext.ts, proseAfter.ts, equationToSolve.ts)', () => {
  // major-second/104-public-knowledge-base, algorithm/kmp.md: the prefix function π of KMP.
  it('π applied to a letter elsewhere makes \\pi(12) a value of that function', async () => {
    expect(await noteVerdicts('考察$\\pi(j)=2$，所以要考察2号位\n\n也就是$\\pi(12) = 2+1 = 3$\n')).not.toContain('fails');
    // With no π(j) in the note π is the number, and π·12 = 3 fails.
    expect(await noteVerdicts('也就是$\\pi(12) = 2+1 = 3$\n')).toContain('fails');
  });

  // a-little-bear/University-Linear-Algebra, docs/part4/ch24-matrix-manifolds.en.md: a curve through Q.
  it('Q(0) = Q after \\gamma(t) = Q(t) is a curve at t = 0, not Q · 0', async () => {
    expect(await noteVerdicts('Let $\\gamma(t) = Q(t)$ be a curve on the manifold with $Q(0) = Q$.\n')).not.toContain('fails');
    // A note that never applies Q to a letter reads Q(0) as Q · 0, and that fails.
    expect(await noteVerdicts('With the number $Q$, $Q(0) = Q$.\n')).toContain('fails');
  });

  // a-little-bear/University-Linear-Algebra, docs/part7/ch52-finite-fields.en.md: the inverse of 2 in GF(5).
  it('2^{-1} = 3 holds modulo 5 where the text solves 2x ≡ 1 (mod 5); 2^{-1} = 4 does not', async () => {
    const note = (claimed: string) => `**Solve $2x \\equiv 1 \\pmod 5$:**\n1. $2 \\times 3 = 6 \\equiv 1 \\pmod 5$.\n**Conclusion**: $2^{-1} = ${claimed}$.\n`;
    expect(await noteVerdicts(note('3'))).not.toContain('fails');
    expect(await noteVerdicts(note('4'))).toContain('fails');
  });

  // major-second/104-public-knowledge-base, math-olympiad/boolean-arithmetics.md: parity as arithmetic modulo 2.
  it('1+1=0 in a sentence on parity (奇偶) holds modulo 2; 1+1=3 fails there still', async () => {
    expect(await noteVerdicts('- 两个等价类0和1，简洁语言考察奇偶性\n- $1+1=0$表示两个奇数相加等于偶数\n')).not.toContain('fails');
    expect(await noteVerdicts('- 两个等价类0和1，简洁语言考察奇偶性\n- $1+1=3$表示两个奇数相加\n')).toContain('fails');
  });

  // boonware/notes, docs/statistics/z_test.md: the test statistic against the critical value.
  it('-1.33 \\le -1.96 \\implies \\text{false} shows the comparison false; without ⟹ false it fails', async () => {
    expect(await noteVerdicts('We perform the following check:\n\n$$\n-1.33 \\le -1.96 \\implies \\text{false}\n$$\n')).not.toContain('fails');
    expect(await noteVerdicts('We perform the following check:\n\n$$\n-1.33 \\le -1.96\n$$\n')).toContain('fails');
  });

  // dmccreary/calculus, docs/chapters/19-optimization/index.md: a critical point of a can's surface.
  it('an equation after "Set S\'(r) = 0:" is one to solve; the same line after plain prose fails', async () => {
    expect(await noteVerdicts("**Find critical points:**\n\nSet $S'(r) = 0$:\n\n$4\\pi r = \\frac{2000}{r^2}$\n")).not.toContain('fails');
    expect(await noteVerdicts('The surface grows as\n\n$4\\pi r = \\frac{2000}{r^2}$\n')).toContain('fails');
  });

  // major-second/104-public-knowledge-base, quant-interview/a-practical-guide/2-brain-teasers.md: the Kelly fraction.
  it('要求 sets up an equation to solve', async () => {
    expect(await noteVerdicts('所以最大，要求$\\frac{.8}{1+.8x}=\\frac{.5}{1-.5x},x=\\frac 38$\n')).not.toContain('fails');
    expect(await noteVerdicts('令 $\\frac{.8}{1+.8x}=\\frac{.5}{1-.5x}$，解出 x\n')).not.toContain('fails');
  });

  // 令 lets a name have a value earlier in the paragraph (test/corpus/notes/ai-system-textbook.md); 命令 is "command".
  it('令 or 要求 away from the formula, or inside another word, sets up nothing', async () => {
    const wrong = '$(x+y)^2 = x^2 + y^2$';
    expect(await noteVerdicts('令学习率 $\\eta=0.1$，则有 ' + wrong + '\n')).toContain('fails');
    expect(await noteVerdicts('命令型プログラミングでは ' + wrong + '\n')).toContain('fails');
    expect(await noteVerdicts('入力サイズを要求する。したがって ' + wrong + '\n')).toContain('fails');
  });
});

describe('vectors crossed and E as the expectation (vectorsAndOperators.ts)', () => {
  // dmccreary/linear-algebra, docs/chapters/01-vectors-and-vector-spaces/index.md: properties of the cross product.
  it('\\mathbf{u} \\times \\mathbf{v} = -(\\mathbf{v} \\times \\mathbf{u}) is anti-commutativity, not failed', async () => {
    expect(await noteVerdicts('- **Anti-commutative:** $\\mathbf{u} \\times \\mathbf{v} = -(\\mathbf{v} \\times \\mathbf{u})$\n')).not.toContain('fails');
  });

  it('the dot product is no cross product: \\mathbf{u} \\cdot \\mathbf{v} = -(\\mathbf{v} \\cdot \\mathbf{u}) still fails', async () => {
    expect(await noteVerdicts('- $\\mathbf{u} \\cdot \\mathbf{v} = -(\\mathbf{v} \\cdot \\mathbf{u})$\n')).toContain('fails');
  });

  // PrideLee/Machine-Learning-Notes, Introduction to Information Retrieval (Chapter 14), the bias-variance split.
  it('a chain written with E[…] does not fail as E times x', async () => {
    const chain = 'E[x-\\alpha]=Ex^2-2Ex\\alpha+\\alpha^2=(Ex)^2-2Ex\\alpha+\\alpha^2+Ex^2-2(Ex)^2+(Ex)^2=[Ex-\\alpha]^2+Ex^2-E2x(Ex)+E(Ex)^2';
    expect(await noteVerdicts(`Besides,\n\n$$\n${chain}\n$$\n`)).not.toContain('fails');
  });

  it('an E(…) formula whose failing claim does not sample E still fails', async () => {
    // akkefa/ml-notes (corpus): the Poisson second moment written with a wrong exponent e.
    const wrong = 'E\\left(X^{2}\\right)=\\sum_{k=0}^{\\infty} k^{2} \\frac{\\lambda^{k}}{k !} e^{-\\lambda}=\\lambda(\\lambda+1)^{e}';
    expect(await noteVerdicts(`$${wrong}$\n`)).toContain('fails');
  });
});

describe('a computation carried on and a count written as a shape (runningComputation.ts, writtenShape.ts)', () => {
  // djeada/Numerical-Methods, notes/9_cryptography/checksum.md: the Luhn check doubles and subtracts 9.
  it('8 \\times 2 = 16 - 9 = 7 is 8 × 2 = 16, then 16 − 9 = 7', async () => {
    expect(await noteVerdicts('| 4 | 8 | Double: $8 \\times 2 = 16 - 9 = 7$ | 7 |\n')).not.toContain('fails');
    expect(await noteVerdicts('| 4 | 8 | Double: $8 \\times 2 = 15 - 9 = 6$ | 6 |\n')).toContain('fails');
  });

  // dmccreary/linear-algebra, docs/sims/convolution-operation/index.md: the output of a 3×3 kernel on a 7×7 input.
  it('(7 - 3 + 0) / 1 + 1 = 5×5 is an output of five by five; = 6×6 still fails', async () => {
    expect(await noteVerdicts('- Output size: $(7 - 3 + 0) / 1 + 1 = 5×5$\n')).not.toContain('fails');
    expect(await noteVerdicts('- Output size: $(7 - 3 + 0) / 1 + 1 = 6×6$\n')).toContain('fails');
  });
});

describe('a left side cut off by the delimiter, a contradiction reached (operatorBeforeFormula.ts, proseAfter.ts)', () => {
  // PrideLee/Machine-Learning-Notes, Problem Solving with Algorithms and Data Structures Using Python (Chapter 8): 15 % 7 = 1.
  it('$7=1$ right after a % glued to the delimiter is the end of 15 % 7 = 1', async () => {
    expect(await noteVerdicts('例如，$x=3,m=7,a=5,3\\times 5=15,15$%$7=1$，所以5是3关于模7的逆元。\n')).not.toContain('fails');
  });

  it('a formula after a % and a space is judged as written: 15 % $2+2=5$ fails', async () => {
    expect(await noteVerdicts('例如 15 % $2+2=5$ 吧。\n')).toContain('fails');
  });

  // a-little-bear/University-Linear-Algebra, docs/part1/ch01-linear-equations.md: x+y=1 and x+y=2 have no solution.
  it('1 = x+y = 2 followed by 产生矛盾 is the contradiction a proof reaches', async () => {
    const note = (after: string) => `**1. [判定] 判定方程组 $x+y=1, x+y=2$ 是否有解。**\n\n2. 若系统有解 $(x, y)$，则必有 $1 = x+y = 2$，即 $1=2$，${after}\n`;
    expect(await noteVerdicts(note('产生矛盾。'))).not.toContain('fails');
    expect(await noteVerdicts(note('所以有解。'))).toContain('fails');
  });
});

describe('a supposition and a comparison with its left side in prose (hypothesisBefore.ts, operatorBeforeFormula.ts)', () => {
  // a-little-bear/University-Linear-Algebra, docs/part4/ch23-random-matrices.en.md: exercise 6 set p = n = 1000, exercise 8 supposes p/n = 0.25.
  const exercises = (opening: string) => `6. Here $p=1000, n=1000 \\implies \\gamma = 1$.\n\n**8. [Calculation]** ${opening} $p/n = 0.25$, find the support interval.\n`;

  it('"If $p/n = 0.25$" gives p and n new values; "Then $p/n = 0.25$" contradicts the old ones and fails', async () => {
    expect(await noteVerdicts(exercises('If'))).not.toContain('fails');
    // In the same exercise: after the **8.** marker, exercise 6's p and n are another problem's (workedExample.ts).
    const sameExercise = `6. Here $p=1000, n=1000 \\implies \\gamma = 1$.\n\nThen $p/n = 0.25$, find the support interval.\n`;
    expect(await noteVerdicts(sameExercise)).toContain('fails');
    expect(await noteVerdicts(exercises('Then'))).not.toContain('holds');
  });

  it('a supposition between numbers alone is judged: If $2 + 2 = 5$ fails', async () => {
    expect(await noteVerdicts('If $2 + 2 = 5$, then anything follows.\n')).toContain('fails');
  });

  // major-second/104-public-knowledge-base, quant-mid-low-freq/factor-models/CAPM.md: β against 1.
  it('$>1, <1, =1$ compares something named in the prose', async () => {
    expect(await noteVerdicts('- The comparison between $\\beta_i$ and 1\n  - $>1, <1, =1$ meanings...\n')).not.toContain('fails');
  });
});
