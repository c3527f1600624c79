import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { slashDerivatives, operatorsSetAsText } from '../../src/core/formula/read/notationWrappers';
import { blankOuterParentheses } from '../../src/core/formula/split';

/** The verdict of each formula of the note, in order. */
const verdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);
/** The verdict of the formula whose source contains `piece`. */
const verdictOf = async (note: string, piece: string) => {
  const report = (await judgeNote(note)).find((r) => r.source.includes(piece));
  if (!report) throw new Error(`no formula with ${piece}`);
  return report.verdict;
};

/** peterroelants/peterroelants.github.io (logistic classification with cross-entropy), the sentence after the loss. */
const ASIDES =
  'Which in the case of $t_i=1$ is $0$ if $y_i=1$ $(-\\log(1)=0)$ and goes to infinity as $y_i \\rightarrow 0$ ' +
  '$(\\underset{y \\rightarrow 0}{\\text{lim}}{(-\\log(y))} = +\\infty)$. The reverse effect is happening if $t_i=0$.\n';

describe('a statement in parentheses is the statement (split.ts blankOuterParentheses)', () => {
  it('reads the aside of peterroelants-blog as the plain claims', async () => {
    expect(await verdictOf(ASIDES, '-\\log(1)=0')).toBe('holds');
    expect(await verdictOf(ASIDES, 'underset')).toBe('holds');
  });

  it('refutes a planted slip inside the parentheses', async () => {
    expect(await verdictOf(ASIDES.replace('-\\log(1)=0', '-\\log(1)=1'), '-\\log(1)=1')).toBe('fails');
    expect(await verdictOf('The sum $\\left( 2 + 2 = 5 \\right)$ is off.\n', '2 + 2')).toBe('fails');
  });

  it('never calls the limit on the wrong value "holds"', async () => {
    expect(await verdictOf(ASIDES.replace('= +\\infty', '= 0'), 'underset')).not.toBe('holds');
  });

  it('leaves tuples, lists of bindings and brackets that close early as written', () => {
    for (const kept of ['(1, 2)', '(a = 1, b = 2)', '(a+b)=(c+d)', '(a+b)=c', '(x_1, x_2) = (0.14, 0.14)', '(k=1,2,\\ldots,K)']) {
      expect(blankOuterParentheses(kept)).toBe(kept);
    }
    expect(blankOuterParentheses('(-\\log(1)=0)')).toBe(' -\\log(1)=0 ');
    expect(blankOuterParentheses('\\left(a \\ne 0\\right)')).toBe('      a \\ne 0       ');
  });

  it('a condition in parentheses stays undecided (ActuarialNotes, EricWiener/ai-notes)', async () => {
    expect(await verdicts('The density is $2x$ on $(0 < x < 1)$ and the case $(l > 1)$.\n')).toEqual(['none', 'none', 'none']);
  });
});

describe('a slash between two partials is the derivative fraction (notationWrappers.ts slashDerivatives)', () => {
  it('reads the sigmoid derivative of peterroelants-blog as written with \\frac', async () => {
    const note = 'The logistic function $y = \\frac{1}{1+e^{-z}}$ has the derivative ${\\partial y}/{\\partial z} = y (1-y)$.\n';
    expect(await verdictOf(note, '/')).toBe('holds');
    // A planted slip, the factor (1 + y): never "holds"; undecided, as the \frac form is (y may be another function of z).
    expect(await verdictOf(note.replace('y (1-y)$', 'y (1+y)$'), '/')).toBe('none');
  });

  it('reads the gates of thisisRMak/cs231n-notes (Lecture4.md)', async () => {
    const add = '- **Add gate**: gradient distributor\n  - $z=x+y$\n  - Local gradients\n    - $\\partial z / \\partial x = 1$\n    - $\\partial z / \\partial y = 1$\n';
    expect(await verdicts(add)).toEqual(['none', 'holds', 'holds']);
    const mul = '- **Mul gate**: swap multiplier\n  - $z=x \\cdot y$\n  - Local gradients\n    - $\\partial z / \\partial x = y$\n    - $\\partial z / \\partial y = x$\n';
    expect(await verdicts(mul)).toEqual(['none', 'holds', 'holds']);
    // Planted: the add gate's local gradient written as the mul gate's.
    expect(await verdicts(add.replace('\\partial z / \\partial x = 1', '\\partial z / \\partial x = y'))).toEqual(['none', 'fails', 'holds']);
  });

  it('reads the linear map of Samppii/cs229 (PS1 Problem 5) at a defined u', async () => {
    expect(await verdictOf('With $u = 3\\theta - y$, and using $\\partial u/\\partial\\theta = 3$:\n', '/')).toBe('holds');
  });

  it('rewrites only the two partials, and nothing a product after them could regroup', () => {
    expect(slashDerivatives('{\\partial \\xi}/{\\partial z_i} = y_i - t_i')).toBe('\\frac{\\partial \\xi}{\\partial z_i} = y_i - t_i');
    expect(slashDerivatives('\\partial^2\\Psi/\\partial z^2')).toBe('\\frac{\\partial^2 \\Psi}{\\partial z^2}');
    expect(slashDerivatives('{dy}/{dx} = 2x')).toBe('\\frac{d y}{d x} = 2x');
    // Unchanged: a product after the quotient (`\\partial L/\\partial w\\, x`), a bold name, mixed kinds, a third slash term.
    for (const kept of ['\\partial L/\\partial w x = 1', '\\partial\\mathbf{y}/\\partial\\theta', '{\\partial y}/{dx} = 1', 'a/\\partial L/\\partial w', 'dy/dx = 2x']) {
      expect(slashDerivatives(kept)).toBe(kept);
    }
  });
});

