import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

// Notations of probability and information theory that course notes write beside the textbook ones:
// log as a word, sample superscripts x^{(i)}, parameters after a semicolon, sums over x ∈ X,
// \min\{…\}, and E_p[·] without a letter written as drawn. Each is read by identity/probability/.
const verdictOf = async (latex: string) => (await judgeNote(`$$\n${latex}\n$$\n`)).at(-1)!.verdict;

describe('course-note spellings of probability notation (probabilityTokens.ts, modelParameters.ts)', () => {
  it.each([
    // newfacade/machine-learning-notes, 03_logistic_regression.ipynb: log as a word, E_p with x drawn implicitly.
    'H(p,q)=E_{p}\\left[-log\\ q(x)\\right] = -\\sum_{x}p(x)log\\ q(x)',
    // newfacade/machine-learning-notes, 13_EM.ipynb: the i-th example's x^{(i)}, parameters after a semicolon.
    'p(x^{(i)}, z^{(i)}) = p(x^{(i)}| z^{(i)})p(z^{(i)})',
    'p(x;\\theta) = \\sum_{z}p(x,z;\\theta)',
    'log\\,p(x;\\theta) = log\\sum_{z}p(x,z;\\theta)',
    '\\frac{p(x,z;\\theta)}{p(x;\\theta)} = p(z|x;\\theta)',
    // atlanswer/fund-info-theory, docs/course/ch1/index.md: set braces in \min, sums over x ∈ X.
    '\\begin{equation} 0\\leq I(X,Y)\\leq \\min\\{H(X),H(Y)\\} \\end{equation}',
    '\\begin{equation} H(X,Y)=-\\sum_{x\\in X}\\sum_{y\\in Y}P(x,y)\\log_2P(x,y) \\end{equation}',
    '-\\sum_{x\\in X}\\sum_{y\\in Y}P(x)P(y|x)\\log_2P(y|x) = -\\sum_{x\\in X}\\sum_{y\\in Y}P(x,y)\\log_2P(y|x)',
    // SunYufei/Machine-Learning-Notes, ML/Notes/01-base.ipynb: mutual information.
    'I(X;Y)=\\displaystyle\\sum_{x\\in X}\\sum_{y\\in Y}p(x,y)\\log\\frac{p(x,y)}{p(x)p(y)}',
    // atlanswer/fund-info-theory, docs/course/ch1/index.md: the conditional entropy as a mean over the values of X.
    '\\begin{equation} \\begin{split} H(Y|X) &= \\sum_{x\\in X}P(x)H(Y|X=x)\\\\ &= -\\sum_{x\\in X}\\sum_{y\\in Y}P(x)P(y|x)\\log_2P(y|x) \\\\ &= -\\sum_{x\\in X}\\sum_{y\\in Y}P(x,y)\\log_2P(y|x) \\end{split} \\end{equation}',
    'H(Y \\mid X) = \\sum_{x} p(x) H(Y \\mid X = x)',
    // BitbeyHub/machine-learning-notes, content/mathematics/statistics-and-information-theory/information-theory.md:
    // \text{log}, and a sum over pairs x, y.
    'H(X,Y)-H(X) = -\\sum_{x,y}p(x,y)\\text{log}\\ p(x,y)+\\sum_xp(x)\\text{log}\\ p(x)',
    'H(p,q)=\\sum_ip(i)\\text{log}\\frac{1}{q(i)}',
    'I(X;Y) = \\sum_{x,y} p(x,y) \\log \\frac{p(x,y)}{p(x)p(y)}',
    // Bayes with a sum over a primed letter in the denominator; the channel's mutual information.
    'p(z \\mid x) = \\frac{p(x \\mid z) p(z)}{\\sum_{z\'} p(x \\mid z\') p(z\')}',
    'I(X;Y) = \\sum_{x,y} p(x) p(y|x) \\log \\frac{p(y|x)}{\\sum_{x\'} p(x\') p(y|x\')}',
    "P(A') = 1 - P(A)",
  ])('%s holds', async (latex) => {
    expect(await verdictOf(latex)).toBe('holds');
  });

  it.each([
    // Really wrong: the weight of the cross entropy swapped, a factor of the product rule, a marginal of the wrong letter.
    'H(p,q)=E_{p}\\left[-log\\ q(x)\\right] = -\\sum_{x}q(x)log\\ p(x)',
    'p(x^{(i)}, z^{(i)}) = p(x^{(i)}| z^{(i)})p(x^{(i)})',
    'p(x;\\theta) = \\sum_{z}p(z;\\theta)',
    // atlanswer/fund-info-theory's own error: P(x|y) where P(x, y) belongs.
    '\\begin{equation} I(X,Y)=\\sum_{x\\in X}\\sum_{y\\in Y}P(x,y)\\log_2\\frac{P(x|y)}{P(x)P(y)} \\end{equation}',
    // The entropy without its weight p(x) (newfacade's error).
    'H(X) = -\\sum_{x \\in \\mathcal{X}}log\\ p(x)',
    '0\\leq I(X,Y)\\leq \\max\\{H(X),H(Y)\\} - H(X)',
    'I(X;Y) = \\sum_{x,y} p(x,y) \\log \\frac{p(x|y)}{p(x)p(y)}',
    'H(X,Y) = -\\sum_{x, y} p(x,y) \\text{log}\\ p(x)',
    'p(y|x) = \\frac{p(x|y)p(y)}{\\sum_{y\'} p(y\'|x)p(y\')}',
    // A probe note's slip: x' where p(x') belongs.
    "p(x|y) = \\frac{p(y|x) \\cdot p(x)}{p(y)} = \\frac{p(y|x) \\cdot p(x)}{\\sum_{x'}p(y|x') \\cdot x'}",
    // The weight dropped, the roles of X and Y swapped.
    'H(Y|X) = \\sum_{x} H(Y|X=x)',
    'H(X|Y) = \\sum_{x}P(x)H(Y|X=x)',
  ])('%s does not hold', async (latex) => {
    expect(await verdictOf(latex)).not.toBe('holds');
  });

  it.each([
    // Two members of a family (θ₁, θ₂) are not one distribution: the parameters are kept, and the claim is not read.
    'p(x;\\theta_1) = \\sum_{z}p(x,z;\\theta_2)',
    // x ∈ S is a set of the note's, not the values of a variable X.
    '\\sum_{x \\in S} P(x) = 1',
    // An E_p whose drawn letter is also a number outside it.
    '\\mathbb{E}_p[\\log q(x)] = x',
    // A condition on a value no sum gives: the author's x, unknown here.
    'H(Y|X=x) \\le H(Y)',
  ])('%s stays undecided', async (latex) => {
    expect(await verdictOf(latex)).toBe('none');
  });
});

describe('parameters after a semicolon (modelParameters.ts)', () => {
  it('drops one shared list from every call, and keeps lists that differ', async () => {
    const { withoutSharedParameters } = await import('../../src/core/formula/identity/probability/modelParameters');
    const split = (s: string) => s.split(' ');
    expect(withoutSharedParameters(split('p ( x ; \\theta )'), split('\\sum _ z p ( x , z ; \\theta )')).map((t) => t.join(' '))).toEqual([
      'p ( x )',
      '\\sum _ z p ( x , z )',
    ]);
    const different = [split('p ( x ; a )'), split('p ( x ; b )')] as const;
    expect(withoutSharedParameters(...different)).toEqual(different);
    // I(X; Y) is no call of a distribution: its semicolon stays.
    expect(withoutSharedParameters(split('I ( X ; Y )'), split('H ( X )'))[0]).toEqual(split('I ( X ; Y )'));
  });
});
