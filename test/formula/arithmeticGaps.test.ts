/**
 * Arithmetic the checker gave up on in public notes (errors hide where it gives
 * up), each read now: the real formula, quoted with its repository and path,
 * holds, and a really wrong variant fails.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);

describe('gcd and lcm of whole numbers (read/divisorNames.ts, evaluate/divisors.ts)', () => {
  // LucasHJin/obsidian-notes, 6 - Full Notes/University/m135 - Greatest Common Divisor.md:
  // the Euclidean algorithm, step by step (the note writes gcd(322,99), a slip for 98).
  it('the Euclidean algorithm, as the note means it, holds at every step', async () => {
    expect(await verdicts('\\gcd(1386,322)=\\gcd(322,98)=\\gcd(98,28)=\\gcd(28,14)=\\gcd(14,0)=14')).toEqual([
      'holds', 'holds', 'holds', 'holds', 'holds',
    ]);
  });

  it('the note as written (322 mod 99 slip) fails where the slip is', async () => {
    expect(await verdicts('\\gcd(1386,322)=\\gcd(322,99)=\\gcd(98,28)=\\gcd(28,14)=\\gcd(14,0)=14')).toEqual([
      'fails', 'fails', 'holds', 'holds', 'holds',
    ]);
  });

  it('`\\text{gcd}(0,0)=0` (the same note) holds, `\\operatorname{lcm}(4,6)=12` holds, = 24 fails', async () => {
    expect(await verdicts('\\text{gcd}(0,0)=0')).toEqual(['holds']);
    expect(await verdicts('\\operatorname{lcm}(4,6)=12')).toEqual(['holds']);
    expect(await verdicts('\\operatorname{lcm}(4,6)=24')).toEqual(['fails']);
  });

  it('a gcd of non-integers is not judged', async () => {
    expect(await verdicts('\\gcd(1.5, 3) = 1.5')).toEqual(['none']);
  });

  it('a gcd with free names is never failed at sampled points', async () => {
    const report = await judgeNote('For integers $a, b, q, r$ with $a=qb+r$: $\\gcd(a,b)=\\gcd(b,r)$.');
    expect(report.map((r) => r.verdict)).not.toContain('fails');
  });
});

describe('\\cfrac is a fraction (preprocess.ts)', () => {
  // Coconut3223/knowledge, docs/AI/DL/tricks.md: Xavier's uniform bound.
  it('\\cfrac{1}{\\sqrt{3}} ≈ 0.5733 … holds as 0.5773, fails at 0.6773', async () => {
    expect(await verdicts('\\cfrac{1}{\\sqrt{3}} \\approx 0.5773')).toEqual(['holds']);
    expect(await verdicts('\\cfrac{1}{\\sqrt{3}} \\approx 0.6773')).toEqual(['fails']);
  });
});

describe('the asterisk operator ∗ between numbers is a product (preprocess.ts, UNICODE)', () => {
  // AngeloGalav/deep-learning-notes, Notes/2023-04-05 - (x) Segmentation and Convolutionalization.md.
  it('(3 − 1) ∗ 1 + 3 = 5 holds, = 6 fails', async () => {
    expect(await verdicts('(3 − 1) ∗ 1 + 3 = 5')).toEqual(['holds']);
    expect(await verdicts('(3 − 1) ∗ 1 + 3 = 6')).toEqual(['fails']);
  });

  it('f ∗ g (a convolution) is not read as a product', async () => {
    expect(await verdicts('f ∗ g = g ∗ f')).not.toContain('fails');
  });
});

describe('a remainder of whole numbers (evaluate/divisors.ts)', () => {
  // djeada/Numerical-Methods, notes/9_cryptography/lagrange_evaluation.md: a polynomial evaluated over the field mod 97.
  it('(42 + 45 + 207) \\mod 97 = 294 \\mod 97 = 3 holds, = 4 fails', async () => {
    expect(await verdicts('(42 + 45 + 207) \\mod 97 = 294 \\mod 97 = 3')).toEqual(['holds', 'holds']);
    expect(await verdicts('(42 + 45 + 207) \\mod 97 = 294 \\mod 97 = 4')).toEqual(['holds', 'fails']);
  });

  // djeada/Numerical-Methods, notes/9_cryptography/checksum.md.
  it('70 \\mod 10 = 0 and 17 \\bmod 5 = 2 hold; 7 \\bmod 3 = 2 fails', async () => {
    expect(await verdicts('70 \\mod 10 = 0')).toEqual(['holds']);
    expect(await verdicts('17 \\bmod 5 = 2')).toEqual(['holds']);
    expect(await verdicts('7 \\bmod 3 = 2')).toEqual(['fails']);
  });

  it('a negative number, whose remainder notes and languages sign differently, is not judged', async () => {
    expect(await verdicts('-7 \\mod 3 = 2')).toEqual(['none']);
    expect(await verdicts('-7 \\mod 3 = -1')).toEqual(['none']);
  });
});

describe('\\quad inside parentheses spaces a tuple, it separates no claims (split.ts, TUPLE_SPACING)', () => {
  // Vtheonly/Obsidian_Notes, Master 1/S2/Statistics/Chapter 3: Markov Chains/3.4 …: a stationary distribution.
  const tuple = (second: string) => `t = \\left(\\frac{1}{3}, \\quad \\frac{2}{3}\\right) \\approx (0.3333, \\quad ${second})`;

  it('(1/3, 2/3) ≈ (0.3333, 0.6667) holds', async () => {
    expect(await verdicts(tuple('0.6667'))).toEqual(['none', 'holds']);
  });

  it('(1/3, 2/3) ≈ (0.3333, 0.7667) fails', async () => {
    expect(await verdicts(tuple('0.7667'))).toEqual(['none', 'fails']);
  });

  it('\\quad between two claims outside parentheses still separates them', async () => {
    expect(await verdicts('1 + 1 = 2 \\quad 2 + 2 = 4')).toEqual(['holds', 'holds']);
  });
});

describe('\\tfrac13 without braces and a trailing \\checkmark (preprocess.ts)', () => {
  // TUDelft-PRIME-Books/Linear-Algebra, Chapter1/…: the angle between a tetrahedron's bonds.
  it('\\arccos(-\\tfrac13) ≈ 1.9106 holds, ≈ 1.8106 fails', async () => {
    expect((await verdicts('\\arccos(-\\tfrac13) \\approx 1.9106'))).toEqual(['holds']);
    expect((await verdicts('\\arccos(-\\tfrac13) \\approx 1.8106'))).toEqual(['fails']);
  });

  // djeada/Numerical-Methods, notes/6_regression/…: a fit checked at its points.
  it('3 + 1 + 1 = 5 \\; \\checkmark holds, = 6 \\; \\checkmark fails', async () => {
    expect(await verdicts('3 + 1 + 1 = 5 \\; \\checkmark')).toEqual(['holds']);
    expect(await verdicts('3 + 1 + 1 = 6 \\; \\checkmark')).toEqual(['fails']);
  });
});

describe("the derivative of a built-in function at a number (interpret.ts, builtIn)", () => {
  // Vtheonly/Obsidian_Notes, AI/Academic/Deep Learning/…: tanh's gradient saturating.
  it("\\tanh'(0) = 1.0, \\tanh'(2) ≈ 0.07, \\tanh'(3) ≈ 0.01 hold", async () => {
    expect(await verdicts("\\tanh'(0) = 1.0")).toEqual(['holds']);
    expect(await verdicts("\\tanh'(2) \\approx 0.07")).toEqual(['holds']);
    expect(await verdicts("\\tanh'(3) \\approx 0.01")).toEqual(['holds']);
  });

  it("\\tanh'(2) ≈ 0.7 fails", async () => {
    expect(await verdicts("\\tanh'(2) \\approx 0.7")).toEqual(['fails']);
  });
});

describe('inch, foot and joule are units (units/unitSyntax.ts, WORDS)', () => {
  // Vtheonly/Obsidian_Notes, Master 1/S1/Im…: a print resolution's conversion.
  it('1 inch = 2.54 cm holds, = 3.54 cm fails', async () => {
    expect(await verdicts('1 \\text{ inch} = 2.54 \\text{ cm}')).toEqual(['holds']);
    expect(await verdicts('1 \\text{ inch} = 3.54 \\text{ cm}')).toEqual(['fails']);
  });

  it('3 ft = 36 inches holds, = 30 inches fails', async () => {
    expect(await verdicts('3 \\text{ ft} = 36 \\text{ inches}')).toEqual(['holds']);
    expect(await verdicts('3 \\text{ ft} = 30 \\text{ inches}')).toEqual(['fails']);
  });
});

describe('a plain count against a size or an amount of compute (units/plainCount.ts)', () => {
  // ttsugriy/distributed-training-book, docs/synthesis/36-case-study-mistral.md: a KV cache's size.
  it('2·1·32768·32·128·2 = 512 MB holds (bytes, MB read as MiB); = 612 MB fails (no unit makes it true, countInNoUnit.ts)', async () => {
    expect(await verdicts('2 \\cdot 1 \\cdot 32768 \\cdot 32 \\cdot 128 \\cdot 2 = 512 \\text{ MB}')).toEqual(['holds']);
    expect(await verdicts('2 \\cdot 1 \\cdot 32768 \\cdot 32 \\cdot 128 \\cdot 2 = 612 \\text{ MB}')).toEqual(['fails']);
  });

  // ttsugriy/distributed-training-book, docs/scaling-laws/07-compute-loss-surface.md: Chinchilla's training compute.
  it('6 × 70 × 10^9 × 1.4 × 10^{12} = 5.9 × 10^{23} FLOPs holds; 6.9 × 10^{23} fails', async () => {
    expect(await verdicts('6 \\times 70 \\times 10^9 \\times 1.4 \\times 10^{12} = 5.9 \\times 10^{23} \\text{ FLOPs}')).toEqual(['holds']);
    expect(await verdicts('6 \\times 70 \\times 10^9 \\times 1.4 \\times 10^{12} = 6.9 \\times 10^{23} \\text{ FLOPs}')).toEqual(['fails']);
  });

  // tom-jerr/tom-jerr.github.io, docs/cuda/GPU 内存系统演进….md.
  it('2048 × 4 = 8 KB holds, = 9 KB fails', async () => {
    expect(await verdicts('2048 \\times 4 = 8 \\text{ KB}')).toEqual(['holds']);
    expect(await verdicts('2048 \\times 4 = 9 \\text{ KB}')).toEqual(['fails']);
  });
});
