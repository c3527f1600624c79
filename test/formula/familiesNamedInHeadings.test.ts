import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';
import { splitFormula } from '../../src/core/formula/split';

// A family named in a heading or a sentence acts as `X ∼ family(params)` for its section (worked/familiesNamedInText.ts);
// moments written with the family in place of a variable (worked/familyAsVariable.ts); comma- and semicolon-joined
// claims and support lists (split.ts, undecidedClaims.ts); `{\rm e}`, `{\rm C}_n^k` (read/uprightLetters.ts).

const verdicts = async (note: string) => (await judgeNote(note)).flatMap((f) => f.claims.map((c) => `${c.left.source.trim()} = ${c.right.source.trim()}: ${c.verdict}`));
const verdictOf = async (note: string, left: string) => (await verdicts(note)).find((s) => s.startsWith(left));

describe('a family named in a heading (coactor-cc/Study, Pro/Probability_ep2.md and ep3.md, verbatim)', () => {
  it('`### 0-1分布B(1,p)`: the pmf with its support `,k=0,1` holds; the support is no claim', async () => {
    const note = '### 0-1分布B(1,p)\n伯努利试验引出的分布律  \n将伯努利试验结果用伯努利计数变量X描述    \nX(S)：{X=1}→$e_2$,{X=0}→$e_1$ 得分布律\n$$\nP\\{X=k\\}=p^{k}(1-p)^{1-k},k=0,1\n$$ \n';
    expect(await verdictOf(note, 'P\\{X=k\\}')).toBe('P\\{X=k\\} = p^{k}(1-p)^{1-k}: holds');
  }, 60_000);

  it('`### 二项分布B(n,p)`: `{\\rm C}_n^k` is the binomial coefficient and the pmf holds', async () => {
    const note = '### 二项分布B(n,p)\nn重伯努利试验`(概率模型)`引出的分布率  \n得分布律\n$$  \nP\\{ X=k \\}={\\rm C}_n^kp^k(1-p)^{n-k},k=0,1,2,\\cdots ,n\n$$\n';
    expect(await verdictOf(note, 'P\\{ X=k \\}')).toBe('P\\{ X=k \\} = {\\rm C}_n^kp^k(1-p)^{n-k}: holds');
  }, 60_000);

  it('`### 正态分布N($\\mu,\\sigma^2$)` over `#### 概率密度`: the density with `{\\rm e}` holds', async () => {
    const note = '### 正态分布N($\\mu,\\sigma^2$)\n#### 概率密度\n$$\nf(x)=\\frac{1}{\\sqrt{2\\pi}\\sigma}{\\rm e}^{\\frac{-(x-\\mu)^{2}}{2\\sigma^{2}}}\n$$\n';
    expect(await verdicts(note)).toEqual(['f(x) = \\frac{1}{\\sqrt{2\\pi}\\sigma}{\\rm e}^{\\frac{-(x-\\mu)^{2}}{2\\sigma^{2}}}: holds']);
  }, 60_000);

  it('`### 指数分布E($\\lambda$)` over `#### 无记忆性`: memorylessness holds', async () => {
    const note = '### 指数分布E($\\lambda$)\n泊松过程引出的分布  \n#### 分布函数\n$$\nF(x)=1-e^{-\\lambda x}\n$$\n#### 无记忆性\n$$\nP\\{ X>s+t|X>s \\}=P\\{ X>t \\}\n$$\n';
    expect(await verdictOf(note, 'P\\{ X>s+t')).toBe('P\\{ X>s+t|X>s \\} = P\\{ X>t \\}: holds');
  }, 60_000);

  it('the moments of χ² and t written with the family in place of a variable hold, each claim of `;`', async () => {
    const note = '#### 性质\n$$\nE(\\chi^{2}(n))=n;D(\\chi^{2}(n))=2n\n$$\n#### 性质\n$$\nE(t(n))=0\n$$\n';
    expect(await verdicts(note)).toEqual(['E(\\chi^{2}(n)) = n: holds', 'D(\\chi^{2}(n)) = 2n: holds', 'E(t(n)) = 0: holds']);
  }, 60_000);

  it('`\\mathbb{E}(X)=\\mu,D(X)=\\sigma^{2}` after `X\\sim N(\\mu,\\sigma^{2})`: two claims, both hold (D is the variance)', async () => {
    const note = '总体$X\\sim N(\\mu,\\sigma^{2})$，$\\mathbb{E}(X)=\\mu,D(X)=\\sigma^{2}$\n';
    expect(await verdicts(note)).toContain('D(X) = \\sigma^{2}: holds');
    expect(await verdicts(note)).toContain('\\mathbb{E}(X) = \\mu: holds');
  }, 60_000);
});

