/**
 * A second round of public study notes the checker had never seen: formulas it
 * failed although their authors were right (docs/readings/rounding.md and context.md), each with
 * the repository and file it comes from, and beside it a variant that is
 * really wrong and must still fail.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);
const readings = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.reading ?? c.reason ?? '');

describe('a percent sign typed without its backslash (preprocess.ts)', () => {
  // BBuf/how-to-optim-algorithm-in-cuda, cuda-mode/lei-mao-blogs/【博客转载】CUDA Data Alignment.md
  it('\\frac{4}{32}=12.5% holds: 12.5% is 0.125, not 12.5 with a TeX comment', async () => {
    expect(await verdicts('\\frac{4}{32}=12.5%')).toEqual(['holds']);
  });

  // luweiagi/machine-learning-notes, docs/machine-learning/dimensionality-reduction/principal-component-analysis: a display formula.
  it('a rounded percentage at the end of a display line holds', async () => {
    const [report] = await judgeNote('$$\n\\frac{\\lambda_1}{\\lambda_1+\\lambda_2}=\\frac{2.5}{2.5+0.5}=83.3%\n$$\n');
    expect(report!.claims.map((c) => c.verdict)).toEqual(['none', 'holds']);
  });

  it('a wrong percentage still fails', async () => {
    expect(await verdicts('\\frac{4}{32}=15%')).toEqual(['fails']);
    expect(await verdicts('\\frac{2.5}{2.5+0.5}=85.3%')).toEqual(['fails']);
  });
});

describe('E-notation typed with a caret (eNotationPower.ts)', () => {
  // BBuf/how-to-optim-algorithm-in-cuda, large-language-model/sglang/SGLang v4.8.0 PD分离性能研究.md: DeepSeek's prefill and decode nodes.
  it('955 = 608 * 1e^{10} / (24 * 3600 * 73.7 * 1e^3) holds with 1e^{10} read as 10^{10}', async () => {
    const latex = '955 = 608 * 1e^{10} / (24 * 3600 * 73.7 * 1e^3)';
    expect(await verdicts(latex)).toEqual(['holds']);
    expect((await readings(latex))[0]).toMatch(/E-notation/);
    expect(await verdicts('1314 = 168 * 1e^{10} / (24 * 3600 * 14.8 * 1e^3)')).toEqual(['holds']);
  });

  it('a wrong count still fails under both readings', async () => {
    expect(await verdicts('855 = 608 * 1e^{10} / (24 * 3600 * 73.7 * 1e^3)')).toEqual(['fails']);
  });

  it('with another mantissa than 1 both readings stand, and the claim is undecided', async () => {
    const latex = '1910 = 608 * 2e^{10} / (24 * 3600 * 73.7 * 1e^3)';
    expect(await verdicts(latex)).toEqual(['none']);
    expect((await readings(latex))[0]).toMatch(/may be E-notation/);
  });

  it("Euler's number after a coefficient is still Euler's when that is what holds", async () => {
    expect(await verdicts('2e^{3} = 40.17')).toEqual(['holds']);
    expect(await verdicts('2e^{3} = 41.17')).toEqual(['fails']);
  });
});

describe('a rounding named earlier in the chain (chainRounding.ts)', () => {
  // BBuf/how-to-optim-algorithm-in-cuda, cuda-mode/lectures/Lecture 12 Flash Attention.md: 向上取整 is "round up".
  it('T_c=向上取整(N/B_c)=1024/768=2 holds: the chain rounds up', async () => {
    const latex = 'T_c=向上取整(N/B_c)=1024/768=2';
    expect(await verdicts(latex)).toEqual(['none', 'none', 'holds']);
    expect((await readings(latex))[2]).toMatch(/rounded up, as the chain's 向上取整 says/);
  });

  it('with \\lceil or a floor named in the chain', async () => {
    expect(await verdicts('n = \\lceil N/B \\rceil = 1000/64 = 16')).toContain('holds');
    expect(await verdicts('n = \\lfloor N/B \\rfloor = 1000/64 = 15')).toContain('holds');
  });

  it('a value the rounding does not give still fails, and so does a chain that names none', async () => {
    expect(await verdicts('T_c=向上取整(N/B_c)=1024/768=3')).toContain('fails');
    expect(await verdicts('n = \\lfloor N/B \\rfloor = 1000/64 = 17')).toContain('fails');
    expect(await verdicts('T_c=N/B_c=1024/768=2')).toContain('fails');
  });
});

describe('B as billion: a count of one-byte values (countAsSize.ts)', () => {
  // HarleysZhang/llm_note, 1-transformer_model/llm参数量-计算量-显存占用分析.md: llama13b in int8.
  it('1\\text{B} = 10^9 \\text{byte} is not failed', async () => {
    const { claims } = await judgeFormula('1\\text{B} = 10^9 \\text{byte} \\simeq 1\\text{GB}');
    expect(claims.map((c) => c.verdict)).not.toContain('fails');
    expect(claims[0]!.reason).toMatch(/read as a count of one-byte values/);
  });

  it('bytes against bytes, or a count that does not match, still fail', async () => {
    expect(await verdicts('1\\text{B} = 10^8 \\text{byte}')).toEqual(['fails']);
    expect(await verdicts('8\\text{b} = 2\\text{B}')).toEqual(['fails']);
  });
});

describe('a decimal rounded at its last written place (decimalPlaces.ts)', () => {
  // datawhalechina/self-llm, models/BGE-M3-finetune-embedding-with-valid/README.md: probabilities to three places.
  it('7.4 / 11239.9 \\approx 0.001 holds: 0.000658 is 0.001 to three places', async () => {
    expect(await verdicts('7.4 / 11239.9 \\approx 0.001')).toEqual(['holds']);
    expect((await readings('7.4 / 11239.9 \\approx 0.001'))[0]).toMatch(/3 decimal places/);
  });

  it('0.96 written 1.0 holds; a value that rounds elsewhere still fails', async () => {
    expect(await verdicts('0.96 = 1.0')).toEqual(['holds']);
    expect(await verdicts('7.4 / 11239.9 \\approx 0.002')).toEqual(['fails']);
    expect(await verdicts('0.9^{50} \\approx 0.05')).toEqual(['fails']);
  });
});

describe('plain TeX fractions and multinomials (seriesNotation.ts, interpret.ts)', () => {
  // microsoft/AI-System, Textbook/第2章-神经网络基础/2.7-卷积神经网络.md: the output size of a convolution.
  it('{5 - 3 + 2 \\times 0 \\over 2}+1=2 holds: the group is the whole numerator', async () => {
    expect(await verdicts('H_{Output}={5 - 3 + 2 \\times 0 \\over 2}+1=2')).toEqual(['none', 'holds']);
    expect(await verdicts('{{1 \\over 2} + 1 \\over 3}=0.5')).toEqual(['holds']);
  });

  it('a wrong output size still fails', async () => {
    expect(await verdicts('H_{Output}={5 - 3 + 2 \\times 0 \\over 2}+1=3')).toEqual(['none', 'fails']);
  });

  // brianSalk/probability-notes, combinatorics/README.md: the permutations of AAABBBCCD.
  it('{9 \\choose 3,3,2} is the multinomial coefficient 9!/(3!3!2!1!)', async () => {
    expect(await verdicts('{9 \\choose 3} {6 \\choose 3} {3 \\choose 2} {1 \\choose 1} = { 9 \\choose 3,3,2}')).toEqual(['holds']);
    expect(await verdicts('\\binom{10}{3,3,4} = 4200')).toEqual(['holds']);
    expect(await verdicts('\\binom{10}{3,3,4} = 4000')).toEqual(['fails']);
  });
});

describe('the text after a formula that says it does not hold (proseAfter.ts)', () => {
  // kmerrill61/Statistics-Notes, content/Class Notes/CH2 - Conditional Probability.md: a test of independence.
  const tested = [
    '> [!question]',
    '> Are L and H0 independent of each other?',
    '> $$ p(L \\cap H0) = p(L) \\times p(H0) $$',
    '> $$ 10/100 = (\\frac{40}{100}) \\times (\\frac{50}{100}) $$',
    '',
    'Therefore, $P(L \\cap H0)$ is $\\color{red}{not\\ independent}$',
    '',
  ].join('\n');

  it('an equality tested and found false is not failed', async () => {
    const reports = await judgeNote(tested);
    expect(reports.flatMap((r) => r.claims.map((c) => c.verdict))).not.toContain('fails');
    expect(reports.flatMap((r) => r.claims.map((c) => c.reason ?? '')).join(' ')).toMatch(/says it does not hold \("not independent"\)/);
  });

  it('the same equality with no denial after it, or another "not", still fails', async () => {
    const bare = tested.replace(/Therefore.*\n/, 'Therefore they are dependent.\n');
    expect((await judgeNote(bare)).flatMap((r) => r.claims.map((c) => c.verdict))).toContain('fails');
    const other = await judgeNote('$10/100 = 0.2$, and this is not a coincidence.\n');
    expect(other.flatMap((r) => r.claims.map((c) => c.verdict))).toContain('fails');
  });
});

describe('a number under an arrow (notationDoubts.ts)', () => {
  // fractalbach/linear-algebra-notes, misc/factor.md: "which is true only in our special Factor Space".
  it('\\vec{0} = 1 is a vector the note maps, not the number 0', async () => {
    const { claims } = await judgeFormula('\\vec{0} = 1');
    expect(claims.map((c) => c.verdict)).toEqual(['none']);
    expect(claims[0]!.reason).toMatch(/under an arrow/);
  });

  it('without the arrow it still fails', async () => {
    expect(await verdicts('0 = 1 + 1')).toEqual(['fails']);
  });
});

describe('one name raised to different letters labels a family (notationDoubts.ts)', () => {
  // datawhalechina/easy-rl, docs/chapter3/chapter3.md: the λ-return from the n-step returns.
  it('Q_t^λ = (1-λ) Σ λ^{n-1} Q_t^n is a definition, not powers of Q_t', async () => {
    expect(await verdicts('Q_{t}^{\\lambda} = (1-\\lambda) \\sum_{n=1}^{\\infty} \\lambda^{n-1} Q_{t}^{n}')).toEqual(['none']);
    expect(await readings('Q_{t}^{\\lambda} = (1-\\lambda) \\sum_{n=1}^{\\infty} \\lambda^{n-1} Q_{t}^{n}')).toEqual([expect.stringMatching(/labels a family/)]);
  });

  it('powers of one letter are still powers', async () => {
    expect(await verdicts('x^{n} \\cdot x^{m} = x^{n+m}')).toEqual(['holds']);
    expect(await verdicts('x^{n} \\cdot x^{m} = x^{nm}')).toEqual(['fails']);
  });
});
