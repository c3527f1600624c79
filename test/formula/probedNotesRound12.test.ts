/**
 * A twelfth round of public notes the checker had never seen (the repositories are named by
 * each case), and one verdict that depended on the notes checked before it: formulas it failed
 * although their authors were right, each beside a variant that is really wrong and still fails,
 * and the true errors found, which keep failing.
 */
import { describe, expect, it } from 'vitest';
import { clearFormulaCache } from '../../src/core/formula';
import { definingSides, NoteScope } from '../../src/core/formula/find/noteSettings';
import type { FunctionDefinition } from '../../src/core/formula/types';
import { judgeNote } from '../support/judging';

/** The verdict of each formula of a note. */
const noteVerdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a formula cut short that only differentiates f leaves f refuting (noteSettings.ts definingSides)', () => {
  // Myyura/the_kai_project, docs/nagoya-university/informatics/aisys/2022/aisys_202108_analy_algebra.md:
  // f(x,y) = x³ + y³ − 3xy, its partial derivatives, and the minimum "f(1,1) = −2" (a true error: f(1,1) = −1).
  const partials =
    '\\begin{aligned}\n\\frac{\\partial f}{\\partial x} = 3x^2 - 3y\n&, \\ \\\n\\frac{\\partial f}{\\partial y} = 3y^2 - 3x\n, \\\\\n' +
    '\\frac{\\partial^2 f}{\\partial x^2} = 6x\n, \\ \\\n\\frac{\\partial^2 f}{\\partial y^2} = 6y\n&, \\ \\\n' +
    '\\frac{\\partial^2 f}{\\partial x \\partial y} = \\frac{\\partial^2 f}{\\partial y \\partial x} = -3\n\\end{aligned}';
  const nagoya = (value: string) =>
    `関数\n\n$$\nf(x,y)=x^3+y^3-3xy\n$$\n\nを考える。まず、\n\n$$\n${partials}\n$$\n\nであり、` +
    `よって、この点で極小値をとり、その値は $f(1,1)=${value}$ である。\n`;
  const fOf11 = async (value: string) => (await judgeNote(nagoya(value))).find((r) => r.source.startsWith('f(1,1)'))!.verdict;

  it('the note\'s f(1,1) = -2 fails (f(1,1) = 1 + 1 - 3 = -1)', async () => {
    expect(await fOf11('-2')).toBe('fails');
  });

  it('the right value f(1,1) = -1 holds', async () => {
    expect(await fOf11('-1')).toBe('holds');
  });

  it('the partial-derivative block may name nothing it defines; a definition side may', () => {
    const sides = (text: string) => text.split(/=|&,|,\s*\\\\/).map((source) => ({ source: source.trim() }));
    expect(definingSides(sides(partials))).not.toMatch(/f/);
    expect(definingSides([{ source: 'f(x,y)' }, { source: 'x + y' }])).toBe('f(x,y)');
    expect(definingSides([{ source: 'z^{(2)}' }, { source: 'W^{(2)} a^{(1)} + b^{(2)}' }, { source: '1.105' }])).toContain('z^{(2)}');
  });

  it('cut short, the block leaves f refuting; a cut-short redefinition of f makes it confirm-only', () => {
    const f: FunctionDefinition = { name: 'f', params: ['x', 'y'], body: ['Add', 'x', 'y'], source: 'f(x,y)=x+y' };
    const afterBlock = new NoteScope('');
    afterBlock.learn({ defines: [f] });
    afterBlock.learn({ source: partials, sides: [{ source: '\\frac{\\partial f}{\\partial x}' }, { source: '3x^2 - 3y' }] as never, defines: [], cutShort: true });
    expect(afterBlock.options().definitions!.get('f')?.redefined).toBeUndefined();
    const afterRedefinition = new NoteScope('');
    afterRedefinition.learn({ defines: [f] });
    afterRedefinition.learn({ source: 'f(x,y) = x^2 y', sides: [{ source: 'f(x,y)' }, { source: 'x^2 y' }] as never, defines: [], cutShort: true });
    expect(afterRedefinition.options().definitions!.get('f')?.redefined).toBe(true);
  });

  it('checked alone or after other notes, the note gets the same verdicts', async () => {
    const others = [
      `$$\nf(x,y)=x^2+y^2\n$$\n\n$f(1,1)=2$ and $\\frac{\\partial f}{\\partial x} = 2x$.\n`,
      `$$\ng(x)=x^3\n$$\n\n$g(2)=8$, $2 + 2 = 4$.\n`,
    ];
    clearFormulaCache();
    const alone = await noteVerdicts(nagoya('-2'));
    for (const other of others) await judgeNote(other);
    const inBatch = await noteVerdicts(nagoya('-2'));
    clearFormulaCache();
    expect(inBatch).toEqual(alone);
    expect(alone).toContain('fails');
  });
});

