/**
 * An eighth round of public notes the checker had never seen — deep-learning study notes and
 * vaults in Chinese, Korean, Japanese and English, course notes (CS231n, CS224n, Hung-yi Lee,
 * d2l translations) and LLM notes (the repositories are named by each case): formulas it failed
 * although their authors were right, each beside a variant that is really wrong and still fails,
 * and the true errors found, which keep failing.
 */
import { describe, expect, it } from 'vitest';
import { judgeNote } from '../support/judging';

/** The verdict of each formula of a note. */
const noteVerdicts = async (note: string) => (await judgeNote(note)).map((r) => r.verdict);

describe('a claimed factor written inverted (reciprocalFactor.ts)', () => {
  // CaoJiahao2/deep-learning-notes, docs/architectures/object-detection.md: focal loss shrinks an easy example's loss.
  const focal = (claim: string) => `当 $\\gamma = 2$、$p_t = 0.9$ 时，该样本的损失被缩小 $${claim}$ 倍；而 $p_t = 0.1$ 的难样本几乎不受影响。\n`;

  it('(1-0.9)^2 = 100 倍 (a loss reduced 100 times) is not failed', async () => {
    expect(await noteVerdicts(focal('(1-0.9)^2 = 100'))).not.toContain('fails');
  });

  it('a factor wrong either way round still fails: (1-0.9)^2 = 50 倍', async () => {
    expect(await noteVerdicts(focal('(1-0.9)^2 = 50'))).toContain('fails');
  });

  it('without a factor word the same equation fails', async () => {
    expect(await noteVerdicts('the weight is $(1-0.9)^2 = 100$ here.\n')).toContain('fails');
  });

  it('in English: "reduced by a factor of" before, or "times" after', async () => {
    expect(await noteVerdicts('The loss is reduced by a factor of $(1-0.9)^2 = 100$.\n')).not.toContain('fails');
    expect(await noteVerdicts('The loss is $0.5^{2} = 4$ times smaller.\n')).not.toContain('fails');
    expect(await noteVerdicts('The loss is $0.5^{2} = 3$ times smaller.\n')).toContain('fails');
  });
});

describe('= after an ≈ in a chain joins two roundings of one value (approximateChain.ts)', () => {
  // A Chinese note on serving Nemotron's 512 experts, found by the code search (which does not name its
  // repository): 2 × 2048 × 5120 = 20.97M is written 21M, and 512 × 20.97M = 10.74B.
  const experts = (rest: string) =>
    `$$\\begin{aligned}\n\\text{Params}_{\\text{all experts}} &= 48 \\text{ layers} \\times 512 \\text{ experts} \\times (2 \\times 2048 \\times 5120) \\text{ params} \\\\\n&\\approx ${rest}\n\\end{aligned}$$\n`;

  it('48 × 512 × 21M = 48 × 10.74B = 515.5B after ≈ is not failed', async () => {
    expect(await noteVerdicts(experts('48 \\times 512 \\times 21\\text{M} = 48 \\times 10.74\\text{B} = 515.5\\text{B}'))).not.toContain('fails');
  });

  it('a side that strays beyond what ≈ allows still fails: 48 × 512 × 21M = 48 × 11.74B', async () => {
    expect(await noteVerdicts(experts('48 \\times 512 \\times 21\\text{M} = 48 \\times 11.74\\text{B}'))).toContain('fails');
  });

  it('with an exact side that has a value, both sides must agree with it', async () => {
    // 2 × 1.004 = 2.008: 2 and 2.01 both round it, 2.1 does not.
    expect(await noteVerdicts('$$2 \\times 1.004 \\approx 2 = 2.01$$\n')).not.toContain('fails');
    expect(await noteVerdicts('$$2 \\times 1.004 \\approx 2 = 2.1$$\n')).toContain('fails');
  });

  it('without an ≈ before it the same = fails', async () => {
    expect(await noteVerdicts('$$48 \\times 512 \\times 21 = 48 \\times 10.74$$\n')).toContain('fails');
  });
});

describe('a braced comma before other than three digits is a decimal comma (preprocess.ts)', () => {
  // A Spanish CNN exercise on output volumes (found by the code search, which does not name its repository):
  // a 6×6 filter at stride 5 on 224 pixels gives 43.6 + 1, no whole size.
  it('\\frac{218}{5} + 1 = 43{,}6 + 1 = 44{,}6 is not failed', async () => {
    expect(await noteVerdicts('$$W = \\frac{224 - 6 + 0}{5} + 1 = \\frac{218}{5} + 1 = 43{,}6 + 1 = 44{,}6 \\quad \\Rightarrow \\text{No entero: Inválido}$$\n')).not.toContain('fails');
  });

  it('a wrong decimal still fails, and groups of three (or Indian groups of two) stay digit groups', async () => {
    expect(await noteVerdicts('$$\\frac{218}{5} + 1 = 43{,}6 + 1 = 45{,}6$$\n')).toEqual(['fails']);
    expect(await noteVerdicts('$$768{,}000 = 768000$$\n')).toEqual(['holds']);
    expect(await noteVerdicts('$$1{,}00{,}000 = 100000$$\n')).toEqual(['holds']);
  });
});

