/**
 * A fourth round of public notes: formulas the checker failed although their
 * authors were right, each quoted from its note beside a variant that is really
 * wrong and still fails. Part one: the doubtful "fails" of the third probe
 * (Vtheonly/Obsidian_Notes, EthanAha-ctrl/ai_papers_obsidian).
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);
const noteVerdicts = async (note: string) => (await judgeNote(note)).flatMap((f) => f.claims.map((c) => c.verdict));
const noteReasons = async (note: string) => (await judgeNote(note)).flatMap((f) => f.claims.map((c) => c.reason ?? c.reading ?? ''));

describe('roundings by hand (authorRounding.ts)', () => {
  // Vtheonly, AI/Non Academic/Deep Learning/CNN/Chapter 1/1.3 Processing 3D Volumes: 1,572,992 parameters.
  it('an integer ending in three zeros is rounded at its last non-zero digit', async () => {
    expect(await verdicts('12,288 \\times 128 + 128 = 1,573,000')).toEqual(['holds']);
    expect(await verdicts('12{,}288 \\times 128 + 128 = 1{,}573{,}000')).toEqual(['holds']);
    expect(await verdicts('12,288 \\times 128 + 128 = 1,575,000')).toEqual(['fails']);
  });

  it('a count of one significant digit is still read exactly', async () => {
    expect(await verdicts('2^{10} = 1000')).toEqual(['fails']);
    expect(await verdicts('2^{20} = 1,000,000')).toEqual(['fails']);
  });

  // Vtheonly, …/02 Core Operators and Geometry/5. Activation and Pooling Layers: 12,845,056 bytes.
  it('≈ rounded twice: 12.845 MB written 12.9', async () => {
    const note = 'A feature map occupies $224 \\times 224 \\times 64 \\times 4 \\approx 12.9$ MB (at 32-bit precision).\n';
    expect(await noteVerdicts(note)).toEqual(['holds']);
    expect(await verdicts('\\frac{12845}{1000} \\approx 12.9')).toEqual(['holds']);
    expect(await verdicts('\\frac{12845}{1000} \\approx 13.1')).toEqual(['fails']);
    expect(await verdicts('\\frac{1284}{100} \\approx 12.9')).toEqual(['fails']);
  });

  // Vtheonly, …/CNN/Chapter 4/4.4 The Fully Connected Layer and Flattening; Engine Architecture/Chapter 5/1.
  it('≈ a value of two or three digits cut at its last digit', async () => {
    const note = 'The weight matrix requires $25,088 \\times 4,096 \\approx 102$ Million parameters!\n';
    expect(await noteVerdicts(note)).toEqual(['holds']);
    expect(await verdicts('25,088 \\times 4,096 \\approx 1.02 \\times 10^{8}')).toEqual(['holds']);
    expect(await verdicts('25,088 \\times 4,096 \\approx 1.01 \\times 10^{8}')).toEqual(['fails']);
  });

  it('one digit is read rounded only (the product\'s own failing example)', async () => {
    // Vtheonly, SWE/System Design/Engine Architecture/Chapter 5/1. Massively Bounded Exploration Paths: 2.76e15 written 2e15.
    expect(await verdicts('35^{10} \\approx 2 \\times 10^{15}')).toEqual(['fails']);
    expect(await verdicts('0.9^{100} \\approx 2 \\times 10^{-5}')).toEqual(['fails']);
    expect(await verdicts('35^{20} \\approx 4 \\times 10^{30}')).toEqual(['fails']);
    expect(await verdicts('0.9^{50} \\approx 0.05')).toEqual(['fails']);
  });
});

describe('a whole count rounded up (countCeiling.ts)', () => {
  // Vtheonly, SWE/Backend/02 - Database Design/04 Query Optimization and Processing (B+ tree fan-out).
  const sentence = (n: number) => `Traversing a tree with a fan-out of 500 requires only $\\log_{500}(1,000,000) \\approx ${n}$ levels.\n`;
  it('log₅₀₀ 10⁶ = 2.22 is 3 levels', async () => {
    expect(await noteVerdicts(sentence(3))).toEqual(['none']);
    expect(await noteReasons(sentence(3))).toEqual([expect.stringMatching(/2\.223 is counted up to the next whole number/)]);
  });

  it('a number that is no ceiling still fails, and so does a ceiling nothing counts', async () => {
    expect(await noteVerdicts(sentence(4))).toEqual(['fails']);
    expect(await noteVerdicts('The ratio is $\\log_{500}(1,000,000) \\approx 3$ here.\n')).toEqual(['fails']);
  });
});

describe('bit arithmetic (modularContext.ts)', () => {
  // Vtheonly, Master 1/S2/Complexity and Advanced Algorithms/…/04.1.09 Exercise 3 Binary Successor.
  const rules = (claim: string) => `Adding 1 in binary is governed by simple rules:\n* $0 + 1 = 1$, with no carry over.\n* $${claim}$, with a carry over of 1 to the next bit.\n`;
  it('1 + 1 = 0 with a carry is a bit', async () => {
    expect(await noteVerdicts(rules('1 + 1 = 0'))).toEqual(['holds', 'none']);
    expect(await noteReasons(rules('1 + 1 = 0'))).toEqual(['', expect.stringMatching(/modulo 2/)]);
  });

  it('1 + 1 = 3 is wrong in a bit too, and bits of a subnet mask are counted as integers', async () => {
    expect(await noteVerdicts(rules('1 + 1 = 3'))).toEqual(['holds', 'fails']);
    // Vtheonly, Resaux/02 IPv4 Network Layer/02.02 FLSM: 8 + 8 + 4 is 20, a true slip left failing.
    expect(await noteVerdicts('Total network + subnet prefix length = $8 + 8 + 4 = 12$ network bits.\n')).toEqual(['fails']);
  });

  it('a modulus named in the text', async () => {
    expect(await noteVerdicts('On a clock, arithmetic is mod 12: $7 + 8 = 3$.\n')).toEqual(['none']);
    expect(await noteVerdicts('On a clock, arithmetic is mod 12: $7 + 8 = 4$.\n')).toEqual(['fails']);
  });
});

describe('parameter counts and their size in bytes (countAsSize.ts)', () => {
  // EthanAha-ctrl, LLM-Training/Training Infra/AirLLM.md: "单层参数量: $70\text{B} / 80 \approx 0.875\text{B} \approx 1.75\text{GB}$ (FP16)".
  it('0.875B parameters at 2 bytes are 1.75 GB', async () => {
    const v = await verdicts('70\\text{B} / 80 \\approx 0.875\\text{B} \\approx 1.75\\text{GB}');
    expect(v).not.toContain('fails');
    expect(await verdicts('0.875\\text{B} \\approx 1.75\\text{GB}')).toEqual(['none']);
    expect(await verdicts('7\\text{B} \\approx 28\\text{GB}')).toEqual(['none']);
  });

  it('a size no format gives still fails', async () => {
    expect(await verdicts('0.875\\text{B} \\approx 5\\text{GB}')).toEqual(['fails']);
  });
});

describe('formulas their text takes back or gives as examples of errors', () => {
  // Vtheonly, AI/Projects/TAMER 3/…/Section 9.2: "= $4 \times 4 \times 4 = 32 \times 32$ pixels per feature vector... wait, let's recount)".
  it('"wait, let\'s recount" after the formula (proseAfter.ts)', async () => {
    expect(await noteVerdicts('merge = $4 \\times 4 \\times 4 = 32 \\times 32$ pixels per feature vector... wait, let\'s recount):\n')).toEqual(['none']);
    expect(await noteVerdicts('merge = $4 \\times 4 \\times 4 = 32 \\times 32$ pixels per feature vector.\n')).toEqual(['fails']);
  });

  // Vtheonly, AI/Projects/TAMER 1/Chapter 5/5.3 Grammar Constrained Decoding.
  it('"logical errors (like writing $1=2$)" (proseBefore.ts)', async () => {
    expect(await noteVerdicts('They can\'t prevent "logical" errors (like writing $1=2$). The goal is structure.\n')).toEqual(['none']);
    expect(await noteVerdicts('We know that $1=2$. The goal is structure.\n')).toEqual(['fails']);
  });
});

describe('mixed numbers (mixedNumbers.ts)', () => {
  // enigmaiiiiiiii/Learning-Record-Write-By-Obsidian, sorted/Foundation/float-point.md.
  const line = (claim: string) => `- 十进制数$12.34_{10}$可以表示为：$${claim}$\n`;
  it('12 34/100 is 12.34', async () => {
    expect(await noteVerdicts(line('1\\times10^{1}+2\\times10^{0}+3\\times10^{-1}+4\\times10^{-2}=12\\frac{34}{100}'))).toEqual(['none']);
  });

  it('a mixed number that is not the value still fails', async () => {
    expect(await noteVerdicts(line('1\\times10^{1}+2\\times10^{0}+3\\times10^{-1}+4\\times10^{-2}=12\\frac{35}{100}'))).toEqual(['fails']);
  });
});

describe('an equation the text sets up to solve (equationToSolve.ts)', () => {
  // djeada/Calculus-And-Analysis, notes/differentiation/single_variable/tangent_line/taks_01.md.
  const tangency = '\\frac{-1 + x}{\\sqrt{3} \\sqrt{4 - 2 x + x^2}}=\\frac{\\frac{1}{3} (6 + \\sqrt{3} \\sqrt{4 - 2 x + x^2}) -2}{x}';
  it('the point of tangency, where the slope equals the derivative', async () => {
    const note = `You also know that (x2,y2) satisfies the original curve equation, and that m also equals the derivative you computed.\n\n$$${tangency}$$\n`;
    expect(await noteVerdicts(note)).toEqual(['none']);
  });

  it('the same formula stated alone, and a wrong identity, still fail', async () => {
    expect(await noteVerdicts(`The slope is\n\n$$${tangency}$$\n`)).toEqual(['fails']);
    // djeada/Calculus-And-Analysis, notes/sequences_series/README.md: the sum from i = 1 is 1 less (a true error).
    expect(await noteVerdicts('$$ \\sum_{i = 1}^{n}r^i = \\frac{1-r^{n+1}}{1-r}$$\n')).toEqual(['fails']);
  });
});

describe('groups, rings and convolutions (algebraicStructures.ts)', () => {
  // ThomasTorres2024/Obsidian-Notes, Abstract Algebra/Group Theory/Cosets/Lagrange's Theorem.md and
  // Groups/Forming New Groups/Quotient Group.md: elements of a group, cosets of a subgroup H.
  const inGroups = (claim: string) => `# Cosets\nLet $H$ be a subgroup of $G$. The left cosets of $H$ partition $G$.\n\nSo $${claim}$.\n`;
  it('an element its own inverse, cosets, a quotient group', async () => {
    expect(await noteVerdicts(inGroups('b^{-1}a^{-1} = ba'))).toEqual(['none']);
    expect(await noteVerdicts(inGroups('(a^{-1}H)(aH) = a^{-1}aH'))).toEqual(['none']);
    expect(await noteVerdicts(inGroups('(4+H)+(5+H) = (5+4)+H'))).toEqual(['none']);
  });

  it('the same claims in a note on something else still fail', async () => {
    expect(await noteVerdicts('# Algebra\nExpanding the product:\n\nSo $b^{-1}a^{-1} = ba$.\n')).toEqual(['fails']);
    expect(await noteVerdicts('# Groups of data\nWe group the data. So $(4+H)+(5+H) = (5+4)+H$.\n')).toEqual(['fails']);
  });

  // ThomasTorres2024/Obsidian-Notes, Functional Analysis/Transforms/Convolution.md.
  it('(f * g)(x) is a convolution', async () => {
    expect(await noteVerdicts('$$f(x) * g(x) = (f * g)(x)$$\n')).toEqual(['none']);
    // A star between names may be an abstract operation (operationNotation.ts); between numbers it is a product.
    expect(await noteVerdicts('$$(2 * 3) + (2 * 3) = 2 * 3$$\n')).toEqual(['fails']);
  });
});

describe('a chain that continues with ≠ (continuedNeq.ts)', () => {
  // ThomasTorres2024/Obsidian-Notes, Probability/Combinatorics/Completing a Rank-One Matrix.md.
  it('rk(A) > 1 ≠ 1 claims nothing of 1 against itself', async () => {
    expect(await noteVerdicts('So, this would mean $\\text{rk}(A) > 1 \\neq 1$.\n')).not.toContain('fails');
    expect(await noteVerdicts('So $2 > 1 \\neq 2$.\n')).toEqual(['holds', 'holds']);
    expect(await noteVerdicts('So $1 \\ne 1$ and $1 + 1 \\neq 2$.\n')).toEqual(['fails', 'fails']);
  });
});