describe('false alarms of the twelfth round, each beside a wrong variant that still fails', () => {
  it('a numeral alone in parentheses labels an answer (Rainybunny/PKU-Lecture-Notes, Mathematical Analysis/I/homework/24-09-hw4.md)', async () => {
    const answers = '$$\n(1)=0,\\quad (2)=\\frac{\\ln a-\\ln b}{\\ln c-\\ln d}.\n$$\n';
    expect(await noteVerdicts(answers)).not.toContain('fails');
    expect(await noteVerdicts('$$\n1 + 1 = 0\n$$\n')).toContain('fails');
  });

  it('a star between names is the structure\'s operation (Rainybunny/PKU-Lecture-Notes, Algebraic Structures…/homework/26-03-hw2.md)', async () => {
    const semigroup = '对任意这样的 $a,b$,\n$$\n(a*b)*(a*b)=a*a*b*b=(a*a)*(b*b)=a*b,\n$$\n';
    expect(await noteVerdicts(semigroup)).not.toContain('fails');
    // Between numbers a star is a product, and a wrong one fails.
    expect(await noteVerdicts('$$(600/16) * (800/16) = 1900$$\n')).toContain('fails');
  });

  it('a letter in parentheses added to something is an ideal (Rainybunny/PKU-Lecture-Notes, Advanced Algebra/I/homework/24-09-hw3.md)', async () => {
    const coset = '$$\n\\begin{aligned}\n\t\\varphi(a(p+(f))+b(q+(f))) &= (a(p+(f))+b(q+(f)))\\times (x+(f))\\\\\n\t&= (ap+bq)x+(f)\\\\\n\t&= a(px+(f))+b(qx+(f))\n\\end{aligned}\n$$\n';
    expect(await noteVerdicts(coset)).not.toContain('fails');
    expect(await noteVerdicts('$$\n(ap+bq)x+f = a(px+f)+b(qx+f) + 1\n$$\n')).toContain('fails');
  });

  it('a letter that computes an index is a whole number (Rainybunny/PKU-Lecture-Notes, Mathematical Analysis/I/homework/24-09-hw4.md)', async () => {
    const subsequence = '(1) 考虑子列 $\\{x_{4n}\\}$, 有\n$$\nx_{4n}=\\frac{(4n)^2}{1+(4n)^2}\\cos2n\\pi=\\frac{(4n)^2}{1+(4n)^2}.\n$$\n';
    expect(await noteVerdicts(subsequence)).not.toContain('fails');
    // Without the index the same n is any real number, and the claim fails. (A wrong claim about a whole n is left
    // undecided too when its counter-example is fractional: integerVariables.ts does not sample whole numbers.)
    expect(await noteVerdicts('$$\ny=\\frac{(4n)^2}{1+(4n)^2}\\cos2n\\pi=\\frac{(4n)^2}{1+(4n)^2}.\n$$\n')).toContain('fails');
  });

  it('k ∈ \\N in the note\'s own macro makes k whole (Rainybunny/PKU-Lecture-Notes, Mathematical Analysis/I/homework/24-10-hw6.md)', async () => {
    const note = (right: string) =>
      '例如, 取 $f(x)=x$, $g(x)=\\sin x$, 对 $\\eps_0=1$ 和任意 $2\\delta >0$, 总能取出 $k\\in\\N$ 且 $k>\\frac{1}{2\\pi\\sin\\delta}$, 这时\n' +
      `$$\nf(2k\\pi+\\delta)g(2k\\pi+\\delta)-f(2k\\pi)g(2k\\pi)=${right}.\n$$\n`;
    expect(await noteVerdicts(note('(2k\\pi+\\delta)\\sin\\delta'))).not.toContain('fails');
    // Where k is not declared whole, the same claim fails.
    expect(await noteVerdicts(note('(2k\\pi+\\delta)\\sin\\delta').replace('$k\\in\\N$', '$k>0$'))).toContain('fails');
  });

  it('a magnitude letter glued after the formula (ulink-deep-learning-club/ulink-deeplearningclub-handouts, source/sequence-modeling/transformer.md)', async () => {
    const row = (claim: string) => `| 多头注意力（Q/K/V/O 四个投影） | $4 \\times 512^2 \\approx ${claim}$M | ~33% |\n`;
    expect(await noteVerdicts(row('1.05'))).toContain('holds');
    expect(await noteVerdicts(row('1.25'))).toContain('fails');
  });

  it('a fraction of numbers typed before a log is its coefficient (jiaweim/machine-learning-n, java/Weka/weka_gui_tutorial/data_mining_with_weka.md)', async () => {
    const entropy = (value: string) => `$$\nEntropy([9+,5-])=-9/14\\log_2(9/14)-5/14\\log_2(5/14)=${value}\n$$\n`;
    expect(await noteVerdicts(entropy('0.94'))).toContain('holds');
    expect(await noteVerdicts(entropy('0.85'))).toContain('fails');
  });

  it('a sum of rounded terms (nglelinh/deep-learning-self-learning, contents/en/chapter14/_posts/2021-01-01-14_01_GAN_Fundamentals.md)', async () => {
    const loss = (terms: string) => `Its loss combines both: $$-\\log(0.95) - \\log(1-0.3) = ${terms} = 0.41$$. Gradients tell it.\n`;
    expect(await noteVerdicts(loss('0.05 + 0.36'))).not.toContain('fails');
    expect(await noteVerdicts(loss('0.05 + 0.46'))).toContain('fails');
  });
});

