/**
 * A ninth round of public notes the checker had never seen — deep-learning study notes and
 * Obsidian vaults in Chinese, Korean, Japanese, Spanish and English, course notes and blogs (the
 * repositories are named by each case): formulas it failed although their authors were right,
 * each beside a variant that is really wrong and still fails, and the true errors found, which
 * keep failing.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

/** The verdict of each formula of a note. */
const noteVerdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a CJK magnitude word after the formula (cjkScaleWords.ts)', () => {
  // Autumnair007/Deeplearning-notes-Obsidian, 20_Areas (应用领域)/CV (计算机视觉)/2_CV_Models (模型)/
  // Segment_Anything_Model(SAM)/sam_notes.md: an attention matrix of "about 16 million" (1600 万) entries.
  const sam = (claim: string) =>
    `自注意力的计算复杂度是 $O(N^2)$, 这意味着需要构建一个约 $4096 \\times 4096 \\approx ${claim}$ 万大小的注意力矩阵。\n`;

  it('4096 × 4096 ≈ 1600 万 (16 million) holds', async () => {
    expect(await noteVerdicts(sam('1600'))).toContain('holds');
  });

  it('a wrong count in 万 still fails: 4096 × 4096 ≈ 1200 万', async () => {
    expect(await noteVerdicts(sam('1200'))).toContain('fails');
  });

  it('without the word the same claim fails', async () => {
    expect(await noteVerdicts('约 $4096 \\times 4096 \\approx 1600$ 大小。\n')).toContain('fails');
  });

  it('Korean 만 and Japanese 億 scale the same way; a wrong one fails', async () => {
    expect(await noteVerdicts('약 $4096 \\times 4096 \\approx 1678$만 개의 원소.\n')).toContain('holds');
    expect(await noteVerdicts('約 $7 \\times 10^{9} \\approx 70$億人。\n')).toContain('holds');
    expect(await noteVerdicts('約 $7 \\times 10^{9} \\approx 50$億人。\n')).toContain('fails');
  });

  it('千万 is read as one word (10⁷), not as 千', async () => {
    expect(await noteVerdicts('参数量 $3 \\times 10^{7} = 3$ 千万。\n')).toContain('holds');
    expect(await noteVerdicts('参数量 $3 \\times 10^{4} = 3$ 千万。\n')).toContain('fails');
  });
});

describe('matrix shapes multiplied and broadcast (shapeAlgebra.ts)', () => {
  // iftrush/Deep-Learning-Notes, "Shallow Neural Network.md": the shapes of a vectorised layer.
  const layer = (row: string) =>
    `- Vectorization:\n$$\n\\begin{align}\nZ^{[1]}&=W^{[1]}X+b^{[1]} \\in\\mathbb{R}^{4\\times m}\\\\\n${row}\\\\\nA^{[1]}&=\\tanh(Z^{[1]})\\in\\mathbb{R}^{4\\times m}\n\\end{align}\n$$\n`;

  it('(4×m) = (4×2)(2×m)+(4×1) is not failed', async () => {
    expect(await noteVerdicts(layer('(4\\times m)&=(4\\times 2)(2\\times m)+(4\\times 1)'))).not.toContain('fails');
  });

  it('(1×m) = (1×4)(4×m)+(1×1): the bias broadcasts', async () => {
    expect(await noteVerdicts(layer('(1\\times m)&=(1\\times 4)(4\\times m)+(1\\times 1)'))).not.toContain('fails');
  });

  it('inner sizes that do not meet still fail: (4×m) = (4×3)(2×m)+(4×1)', async () => {
    expect(await noteVerdicts(layer('(4\\times m)&=(4\\times 3)(2\\times m)+(4\\times 1)'))).toContain('fails');
  });

  it('a bias that cannot broadcast still fails: (4×m) = (4×2)(2×m)+(3×1)', async () => {
    expect(await noteVerdicts(layer('(4\\times m)&=(4\\times 2)(2\\times m)+(3\\times 1)'))).toContain('fails');
  });

  it('a wrong result shape still fails: (1×m) = (4×4)(4×m)+(1×1) is (4×m)', async () => {
    expect(await noteVerdicts(layer('(1\\times m)&=(4\\times 4)(4\\times m)+(1\\times 1)'))).toContain('fails');
  });
});

