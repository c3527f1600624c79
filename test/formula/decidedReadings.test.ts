/**
 * Readings that let the checker decide claims a careful reader decides
 * (docs/readings/): each on the real formula it came from and
 * on variants, including ones that must stay undecided or fail. Values checked
 * with python3 (math.exp).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('\\exp(…) applied to a group is no free variable', () => {
  it('a value computed with \\exp and a number bound earlier holds (t81-558)', async () => {
    // exp(0.9) / 5.173 = 0.475469…
    expect(await verdicts('$$ s = 5.173 $$\n\n$$ \\exp(0.9)/s = 0.4755 $$\n')).toEqual(['none', 'holds']);
  });

  it('a wrong value with a bound number stays undecided: a bound number may confirm, never refute', async () => {
    expect(await verdicts('$$ s = 5.173 $$\n\n$$ \\exp(0.9)/s = 0.52 $$\n')).toEqual(['none', 'none']);
  });
});

describe('\\exp(…) of an expression in an identity', () => {
  it.each([
    ['\\exp(x)\\exp(y) = \\exp(x+y)'],
    ['\\exp(2x) = \\exp(x)^2'],
    ['\\phi^{y}(1-\\phi)^{1-y} = \\exp\\Big(y\\log\\phi + (1-y)\\log(1-\\phi)\\Big)'], // samppii-cs229-notes, the Bernoulli in exponential-family form
  ])('%s holds', async (latex) => {
    expect((await judgeFormula(latex)).verdict).toBe('holds');
  });
  it('a wrong one fails at a point both sides give: exp(1.1973)·exp(0.7875) = 7.2776, exp(1.1973·0.7875) = 2.5673', async () => {
    const report = await judgeFormula('\\exp(x)\\exp(y) = \\exp(xy)');
    expect(report.verdict).toBe('fails');
    const c = report.claims[0]!.identity!.counterexample!;
    expect(c.left).toBeCloseTo(Math.exp(c.at.x!) * Math.exp(c.at.y!), 9);
    expect(c.right).toBeCloseTo(Math.exp(c.at.x! * c.at.y!), 9);
  });
});

describe('a formula opening with = continues the display formula before it', () => {
  it('the Poisson pmf rewritten with exp (samppii-cs229-notes)', async () => {
    const note = '$$p(y;\\lambda) = \\frac{e^{-\\lambda}\\lambda^{y}}{y!}$$\n\nBernoulli route: $= \\frac{1}{y!}\\exp(y\\log\\lambda - \\lambda)$. Read off\n';
    const reports = await judgeNote(note);
    expect(reports.map((r) => r.verdict)).toEqual(['none', 'holds']);
    expect(reports[1]!.claims[0]!.reading).toContain('continuing the formula on line 1');
  });
  it('a wrong step is not added, nor called a failure: the = may continue something the prose did', async () => {
    expect((await verdicts('$$g(x) = (x+1)^2$$\n\n$$= x^2 + 3x + 1$$\n')).at(-1)).toBe('none');
  });
  it('only within the section, and only after an = chain', async () => {
    expect((await verdicts('$$f(x) = (x+1)^2$$\n\n## next\n\n$$= x^2 + 2x + 1$$\n')).at(-1)).toBe('none');
    expect((await verdicts('$$f(x) \\le (x+1)^2$$\n\n$$= x^2 + 2x + 1$$\n')).at(-1)).toBe('none');
    expect((await verdicts('$$f(x) = (x+1)^2$$\n\n$$= x^2 + 2x + 1$$\n')).at(-1)).toBe('holds');
  });
});

describe('names bound to arrays earlier, used as the side\'s own scalars', () => {
  const bound = '$$\n\\bs{x}=\\begin{bmatrix}\n    0 \\\\\\\\\n    2\n\\end{bmatrix}\n$$\n\n';
  it('a quadratic form expanded after x was bound to a vector holds as an identity (deeplearningbook-notes)', async () => {
    const note = `${bound}$$\n2x_1^2 + (4+2)x_1x_2 + 5x_2^2\\\\\\\\=2x_1^2 + 6x_1x_2 + 5x_2^2\n$$\n`;
    expect((await verdicts(note)).at(-1)).toBe('holds');
  });
  it('an identity that fails at random points but holds at the bound entries is not refuted: (x_1 + x_2)^2 = x_1^2 + 2x_1x_2 + 2x_2 at x_2 = 2', async () => {
    expect((await verdicts(`${bound}$$\n(x_1 + x_2)^2 = x_1^2 + 2x_1 x_2 + 2x_2\n$$\n`)).at(-1)).toBe('none');
    expect((await verdicts(`${bound}$$\n(y_1 + y_2)^2 = y_1^2 + 2y_1 y_2 + 2y_2\n$$\n`)).at(-1)).toBe('fails'); // y was bound to nothing
  });
  it('a wrong expansion is not called holds', async () => {
    const note = `${bound}$$\n2x_1^2 + (4+2)x_1x_2 + 5x_2^2\\\\\\\\=2x_1^2 + 7x_1x_2 + 5x_2^2\n$$\n`;
    expect((await verdicts(note)).at(-1)).not.toBe('holds');
  });
});

describe('identities in matrix notation, checked with random matrices and vectors', () => {
  it.each([
    ['\\tfrac{1}{2}x^TAx = \\tfrac{1}{2}\\sum_i\\sum_j A_{ij}x_ix_j'], // samppii-cs229-notes
    ['b^Tx = \\sum_i b_ix_i'],
    ['(zz^T)^T = (z^T)^Tz^T'],
    ['x^T(zz^T)x = (x^Tz)(z^Tx)'],
    ['(x^Tz)(z^Tx) = (x^Tz)^2'],
    ['T\\Lambda T^{-1}T = T\\Lambda'],
    ['\\Tr(\\bs{ABC}) = \\Tr(\\bs{CAB})'], // deeplearningbook-notes, with its \\bs macro
    ['\\text{det}(A^{-1}) = \\text{det}(A)^{-1}'], // deepgenerativemodels-notes
    ['(AB)^T = B^TA^T'],
    ['\\sum_{i=1}^{n} b_i x_i = x^\\top b'],
  ])('%s holds', async (latex) => {
    const report = await judgeFormula(latex);
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.reading).toContain('matrices');
  });

  it.each([
    ['(AB)^T = A^TB^T'], // the classic slip: wrong order
    ['\\Tr(\\bs{ABC}) = \\Tr(\\bs{ACB})'], // the trace is invariant under cyclic shifts only
    ['Ax + A^Tx = 2Ax'], // true only for a symmetric A, which the prose must say
    ['x^T(zz^T)x = (x^Tz)^3'],
  ])('%s is never called holds, nor fails: a matrix with a property stated in prose may make it true', async (latex) => {
    expect((await judgeFormula(latex)).verdict).toBe('none');
  });

  it('scalar claims are left to the scalar reading', async () => {
    expect((await judgeFormula('YZ = \\sqrt{8N}')).verdict).toBe('none');
    expect((await judgeFormula('2 \\cdot L \\cdot N = 2 \\cdot 64 \\cdot 4096')).verdict).toBe('none');
  });
});

describe('matrix properties the prose states', () => {
  it('"Since A is symmetric" lets Ax + A^Tx = 2Ax hold (samppii-cs229-notes)', async () => {
    const reports = await judgeNote('Since $A$ is symmetric ($A^T = A$), this is $Ax + A^Tx = 2Ax$.\n');
    expect(reports.map((r) => r.verdict)).toEqual(['none', 'none', 'holds']); // $A$, then the assumption itself: no claims
    expect(reports[2]!.claims[0]!.reading).toContain('A symmetric');
  });

  it('an orthogonal U stated in the heading and by U^TU = I confirms UΛU^TU = UΛ', async () => {
    const note = '### 3(b) - $A$ symmetric, $U$ orthogonal\n\nMultiply by $U$ on the right, using $U^TU = I$:\n\n$$AU = U\\Lambda U^TU = U\\Lambda$$\n';
    expect((await judgeNote(note)).at(-1)!.verdict).toBe('holds');
  });

  it('without the prose, or under another heading, the claim stays undecided', async () => {
    expect((await judgeNote('Here $Ax + A^Tx = 2Ax$.\n')).at(-1)!.verdict).toBe('none');
    expect((await judgeNote('## a\n\n$A$ is symmetric.\n\n## b\n\nHere $Ax + A^Tx = 2Ax$.\n')).at(-1)!.verdict).toBe('none');
  });

  it('a product that merely contains A^T = A is no statement that A is symmetric', async () => {
    expect((await judgeNote('so $A = U\\Lambda U^T = U\\Lambda U^{-1}$; then $Ax + A^Tx = 2Ax$\n')).at(-1)!.verdict).toBe('none');
  });

  it('a wrong claim stays undecided with the property too', async () => {
    expect((await judgeNote('Since $A$ is symmetric, $Ax + A^Tx = 3Ax$.\n')).at(-1)!.verdict).toBe('none');
  });
});

describe('a name defined by an expression keeps its variables', () => {
  it('f = qz after q = 3 is still q times z where f is differentiated by q (ericwiener-ai-notes)', async () => {
    expect((await verdicts('$q = 3$\n\n$f = qz$\n\n$\\frac{\\partial f}{\\partial q}=z$\n')).at(-1)).toBe('holds');
  });
  it('and q is still 3 where f is used as a value', async () => {
    expect((await verdicts('$q = 3$\n\n$z = 2$\n\n$f = qz$\n\n$f + 1 = 7$\n')).at(-1)).toBe('holds');
  });
  it('a wrong derivative is not called holds', async () => {
    expect((await verdicts('$q = 3$\n\n$f = qz$\n\n$\\frac{\\partial f}{\\partial q}=q$\n')).at(-1)).not.toBe('holds');
  });
});

describe('an identity at a point the note stated', () => {
  it("g'(z) = g(z)(1 - g(z)) after 'crosses 0.5 at z = 0' holds for every z, so at 0 too (samppii-cs229-notes)", async () => {
    const note = '$$g(z) = \\frac{1}{1 + e^{-z}}$$\n\n- crosses $0.5$ at $z = 0$\n- property: $g\'(z) = g(z)\\left(1 - g(z)\\right)$.\n';
    expect((await verdicts(note)).at(-1)).toBe('holds');
    const wrong = note.replace('(1 - g(z)', '(1 + g(z)');
    expect((await verdicts(wrong)).at(-1)).toBe('none');
  });
});

describe('the function the sentence before a formula names', () => {
  const defined = '$$ \\phi(x) = \\frac{1}{1 + e^{-x}} $$\n\n$$ \\phi(x) = \\tanh(x) $$\n\n';
  it('"The derivative of the sigmoid function is given here:" makes φ the sigmoid, though φ was last the tanh (t81-558)', async () => {
    const reports = await judgeNote(`${defined}The derivative of the sigmoid function is given here:\n\n$$ \\phi'(x)=\\phi(x)(1-\\phi(x)) $$\n`);
    expect(reports.at(-1)!.verdict).toBe('holds');
    expect(reports.at(-1)!.claims[0]!.identity?.using).toEqual(['φ as the sigmoid the text before it names']);
  });
  it('a wrong derivative of the named function is not refuted either (the name may be reused)', async () => {
    expect((await verdicts(`${defined}The derivative of the sigmoid function is:\n\n$$ \\phi'(x)=\\phi(x)(1+\\phi(x)) $$\n`)).at(-1)).toBe('none');
  });
  it('the tanh named: 1 - tanh² is its derivative', async () => {
    expect((await verdicts("The derivative of tanh is:\n\n$$ g'(x) = 1 - g(x)^2 $$\n")).at(-1)).toBe('holds');
  });
  it('the note defining the very function the sentence names keeps its own definition, which refutes', async () => {
    const note = "The sigmoid $\\sigma(x) = \\frac{1}{1+e^{-x}}$ has derivative $\\sigma'(x) = \\sigma(x)(1+\\sigma(x))$.";
    const reports = await judgeNote(note);
    expect(reports.map((r) => r.verdict)).toEqual(['holds', 'fails']);
    expect(reports[1]!.claims[0]!.identity?.using).toEqual(['σ as defined earlier']);
    expect((await verdicts(note.replace('(1+', '(1-'))).at(-1)).toBe('holds');
  });
  it('written another way (\\exp, a fraction of exponentials) it is the same function', async () => {
    const note = "The logistic function $\\sigma(z) = \\frac{e^{z}}{1+\\exp(z)}$, so $\\sigma'(z) = \\sigma(z)^2$.";
    expect((await verdicts(note)).at(-1)).toBe('fails');
  });
  it('two activations named, or prose far away, name nothing', async () => {
    expect((await verdicts("Unlike tanh, the sigmoid has:\n\n$$ g'(x) = g(x)(1 - g(x)) $$\n")).at(-1)).toBe('none');
    expect((await verdicts(`The sigmoid.\n\n${'Unrelated prose. '.repeat(20)}\n\n$$ g'(x) = g(x)(1 - g(x)) $$\n`)).at(-1)).toBe('none');
  });
});

describe('a call raised to a power', () => {
  it('f(x)^2 is the call squared, not f times x squared', async () => {
    expect((await verdicts('$$f(x) = x + 1$$\n\n$$f(x)^2 = x^2 + 2x + 1$$\n')).at(-1)).toBe('holds');
    expect((await verdicts('$$f(x) = x + 1$$\n\n$$f(x)^2 = x^2 + 1$$\n')).at(-1)).toBe('fails'); // at x = 1: 4 vs 2
  });
});

describe('function names typed without a backslash', () => {
  it.each([
    ['sigmoid(x) = \\frac {1} {(1+ \\exp^{-x})}'], // ashishpatel26-ml-notes: \\exp^{-x} is e^{-x}
    ['tanh(x) = \\frac{\\exp^x - \\exp^{-x}}{\\exp^x + \\exp^{-x}}'],
    ['exp(x) \\cdot exp(y) = exp(x + y)'],
  ])('%s holds', async (latex) => {
    expect((await judgeFormula(latex)).verdict).toBe('holds');
  });
  it('cos(45) in a note working in degrees is cos 45° (deeplearningbook-notes)', async () => {
    const report = await judgeFormula('2\\times\\sqrt{8}\\times cos(45)=4');
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.reading).toContain('degrees');
  });
  it('a word that merely contains a name is not it: costs(x), basin(x)', async () => {
    expect((await judgeFormula('costs(2) = 5')).verdict).toBe('none');
  });
  it('a wrong tanh written so is not called holds (a name typed as a word may confirm, not refute)', async () => {
    expect((await judgeFormula('tanh(x) = \\frac{\\exp^x + \\exp^{-x}}{\\exp^x - \\exp^{-x}}')).verdict).toBe('none'); // coth
  });
});

describe('a definition restated in expanded form', () => {
  const first = '$$ S(\\beta_0, \\beta_1) = [\\beta_0 + \\beta_1 - 6]^2 + [\\beta_0 + 2\\beta_1 - 5]^2 $$\n\n';
  it('S expanded (ml-foundations, brackets as parentheses): (b0+b1-6)² + (b0+2b1-5)² = 2b0² + 5b1² + 6b0b1 - 22b0 - 32b1 + 61', async () => {
    const note = `${first}$$ S(\\beta_0, \\beta_1) = 2\\beta_0^2 + 5\\beta_1^2 + 6\\beta_0\\beta_1 - 22\\beta_0 - 32\\beta_1 + 61 $$\n`;
    expect(await verdicts(note)).toEqual(['none', 'holds']);
  });
  it('a different body is a new definition, neither holds nor fails (names get reused)', async () => {
    const note = `${first}$$ S(\\beta_0, \\beta_1) = 2\\beta_0^2 + 5\\beta_1^2 $$\n`;
    expect(await verdicts(note)).toEqual(['none', 'none']);
  });
  it('brackets after a name, around a comma or before a transpose stay what they were', async () => {
    expect((await judgeFormula('[2+3]^2 = 25')).verdict).toBe('holds');
    expect((await judgeFormula('E[X]^2 = 4')).verdict).toBe('none');
  });
});

describe('names of several letters the note gives values to', () => {
  const sum = '$$ sum=\\exp(0.9)+\\exp(0.2)+\\exp(0.4)=5.17283056695839 $$\n';
  it('sum = … binds sum for the formulas after it (t81-558): exp(0.9)/5.17283 = 0.4754849553', async () => {
    expect(await verdicts(`${sum}$$ j_0= \\exp(0.9)/sum = 0.47548495534876745 $$\n`)).toEqual(['holds', 'holds']);
  });
  it('a wrong quotient with the bound word is not called holds', async () => {
    expect((await verdicts(`${sum}$$ j_0= \\exp(0.9)/sum = 0.52 $$\n`)).at(-1)).not.toBe('holds');
  });
  it('a longer run containing the word, or a word never given a value, stays letters', async () => {
    expect((await verdicts(`${sum}$$ summ = 2 \\cdot 3 $$\n`)).at(-1)).toBe('none');
    expect((await verdicts('$$ \\exp(0.9)/total = 0.4755 $$\n')).at(-1)).toBe('none');
  });
});

describe('an inline formula opening with = after a word', () => {
  it('"total $= 1$": the word is its left side, not the formula before', async () => {
    expect((await verdicts('$$a + b = 1$$\n\nFor these values the total $= 1$.\n')).at(-1)).toBe('none');
  });
});

describe('a signed number substituted into a power', () => {
  it('6×-0.4472136² + 4×-0.4472136×0.89442719 + 3×0.89442719² = 2 with x₁ = -0.447 (deeplearningbook-notes)', async () => {
    const report = await judgeFormula('6\\times -0.4472136^2 + 4\\times -0.4472136\\times 0.89442719 + 3 \\times 0.89442719^2 = 2');
    expect(report.verdict).toBe('holds');
    expect(report.claims[0]!.reading).toContain('(-b)^2');
  });
  it('a wrong value stays undecided (the precedence reading is possible too)', async () => {
    expect((await judgeFormula('6\\times -0.4472136^2 + 3 \\times 0.89442719^2 = 5')).verdict).toBe('none');
  });
});

describe('bold letters are vectors and matrices', () => {
  it('\\bs{b}\\alpha + \\bs{b}(1-\\alpha) = \\bs{b} (deeplearningbook-notes)', async () => {
    expect((await judgeFormula('\\bs{b}\\alpha + \\bs{b}(1-\\alpha) = \\bs{b}')).verdict).toBe('holds');
    expect((await judgeFormula('\\mathbf{x} + \\mathbf{y} = \\mathbf{y} + \\mathbf{x}')).verdict).toBe('holds');
    expect((await judgeFormula('\\bs{b}\\alpha + \\bs{b}(1-\\alpha) = 2\\bs{b}')).verdict).toBe('none');
  });
});

describe('derivatives by a name bound to an expression', () => {
  const chain = '$$a = \\sigma(z) = \\frac{1}{1 + e^{-z}}$$\n\n$$ L = -\\ln(a) $$\n\n';
  it('∂L/∂a = -1/a after L = -ln(a) and a = σ(z): a is the variable on both sides (akkefa-ml-notes)', async () => {
    expect((await verdicts(`${chain}$$\\frac{\\partial L}{\\partial a} = -\\frac{1}{a}$$\n`)).at(-1)).toBe('holds');
  });
  it('∂a/∂z = a(1 - a): a is σ(z) there', async () => {
    expect((await verdicts(`${chain}$$\\frac{\\partial a}{\\partial z} = a(1 - a)$$\n`)).at(-1)).toBe('holds');
  });
  it('wrong ones are not called holds', async () => {
    expect((await verdicts(`${chain}$$\\frac{\\partial L}{\\partial a} = \\frac{1}{a}$$\n`)).at(-1)).not.toBe('holds');
    expect((await verdicts(`${chain}$$\\frac{\\partial a}{\\partial z} = a(1 + a)$$\n`)).at(-1)).not.toBe('holds');
  });
  it('a(1 - a) is a product, not a function the sentence before names', async () => {
    expect((await verdicts(`${chain}The gradient of the sigmoid function with respect to its input is:\n\n$$\\frac{\\partial a}{\\partial z} = a(1 - a)$$\n`)).at(-1)).toBe('holds');
  });
});

describe('a known function set as text', () => {
  it('-\\text{log}\\frac{1}{1+\\text{exp}(-wx)} = \\text{log}(1+\\text{exp}(-wx)) holds: the log is no prose to drop (luweiagi/machine-learning-notes, a probe)', async () => {
    expect((await judgeFormula('-\\text{log}\\frac{1}{1+\\text{exp}(-wx)}=\\text{log}(1+\\text{exp}(-wx))')).verdict).toBe('holds');
    expect((await judgeFormula('-\\text{log}\\frac{1}{1+\\text{exp}(-wx)}=\\text{log}(1+\\text{exp}(wx))')).verdict).toBe('fails');
  });
});

describe('a derivative operator before a spacing command', () => {
  it('\\tfrac{d}{dx}\\!\\left(\\tfrac{1}{2}ax^2 + bx\\right) = ax + b (samppii-cs229-notes), a and b held constant', async () => {
    expect((await judgeFormula('\\tfrac{d}{dx}\\!\\left(\\tfrac{1}{2}ax^2 + bx\\right) = ax + b')).verdict).toBe('holds');
    expect((await judgeFormula('\\tfrac{d}{dx}\\!\\left(\\tfrac{1}{2}ax^2 + bx\\right) = 2ax + b')).verdict).not.toBe('holds');
  });
});