describe('a bold shape written after a computed size (writtenShape.ts)', () => {
  // A CNN note on output sizes (found by the code search): VALID padding, stride 2, on 224 pixels.
  it('110 + 1 = \\mathbf{111 \\times 111} output size is not failed', async () => {
    const note = '> *   Calculation: $\\lfloor \\frac{224 - 3 + 0}{2} \\rfloor + 1 = \\lfloor \\frac{221}{2} \\rfloor + 1 = 110 + 1 = \\mathbf{111 \\times 111}$ output size.\n';
    expect(await noteVerdicts(note)).not.toContain('fails');
  });

  it('a shape whose side the left side does not give still fails', async () => {
    expect(await noteVerdicts('$110 + 1 = \\mathbf{112 \\times 112}$ output size.\n')).toEqual(['fails']);
  });
});

describe('a bold value with a spaced remark (split.ts)', () => {
  // Exam notes on a neuron's forward pass (found by the code search): the sigmoid of 0.45, bold, with its percent.
  it('\\frac{1}{1.6376} \\approx \\mathbf{0.6106 \\quad (61.06\\%)} holds, not read as 0.6106 × 0.6106', async () => {
    expect(await noteVerdicts('$$y = \\frac{1}{1 + 0.6376} = \\frac{1}{1.6376} \\approx \\mathbf{0.6106 \\quad (61.06\\%)}$$\n')).toEqual(['holds']);
  });

  it('a wrong bold value still fails', async () => {
    expect(await noteVerdicts('$$\\frac{1}{1.6376} \\approx \\mathbf{0.7106 \\quad (71.06\\%)}$$\n')).toEqual(['fails']);
  });
});

describe('a rounded decimal in an exponent gives no proportional allowance under ≈ (claims.ts)', () => {
  // A Chinese note on predicting the next token (found by the code search, which does not name its repository):
  // σ(1.6) = 0.832, but the 3 % half-unit of 1.6 was applied to the value and reached the 0.85 written: an error called holds.
  it('\\frac{1}{1 + e^{-1.6}} \\approx 0.85 fails', async () => {
    expect(await noteVerdicts('$$\\frac{1}{1 + e^{-1.6}} \\approx 0.85$$\n')).toEqual(['fails']);
  });

  it('the value rounded holds, and decimals that multiply keep their allowance', async () => {
    expect(await noteVerdicts('$$\\frac{1}{1 + e^{-1.6}} \\approx 0.83$$\n')).toEqual(['holds']);
    // 1.1 × 10¹⁵ stands for 1.126 × 10¹⁵: ×4 it reaches 4.5.
    expect(await noteVerdicts('$$(1.1 \\times 10^{15}) \\times 4 \\approx 4.5 \\times 10^{15}$$\n')).toEqual(['holds']);
  });
});

describe('true errors in these notes keep failing', () => {
  // wenxuan-swx/LLM-MLLM-Notes, Multimodal_Paper_Notes/Multimodal_Paper_Notes.md: softmax of 2.22, 2.02, 1.72 is 0.412, 0.338, 0.250.
  it('the softmax probabilities 0.43 and 0.22 fail', async () => {
    expect(await noteVerdicts('$$\nP = \\frac{e^{2.22}}{e^{2.22} + e^{2.02} + e^{1.72}} \\approx 0.43\n$$\n')).toEqual(['fails']);
    expect(await noteVerdicts('$$\nP = \\frac{e^{1.72}}{e^{2.22} + e^{2.02} + e^{1.72}} \\approx 0.22\n$$\n')).toEqual(['fails']);
  });

  // 171498290/Hung-yi-Lee-DL-notes, recurrent_neural_network/recurrent_neural_network.md: the sum leaves out a memory cell.
  it('1×1+1×1+2=6 fails', async () => {
    expect(await noteVerdicts('即$1×1+1×1+2=6$.然后将6存入内存中进行下一次循环.\n')).toEqual(['fails']);
  });

  // CaoJiahao2/deep-learning-notes, docs/training/ai-infrastructure.md: the quotient is 1.9 × 10⁹ GPU-seconds (5.2 × 10⁵ hours), not 1.9 × 10⁶.
  it('6 × 70e9 × 2e12 / (0.45 × 990e12) ≈ 1.9 × 10^6 GPU 小时 fails', async () => {
    const note = '$$\n\\text{GPU 小时} = \\frac{6 \\times 70 \\times 10^9 \\times 2 \\times 10^{12}}{0.45 \\times 990 \\times 10^{12}} \\approx 1.9 \\times 10^6 \\text{ GPU 小时}\n$$\n';
    expect(await noteVerdicts(note)).toEqual(['fails']);
  });
});