describe('a CJK magnitude word set as text inside the formula (afterFormula.ts)', () => {
  // JunHyeong-data/ML-DL-Study, Hacksim-Machine-Learning/20.Hidden Markov Models - Part 1 (개념, Evaluation).md.
  const hmm = (claim: string) => `예시: $N = 3, T = 20 \\rightarrow 3^{20} \\approx ${claim}\\text{억 가지 경우}$\n`;
  it('3^20 ≈ 35억 (3.5 billion) holds', async () => {
    expect(await noteVerdicts(hmm('35'))).toContain('holds');
  });
  it('3^20 ≈ 45억 still fails', async () => {
    expect(await noteVerdicts(hmm('45'))).toContain('fails');
  });
});

describe('"let" introducing a primed name (context/hypothesisBefore.ts)', () => {
  // Rainybunny/PKU-Lecture-Notes, Intro to Theory of Computation/homework/26-03-hw2.md: m' is a second count, not dm/dn.
  const pigeonholes = (word: string) => `设 $m=n^{n+1}+1$, 由于 $A$ 非正则.\n\n${word} $m'=n^n+1$. 由鸽巢原理.\n`;
  it('设 / let before m\' = … names m\' anew', async () => {
    expect(await noteVerdicts(pigeonholes('设'))).not.toContain('fails');
    expect(await noteVerdicts(pigeonholes('Let'))).not.toContain('fails');
  });
  it('without the word, m\' is the derivative of the earlier m, and a wrong one fails', async () => {
    expect(await noteVerdicts(pigeonholes('Then'))).toContain('fails');
  });
});

describe('a definition from an earlier exercise (context/earlierExercise.ts)', () => {
  // Rainybunny/PKU-Lecture-Notes, Mathematical Analysis I/homework/24-10-hw5.md: exercise 2's f is not exercise 1's.
  const homework = (second: string) => '**1.** (例 3.1.12)\n\n于是 $f(x)=\\sin x^{-1}$ 在 $x=0$ 处的极限不存在.\n\n' +
    `**2.** (例 3.1.13)\n\n${second}$$\nf(3N)=\\frac{3N-1}{3N+1}\n$$\n`;
  it('f(3N) in exercise 2 is not refuted by exercise 1\'s f', async () => {
    expect(await noteVerdicts(homework(''))).not.toContain('fails');
  });
  it('a definition inside the same exercise still refutes, and without a marker the earlier f does', async () => {
    const own = '**2.** (例 3.1.13)\n\n设 $g(x) = x^2$.\n\n$$\ng(3N)=\\frac{3N-1}{3N+1}\n$$\n';
    expect(await noteVerdicts(`**1.** 于是 $f(x)=\\sin x^{-1}$.\n\n${own}`)).toContain('fails');
    expect(await noteVerdicts(homework('').replace('**2.** (例 3.1.13)', 'Then'))).toContain('fails');
  });
});