describe('a limit or an arg-extremum set as text is the operator (notationWrappers.ts operatorsSetAsText)', () => {
  it('walks \\underset{…}{\\lim} (mchen2001/Computational-Optimization-Notes) and \\underset{…}{lim} (Egjfour/dsti-course-notes)', async () => {
    expect(await verdicts('$$\\underset{x \\to \\infty}{\\lim} e^{-x}=0$$\n')).toEqual(['holds']);
    expect(await verdicts('$$\\underset{n\\to\\infty}{lim}\\dfrac{n}{n+1} = 1$$\n')).toEqual(['holds']);
    // Planted: the limit of n/(n+1) is 1, not 2.
    expect(await verdicts('$$\\underset{n\\to\\infty}{lim}\\dfrac{n}{n+1} = 2$$\n')).toEqual(['fails']);
  });

  it('reads \\text{lim}_{…} and \\mathrm{lim}_{…}', async () => {
    expect(await verdicts('$\\text{lim}_{x\\to0} \\frac{e^x - 1}{x} = 1$ and $\\mathrm{lim}_{x \\to \\infty} \\frac{1}{x} = 0$\n')).toEqual(['holds', 'holds']);
  });

  it('spells the operators canonically', () => {
    expect(operatorsSetAsText('\\underset{y \\rightarrow 0}{\\text{lim}}{(-\\log(y))}')).toBe('\\lim_{y \\rightarrow 0} {(-\\log(y))}');
    expect(operatorsSetAsText('\\underset{\\theta}{\\text{argmax}}\\; \\mathcal{L}')).toBe('\\operatorname*{argmax}_{\\theta} \\; \\mathcal{L}');
    expect(operatorsSetAsText('\\underset{\\theta}{\\arg\\max} f')).toBe('\\operatorname*{argmax}_{\\theta}  f');
    expect(operatorsSetAsText('\\text{limit} = 3')).toBe('\\text{limit} = 3');
  });
});

describe('a limit at the edge of the body\'s domain is walked from inside it (limitWalks.ts)', () => {
  it('holds from the side where the body has values, and never fails so', async () => {
    expect(await verdicts('$$\\lim_{x \\to 0} x \\ln x = 0$$\n')).toEqual(['holds']);
    expect(await verdicts('$$\\lim_{x \\to 0} x \\ln x = 1$$\n')).toEqual(['none']);
    // A root may lose its values on one side to the evaluator alone: not read one-sided.
    expect(await verdicts('$$\\lim_{x \\to 0} \\frac{x^{1/3}}{|x|^{1/3}} = 1$$\n')).not.toContain('holds');
  });
});

describe('function names typed as words (preprocess.ts, partials.ts BARE_FUNCTION)', () => {
  // jyroy/llm-learning, the numerically stable log-softmax.
  const LOG_SOFTMAX = '$$\nlogsoftmax(z_i) = log{\\frac{e^{z_i - max(z)}}{\\sum_j{e^{z_j - max(z)}}}} = (z_i - max(z)) - log(\\sum_j{e^{z_j - max(z)}})\n$$\n';

  it('checks the log-softmax rewrite with max(z) and log{…} as the functions', async () => {
    const [report] = await judgeNote(LOG_SOFTMAX);
    expect(report!.claims.map((c) => c.verdict)).toEqual(['none', 'holds']);
  });

  it('never refutes on such a reading: the letters might be a product', async () => {
    const slip = LOG_SOFTMAX.replace('= (z_i - max(z)) -', '= (z_i + max(z)) -');
    const [report] = await judgeNote(slip);
    expect(report!.claims.map((c) => c.verdict)).not.toContain('holds');
    expect(report!.claims.map((c) => c.verdict)).not.toContain('fails');
  });
});

describe('a display opening with = continues a display that is one bare expression (continuedFormulas.ts)', () => {
  it('joins the rows of ActuarialNotes/Actuarial-Notes-Wiki (Concepts_Payable Continuously.md)', async () => {
    const note = 'The present value of a continuous $n$-year annuity is denoted $\\bar{a}_{\\overline{n}|}$:\n\n> $$\\bar{a}_{\\overline{n}|} = \\int_0^n e^{-\\delta t}\\,dt$$\n\n> $$= \\frac{1-e^{-\\delta n}}{\\delta}$$\n';
    // The inline `$n$`, the definition, and the row it continues.
    expect(await verdicts(note)).toEqual(['none', 'none', 'none', 'holds']);
  });

  it('joins a bare expression and the rows after it (SherryS997/BS-Degree-Course-Notes style)', async () => {
    const note = '$$ (a+b)^2 $$\n\n$$ = a^2 + 2ab + b^2 $$\n\n$$ = (a+b)(b+a) $$\n';
    expect(await verdicts(note)).toEqual(['none', 'holds', 'holds']);
  });

  it('adds no fail after a bare expression: the row may continue something else', async () => {
    const note = '$$ (a+b)^2 $$\n\n$$ = a^2 + 3ab + b^2 $$\n';
    expect(await verdicts(note)).toEqual(['none', 'none']);
  });
});
