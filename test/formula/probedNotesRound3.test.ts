/**
 * A third round of public notes the checker had never seen (Vtheonly/Obsidian_Notes,
 * GaoZ1en/obsidian_note, EthanAha-ctrl/ai_papers_obsidian, datawhalechina/easy-rl,
 * ByteGeniusBot/MIT-18.06-Linear-Algebra-Notes-From-Zhihu): formulas it failed although
 * their authors were right, each beside a variant that is really wrong and still fails.
 */
import { describe, expect, it } from 'vitest';
import { judgeFormula, judgeNote } from '../support/judging';

const verdicts = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.verdict);
const reasons = async (latex: string) => (await judgeFormula(latex)).claims.map((c) => c.reason ?? '');

describe('a variable alone on one side and inside the other is solved for (identityDoubts.ts)', () => {
  // Vtheonly, Statistics/Chapter 3: Markov Chains/3.4: the fixed point of a regular stochastic matrix.
  it('x·0 + (1−x)·½ = x ⟹ (1−x)/2 = x are equations, not identities', async () => {
    expect(await verdicts('x \\cdot 0 + (1-x) \\cdot \\frac{1}{2} = x \\implies \\frac{1-x}{2} = x')).toEqual(['none', 'none']);
    expect(await reasons('\\frac{1-x}{2} = x')).toEqual([expect.stringMatching(/an equation in x/)]);
  });

  it('an identity with work on both sides still fails', async () => {
    expect(await verdicts('\\frac{1-x}{2} = \\frac{x}{2} - 1')).toEqual(['fails']);
  });
});

describe('0.1 + 0.2 ≠ 0.3 in floating point (claims.ts)', () => {
  // Vtheonly, Microservices/03.2 Django Model Fields: "due to floating-point representation limits".
  it('is undecided, naming the two doubles', async () => {
    expect(await verdicts('0.1 + 0.2 \\neq 0.3')).toEqual(['none']);
    expect(await reasons('0.1 + 0.2 \\neq 0.3')).toEqual([expect.stringMatching(/float64 arithmetic \(0\.30000000000000004 against 0\.3\)/)]);
  });

  it('equal doubles still fail', async () => {
    expect(await verdicts('0.5 + 0.25 \\neq 0.75')).toEqual(['fails']);
  });
});

describe('notations of physics and computing notes (notationDoubts.ts)', () => {
  it('tensor indices are no powers (GaoZ1en, Lie-Poisson electrodynamics)', async () => {
    expect(await verdicts('\\omega^{\\mu\\lambda} = -\\omega^{\\lambda\\mu}')).toEqual(['none']);
    expect(await verdicts('(\\omega + 1)^{2} = \\omega^{2} + 1')).toEqual(['fails']);
  });

  it('superscripts 0, 1 and τ label the ends and a point of a path (EthanAha-ctrl, flow matching)', async () => {
    expect(await verdicts('x^\\tau = (1-\\tau) x^0 + \\tau x^1')).toEqual(['none']);
    expect(await verdicts('v_{t+k}^\\tau = (1-\\tau)v_{t+k}^0 + \\tau v_{t+k}^1')).toEqual(['none']);
    expect(await verdicts('e^{x} = 1 + x')).toEqual(['fails']);
  });

  it('numerals of 0s and 1s beside plain numbers may be binary or unary (Vtheonly, Turing machines)', async () => {
    expect(await verdicts('011 = 3')).toEqual(['none']);
    expect(await verdicts('2 = 11')).toEqual(['none']);
    expect(await verdicts('2^{10} = 1000')).toEqual(['fails']);
    expect(await verdicts('3 = 4')).toEqual(['fails']);
  });

  it('a name set as text keeps its subscript (Vtheonly, VGG FLOPs)', async () => {
    const v = await verdicts('\\text{FLOPs}_{\\text{Total}} = 3{,}211{,}264 + 20{,}070{,}400 = \\mathbf{23{,}281{,}664 \\text{ FLOPs}}');
    expect(v).not.toContain('fails');
  });
});

describe('percentages written after values already in percent', () => {
  // EthanAha-ctrl, Cattle Burping Remedies.
  it('45 × (1 − e^{−0.45}) = 16.3% is 16.3 percent', async () => {
    expect(await verdicts('45 \\times (1-e^{-0.45}) = 16.3\\%')).toEqual(['none']);
    expect(await verdicts('\\frac{45 \\times 1}{0.5 + 1} = 30\\%')).toEqual(['none']);
    expect(await verdicts('0.5 = 40\\%')).toEqual(['fails']);
  });

  it('a bracketed percentage restates the number before it', async () => {
    expect(await verdicts('0.30 + 0.15 - (0.30 \\times 0.15) = 0.405 \\, (40.5\\%)')).toEqual(['holds']);
    expect(await verdicts('0.30 + 0.15 = 0.5 \\, (50\\%)')).toEqual(['fails']);
  });
});

describe('a base of two digits without braces', () => {
  // EthanAha-ctrl, pam signal eye diagram: 20 log₁₀ 3 ≈ 9.5 dB.
  it('\\log_10(3) is the base-10 logarithm', async () => {
    expect(await verdicts('20 \\log_10(3) \\approx 9.5')).toEqual(['holds']);
    expect(await verdicts('20 \\log_10(3) \\approx 22')).toEqual(['fails']);
  });
});

describe('a restated left side (restatedLeftSide.ts) across a running total', () => {
  // Vtheonly, CNN/27. Exercises Solved and Explained: the whole sum, then a partial sum with its own result.
  it('P_total = 160 + 4,640 = 4,800 after the whole sum is a running total, not a wrong next step', async () => {
    const note = '## Parameters\n\n$$P_{\\text{total}} = 160 + 4{,}640 + 65{,}664 + 1{,}290$$\n\n$$P_{\\text{total}} = 160 + 4{,}640 = 4{,}800$$\n';
    const reports = await judgeNote(note);
    expect(reports.map((r) => r.verdict)).not.toContain('fails');
  });

  it('two text names with one subscript are two names (VGG: Params then FLOPs)', async () => {
    const note = '## Totals\n\n$$\\text{Params}_{\\text{Total}} = 1{,}792 + 36{,}928$$\n\n$$\\text{FLOPs}_{\\text{Total}} = 3{,}211{,}264 + 20{,}070{,}400$$\n';
    expect((await judgeNote(note)).map((r) => r.verdict)).not.toContain('fails');
  });
});