describe('permutations in cycle notation (permutationCycles.ts)', () => {
  // KarelZe/anki-decks, "📐 LA 1/übung-s-118-gallianwas-ist-die-ordnung-folgender-permutat.md": orders of products of cycles.
  const card = (claim: string) => `Was ist die Ordnung folgender Permutationen?\n\n- $${claim}=\\operatorname{kgv}(3,4)=12$\n`;

  it('|(1235)(24567)| = |(124)(3567)| is not failed', async () => {
    expect(await noteVerdicts(card('|(1235)(24567)|=|(124)(3567)|'))).not.toContain('fails');
  });

  it('|(345)(245)| = |(25)(34)| is not failed', async () => {
    expect(await noteVerdicts('- $|(345)(245)|=|(25)(34)|=\\operatorname{kgv}(2,2)=2$\n')).not.toContain('fails');
  });

  it('an order that differs still fails: |(1235)(24567)| = |(124)(357)| (12, not 3)', async () => {
    expect(await noteVerdicts(card('|(1235)(24567)|=|(124)(357)|'))).toContain('fails');
  });

  it('a product that is another permutation in either order still fails: (345)(245) = (23)(45)', async () => {
    expect(await noteVerdicts('$(345)(245)=(23)(45)$\n')).toContain('fails');
  });
});

describe('a spelled SI prefix in the unit after the formula (afterFormula.ts)', () => {
  // SDcodehub/SDcodehub.github.io, _posts/2025-12-16-vocab-32k-vs-64k-ablation.md: FLOPs of the output layer.
  it('2 × 256 × 32,000 ≈ 16.4 MegaFLOPs holds', async () => {
    expect(await noteVerdicts('- **32k Model:** $2 \\times 256 \\times 32,000 \\approx 16.4$ MegaFLOPs\n')).toContain('holds');
  });

  it('a wrong count in MegaFLOPs still fails: ≈ 18.4 MegaFLOPs', async () => {
    expect(await noteVerdicts('- **32k Model:** $2 \\times 256 \\times 32,000 \\approx 18.4$ MegaFLOPs\n')).toContain('fails');
  });
});

describe('a multiplication sign and a space before the formula (operatorBeforeFormula.ts)', () => {
  // SDcodehub/SDcodehub.github.io, _posts/2025-11-30-adamw-accounting-resource-estimates.md: AdamW memory.
  it('16 bytes/param × $1.637 × 10^9 ≈ 26.2$ GB is not failed: its left side starts before the formula', async () => {
    expect(await noteVerdicts('- **Memory:** 16 bytes/param × $1.637 \\times 10^9 \\approx 26.2$ GB.\n')).not.toContain('fails');
  });

  it('the same formula after a letter x (not a sign) still fails', async () => {
    expect(await noteVerdicts('- **Memory:** 16 bytes/param x $1.637 \\times 10^9 \\approx 26.2$ GB.\n')).toContain('fails');
  });
});

describe('a one-digit log base written without braces (preprocess.ts)', () => {
  // Myyura/the_kai_project, docs/tokyo-university/engineering/eeis/2020/eeis_201908_3.md: entropies in bits.
  const bits = (claim: string) => `ただし $${claim}$ とする。\n`;

  it('\\log_23 = 1.585 holds: TeX sets log₂3', async () => {
    expect(await noteVerdicts(bits('\\log_23 = 1.585'))).toContain('holds');
    expect(await noteVerdicts(bits('\\log_216 = 4'))).toContain('holds');
  });

  it('a wrong value still fails: \\log_23 = 1.685', async () => {
    expect(await noteVerdicts(bits('\\log_23 = 1.685'))).toContain('fails');
  });

  it('\\log_10 100 = 2 keeps its base of ten', async () => {
    expect(await noteVerdicts(bits('\\log_10 100 = 2'))).toContain('holds');
  });
});

describe('i times a letter is the imaginary unit times it (complex.ts)', () => {
  // Myyura/the_kai_project, docs/nagoya-university/informatics/aisys/2014/aisys_201308_tiku_0959.md and
  // aisys_201608_tiku_0978.md: complex algebra, with i written against the letter it multiplies.
  it('(1+it)^2 = 1 - t^2 + 2it is not failed with i a real variable', async () => {
    expect(await noteVerdicts('$$\n(1+it)^2 = 1-t^2+2it\n$$\n')).not.toContain('fails');
  });

  it('1/(u + iv) = (u - iv)/(u^2 + v^2) is not failed', async () => {
    expect(await noteVerdicts('$\\frac{1}{u + iv} = \\frac{u - iv}{u^2 + v^2}$\n')).not.toContain('fails');
  });

  it('a wrong identity without i still fails: (1+t)^2 = 1 - t^2 + 2t', async () => {
    expect(await noteVerdicts('$$\n(1+t)^2 = 1-t^2+2t\n$$\n')).toContain('fails');
  });
});