describe('other notes', () => {
  it('stalomeow/note 二项分布.md: `# 二项分布`, `C_{n}^{k}` and the support `\\ , \\ k=0,1,2, \\cdots, n` hold', async () => {
    const note = '# 二项分布\n\n若 [[随机变量#离散型随机变量|离散型随机变量]] $X$ 表示 $n$ 重 Bernoulli 试验中 $A$ 发生的次数（每次试验中 $A$ 发生的概率都为 $p$），其 [[随机变量#分布律|分布律]] 为\n\n$$\nP \\left(X=k \\right) = C_{n}^{k} p^k \\left(1-p \\right)^{n-k} \\ , \\ k=0,1,2, \\cdots, n\n$$\n';
    expect(await verdictOf(note, 'P \\left(X=k \\right)')).toMatch(/: holds$/);
  }, 60_000);

  it('viperyl/Notes Review_Prob_Prob1.md: the uniform mean (b-a)/2 and variance (b-a)^3/12 fail (real slips); the Poisson rows hold', async () => {
    const note = '### 2.4.2 泊松分布 Poisson distribution\n\n$$\n\\Large\n\\begin{split}\nX &\\sim P(\\lambda)\\\\\nP(X=k) &= \\frac{\\lambda^k}{k!}e^{-\\lambda}, k = 0, 1, ..., n\\\\\nE(X) &= \\lambda\\\\\nE(X^2) &= \\lambda^2 + \\lambda\\\\\n\\text{Var} &= \\lambda\n\\end{split}\n$$\n\n### 2.5.2 均匀分布\n\n$$\n\\Large\n\\begin{split}\np(x) &=  \\begin{cases}\\frac{1}{b-a} &, a<x<b\\\\ 0&, \\text{others}\\end{cases}\\\\\nX &\\sim U(a, b) \\\\\nF(x) &= \\begin{cases}0 &,x<a\\\\ \\frac{x-a}{b-a} &, a \\leq x < b \\\\ 1 &, b\\geq 1 \\end{cases}\\\\\nE(X) &= \\frac{b-a}{2}\\\\\n\\text{Var}(X) &= \\frac{(b-a)^3}{12}\n\\end{split}\n$$\n';
    const v = await verdicts(note);
    expect(v).toContain('E(X) = \\frac{b-a}{2}: fails');
    expect(v).toContain('\\text{Var}(X) = \\frac{(b-a)^3}{12}: fails');
    expect(v).toContain('P(X=k) = \\frac{\\lambda^k}{k!}e^{-\\lambda}: holds');
    expect(v).toContain('E(X^2) = \\lambda^2 + \\lambda: holds');
  }, 60_000);

  it('a sentence naming the family: "The exponential distribution with rate $\\lambda$ has CDF" confirms, never refutes', async () => {
    expect(await verdicts('The exponential distribution with rate $\\lambda$ has CDF $F(x) = 1 - e^{-\\lambda x}$.\n')).toEqual(['F(x) = 1 - e^{-\\lambda x}: holds']);
    expect(await verdicts('The exponential distribution with rate $\\lambda$ has CDF $F(x) = 1 - e^{-2\\lambda x}$.\n')).toEqual(['F(x) = 1 - e^{-2\\lambda x}: none']);
  }, 60_000);
});

describe('planted slips under a heading that writes the parameters fail', () => {
  it('a wrong exponent in the Poisson pmf, np(1+p) as the binomial variance, 2n as the mean of χ²(n)', async () => {
    expect(await verdictOf('### 泊松分布P($\\lambda$)\n$$\nP\\{X=k\\}=\\frac{\\lambda^k {\\rm e}^{\\lambda}}{k!},k=0,1,2,\\cdots\n$$\n', 'P\\{')).toBe('P\\{X=k\\} = \\frac{\\lambda^k {\\rm e}^{\\lambda}}{k!}: fails');
    // The binomial pmf's slip stays undecided: the binomial coefficient at random real n and k has too few values.
    expect(await verdictOf('### 二项分布B(n,p)\n$$\nP\\{ X=k \\}={\\rm C}_n^kp^k(1-p)^{n+k},k=0,1,2,\\cdots ,n\n$$\n', 'P\\{')).toMatch(/: none$/);
    expect(await verdicts('### 二项分布B(n,p)\n#### 方差\n$$\nD(X)=np(1+p)\n$$\n')).toEqual(['D(X) = np(1+p): fails']);
    expect(await verdicts('$$\nE(\\chi^{2}(n))=2n\n$$\n')).toEqual(['E(\\chi^{2}(n)) = 2n: fails']);
  }, 60_000);
});

describe('near misses stay undecided', () => {
  it('a heading naming two families names none', async () => {
    expect(await verdicts('### 二项分布与泊松分布\n$$\nD(X)=np(1+p)\n$$\n')).toEqual(['D(X) = np(1+p): none']);
  }, 60_000);

  it('a parameter spelled differently from the heading\'s: `E(X)=\\theta` under `指数分布E($\\lambda$)`', async () => {
    expect(await verdicts('### 指数分布E($\\lambda$)\n$$\nE(X)=\\theta\n$$\n')).toEqual(['E(X) = \\theta: none']);
  }, 60_000);

  it('a sibling heading closes the family\'s section; a heading above names a family only with the word "distribution"', async () => {
    expect(await verdicts('### 泊松分布P($\\lambda$)\n说明\n### 分布函数\n$$\nD(X)=2\\lambda\n$$\n')).toEqual(['D(X) = 2\\lambda: none']);
    expect(await verdicts('## Normal equations\n### Solving\n$$\nE(X)=\\mu^2\n$$\n')).toEqual(['E(X) = \\mu^2: none']);
  }, 60_000);
});

describe('splitting comma- and semicolon-joined claims (split.ts)', () => {
  const sides = (f: string) => splitFormula(f).map((s) => s.sides.map((p) => p.text).join(' | '));
  it('splits a moment after a comma or a semicolon, never a list of values or an interval', () => {
    expect(sides('E(X)=\\mu,D(X)=\\sigma^{2}')).toEqual(['E(X) | \\mu', 'D(X) | \\sigma^{2}']);
    expect(sides('E(\\chi^{2}(n))=n;D(\\chi^{2}(n))=2n')).toEqual(['E(\\chi^{2}(n)) | n', 'D(\\chi^{2}(n)) | 2n']);
    expect(sides('x=1,2,3')).toEqual(['x | 1,2,3']);
    expect(sides('f(x)=1, x \\in (a, b)')).toHaveLength(1);
    expect(sides('g(x) = x^2 - 1, x \\ge 0')).toEqual(['g(x) | x^2 - 1', 'x | 0']);
  });
});
