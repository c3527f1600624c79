/**
 * A fifteenth round of public notes the checker had never seen (the repositories are named by
 * each case): formulas it failed although their authors were right, each beside a variant that
 * is really wrong and still fails.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

/** The verdicts of the claims of the formula whose source starts with `start`. */
const claimVerdicts = async (note: string, start: string) =>
  (await judgeNote(note)).find((r) => r.source.trim().startsWith(start))!.claims.map((c) => c.verdict);

describe('a CJK magnitude word set as text after a number inside the formula scales it (context/afterFormula.ts)', () => {
  // Losirgithub/dl-llm-learning, dl-llm-course/04_llm_engineering/04_inference_vllm_notes.md.
  const layer = (claimed: string) =>
    '每层参数 ≈ 7 × d_model²(attention 4d² + FFN 3d²)。Llama-7B 配置 d_model=4096, num_layers=32:\n\n$$\n' +
    `\\text{每层} \\approx 7 \\times 4096^2 \\approx ${claimed} \\text{ 亿}, \\quad 32 \\text{ 层} \\approx 37.5 \\text{ 亿} + \\text{嵌入/输出层} \\approx 70 \\text{ 亿}\n$$\n`;

  it('7 × 4096² ≈ 1.17 亿 holds', async () => {
    expect(await claimVerdicts(layer('1.17'), '\\text{每层}')).toEqual(['holds']);
  });

  it('near miss: 7 × 4096² ≈ 1.37 亿 still fails', async () => {
    expect(await claimVerdicts(layer('1.37'), '\\text{每层}')).toEqual(['fails']);
  });
});

describe('e alone between bars is the order or norm of a named e, not Euler\'s number (identity/notationDoubts.ts)', () => {
  // aortega0703/math-notes, Group/Examples/Group of permutations Sn has elements of all orders up to n.md (Typst math).
  const proof = (claim: string) => '- $cal(P)(1)$:\n\t$e in S_1$ by definition of [[Group]], and $' + claim + '$.\n';

  it('|e| = 1 (the order of the identity) is not failed', async () => {
    expect(await claimVerdicts(proof('|e|=1'), '|e|')).toEqual(['none']);
  });

  it('near miss: |e^2| = 1 (a power of e between the bars) still fails', async () => {
    expect(await claimVerdicts(proof('|e^2|=1'), '|e^2|')).toEqual(['fails']);
  });
});

describe('the real error this round found keeps failing', () => {
  // Ludobico/Obsidian-Vault, AI/Concepts/Math/Math with torch/mean, variance, std.md: Bessel's correction
  // divides by N − 1 = 2, but the first row divides by 3 (the next row's 2/2 is right).
  it('√((1+0+1)/3) = √(2/2) fails', async () => {
    const note = '$$\nx = [1,2,3]\n$$\n\n$$\n\\sigma = \\sqrt{\\frac{\\Sigma(x_i - \\mu)^2}{N - 1}}\n$$\n\n$$\n= \\sqrt{\\frac{1+0+1}{3}} = \\sqrt{\\frac{2}{2}} = 1\n$$\n';
    expect(await claimVerdicts(note, '= \\sqrt{\\frac{1+0+1}{3}}')).toContain('fails');
  });
});