describe('a bracket right after a bare function argument (functionArgumentExtent.ts)', () => {
  // Myyura/the_kai_project, docs/hosei-university/…/management_systems_202508_tiku_1104.md: sin³θ rewritten before integrating.
  it('∫ sin³θ dθ = ∫ sinθ (1 − cos²θ) dθ is not failed as sin(θ(1 − cos²θ))', async () => {
    const note = '$\\int_0^{\\pi} \\sin^3\\theta d\\theta = \\int_0^{\\pi} \\sin\\theta (1-\\cos^2\\theta) d\\theta$\n';
    expect(await noteVerdicts(note)).not.toContain('fails');
  });

  it('sinθ (1 − cos²θ) = sin³θ is not failed', async () => {
    expect(await noteVerdicts('$\\sin\\theta (1-\\cos^2\\theta) = \\sin^3\\theta$\n')).not.toContain('fails');
  });

  it('wrong in both readings still fails: sinθ (1 − cos²θ) = sin²θ, and the integral plus 1', async () => {
    expect(await noteVerdicts('$\\sin\\theta (1-\\cos^2\\theta) = \\sin^2\\theta$\n')).toContain('fails');
    const note = '$\\int_0^{\\pi} \\sin^3 x dx = \\int_0^{\\pi} \\sin x (1-\\cos^2 x) dx + 1$\n';
    expect(await noteVerdicts(note)).toContain('fails');
  });
});

describe("a digit, a space and e is Euler's number, not e-notation (preprocess.ts)", () => {
  // Myyura/the_kai_project, docs/hosei-university/…/management_systems_202308_tiku_1097.md: an area with e.
  it('e - (e^2 - 2e + 1) = -e^2 + 3e - 1 holds (2e + 1 is not 20)', async () => {
    expect(await noteVerdicts('$e - (e^2 - 2e + 1) = -e^2 + 3e - 1$\n')).toContain('holds');
  });

  it('a wrong expansion still fails: e - (e^2 - 2e + 1) = -e^2 + 3e + 1', async () => {
    expect(await noteVerdicts('$e - (e^2 - 2e + 1) = -e^2 + 3e + 1$\n')).toContain('fails');
  });

  it('e-notation written without spaces keeps its reading: 2.5e-4 × 2 = 5e-4', async () => {
    expect(await noteVerdicts('$2.5e-4 \\times 2 = 5e-4$\n')).toContain('holds');
  });
});

describe('true errors in these notes keep failing', () => {
  it('a Hopfield field summed wrongly (lfcondoriz/deep-learning-notes, topics/hopfield/ejemplos/02_varios_patrones.md)', async () => {
    const note = '$$\nh_1 = w_{12} S_2 + w_{13} S_3 + w_{14} S_4 = (-0.25)(+1) + (0.75)(+1) + (-0.75)(-1) = 0.25\n$$\n';
    expect(await noteVerdicts(note)).toContain('fails');
  });

  it('a KL divergence worked wrongly (Autumnair007/Deeplearning-notes-Obsidian, gan_notes.md: 0.116, not 0.149)', async () => {
    const note = '- $KL(Q\\|M) = 0.9 \\log(\\frac{0.9}{0.7}) + 0.1 \\log(\\frac{0.1}{0.3}) \\approx 0.149$\n';
    expect(await noteVerdicts(note)).toContain('fails');
  });

  it('snake eyes 1/6 · 1/6 = 1/32 (lgngrvs/technical, markdown/information-and-statistics.md)', async () => {
    expect(await noteVerdicts('the probability of rolling snake eyes is $1/6 \\cdot 1/6 = 1/32$ — so\n')).toContain('fails');
  });

  it('a transfer time 0.32 MB / 12.5 MBps = 28 ms (christ-tt/ml-notes: 25.6 ms)', async () => {
    const note = '$t_{\\text{upload}} = \\frac{0.32\\ \\text{MB}}{12.5\\ \\text{MBps}} = 28\\ \\text{ms}$\n';
    expect(await noteVerdicts(note)).toContain('fails');
  });
});
