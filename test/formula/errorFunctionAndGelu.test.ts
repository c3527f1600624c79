/**
 * erf, erfc, Φ and GELU (docs/readings/losses-and-gelu.md). erf and erfc are checked against mpmath
 * (test/formula/fixtures/erfReference.py → erfReference.json); the notes are verbatim excerpts of public notes.
 */
import { describe, expect, it } from 'vitest';
import { erf, erfc } from '../../src/core/numeric/erf';
import { LIBRARY_ERROR } from '../../src/core/formula/evaluate/interpret';
import { rewriteBracketGroups } from '../../src/core/formula/read/bracketGroups';
import { firstClaimOf, judgeNote } from '../support/judging';
import reference from './fixtures/erfReference.json';

/** Every claim of every formula of the note, in order. */
async function verdicts(note: string): Promise<string[]> {
  return (await judgeNote(note)).flatMap((r) => r.claims.map((c) => c.verdict));
}

describe('erf and erfc in float64', () => {
  it('agree with mpmath within the bound the interpreter carries', () => {
    for (const row of reference as Array<{ x: number; erf: number; erfc: number }>) {
      expect(Math.abs(erf(row.x) - row.erf)).toBeLessThanOrEqual(LIBRARY_ERROR.Erf!(row.erf) / 2 + 1e-300);
      expect(Math.abs(erfc(row.x) - row.erfc)).toBeLessThanOrEqual(LIBRARY_ERROR.Erfc!(row.erfc) / 2);
    }
  });

  it('reads erf written as text, as an operator name or as a bare word', async () => {
    expect((await firstClaimOf('$\\mathrm{erf}(1) = 0.8427$\n', 'erf')).verdict).toBe('holds');
    expect((await firstClaimOf('$\\operatorname{erf}(1) = 0.8527$\n', 'erf')).verdict).toBe('fails');
    expect((await firstClaimOf('$\\text{erf}(-x) = -\\text{erf}(x)$\n', 'erf')).verdict).toBe('holds');
    expect((await firstClaimOf('$erfc(x) = 1 - erf(x)$\n', 'erf')).verdict).toBe('holds');
    expect((await firstClaimOf('$\\operatorname{erfc}(x) = 1 + \\operatorname{erf}(x)$\n', 'erf')).verdict).toBe('fails');
  });
});

describe('square brackets that group', () => {
  it('groups after an operator, a fraction or a function, never after a name or around a comma', () => {
    expect(rewriteBracketGroups('-[y\\log\\hat y + (1-y)\\log(1-\\hat y)]')).toBe('-(y\\log\\hat y + (1-y)\\log(1-\\hat y))');
    expect(rewriteBracketGroups('\\frac{1}{2}\\left[1 + x\\right]')).toBe('\\frac{1}{2}\\left(1 + x\\right)');
    expect(rewriteBracketGroups('\\tanh\\left[2x\\right]')).toBe('\\tanh\\left(2x\\right)');
    expect(rewriteBracketGroups('0.5x\\left[1 + \\tanh(x)\\right]')).toBe('0.5x\\left(1 + \\tanh(x)\\right)');
    for (const kept of ['0.5x[n - 1]', 'E[X + Y]', '\\mathbb{E}_{p}[f + g]', '[a, b]', '= [x]', '[0 \\le x]', 'x[n - 1]', '= [x_1 - x_2 | y]']) expect(rewriteBracketGroups(kept)).toBe(kept);
  });
});

/** ivanleomk/ML-Notes, "Large Language Models.md" lines 228–233 (verbatim; the stray `$` inside the display dropped). */
const IVANLEOMK = [
  'In practice, we approximate it with the formula ',
  '',
  '$$',
  '\\text{GELU}(x) \\approx 0.5 \\cdot x \\cdot \\left(1 + \\tanh\\left[\\sqrt{\\frac{2}{\\pi}} \\cdot \\left(x + 0.044715 \\cdot x^3\\right)\\right]\\right)',
  '$$',
  '',
].join('\n');

/** Ludobico/Obsidian-Vault, Pytorch_Algorithm_Activation_GELU.md lines 3–13 (verbatim). */
const LUDOBICO = [
  '수학적으로 GELU 함수는 표준 정규 분포의 누적 분포 함수인 $\\phi(x)$ 를 사용하여 다음과 같이 정의됩니다.',
  '',
  '$$',
  '\\text{GELU}(x) = x \\phi(x)',
  '$$',
  '',
  '이는 계산의 편의를 위해 [[tanh]] 등을 사용하여 다음과 같이 근사하여 계산하기도 합니다.',
  '',
  '$$',
  '\\text{GELU}(x) \\approx 0.5 x \\cdot (1 + tanh(\\sqrt{\\frac{2}{\\pi}}  \\cdot (x + 0.044715 x^3)))',
  '$$',
  '',
].join('\n');

/** A GELU section as many notes write it (the chain and the approximation of a Chinese activation note found by find_string, verbatim). */
const GELU_SECTION = (chain: string) => [
  '### 3.2 GELU（Gaussian Error Linear Unit）',
  '',
  '**数学公式**',
  '',
  '$$',
  chain,
  '$$',
  '',
  '其中 $\\Phi(x)$ 是标准正态分布的累积分布函数（CDF），$\\text{erf}$ 是误差函数。',
  '',
  '实际计算中常用近似公式：',
  '',
  '$$',
  '\\text{GELU}(x) \\approx 0.5x\\left[1 + \\tanh\\left(\\sqrt{\\frac{2}{\\pi}}(x + 0.044715x^3)\\right)\\right]',
  '$$',
  '',
].join('\n');
const GELU_CHAIN = '\\text{GELU}(x) = x \\cdot \\Phi(x) = x \\cdot \\frac{1}{2}\\left[1 + \\text{erf}\\left(\\frac{x}{\\sqrt{2}}\\right)\\right]';

/** OpenVINO's operation specification Gelu-2 (search corpus excerpt, verbatim formula and sentence). */
const OPENVINO = [
  'It performs element-wise activation function on a given input tensor, based on the following mathematical formula:',
  '',
  '$$',
  'Gelu(x) = x\\cdot\\Phi(x) = x\\cdot\\frac{1}{2}\\cdot\\left[1 + erf\\left(x/\\sqrt{2}\\right)\\right]',
  '$$',
  '',
  'where Φ(x) is the Cumulative Distribution Function for Gaussian Distribution.',
  '',
].join('\n');

describe('GELU and Φ by name', () => {
  it('holds the tanh approximation written with brackets or a bare tanh', async () => {
    const ivan = await firstClaimOf(IVANLEOMK, 'GELU');
    expect(ivan.verdict).toBe('holds');
    expect(ivan.reading).toContain('tanh approximation');
    expect(await verdicts(LUDOBICO)).toEqual(['none', 'holds']);
  });

  it('holds GELU = xΦ(x) = x·½[1 + erf(x/√2)] where Φ is the normal CDF, and fails a chain that drops the √2', async () => {
    expect(await verdicts(GELU_SECTION(GELU_CHAIN))).toEqual(['holds', 'holds', 'holds']);
    const slip = GELU_CHAIN.replace('\\frac{x}{\\sqrt{2}}', '\\frac{x}{2}');
    expect(await verdicts(GELU_SECTION(slip))).toEqual(['holds', 'fails', 'holds']);
    // `Gelu(x)` in plain letters is not read as the function (a product of letters for the engine): that link stays open.
    expect(await verdicts(OPENVINO)).toEqual(['none', 'holds']);
  });

  it('holds the sigmoid approximation and never fails an approximation', async () => {
    const note = 'GELU is often approximated:\n\n$$\\text{GELU}(x) \\approx x \\cdot \\sigma(1.702 x)$$\n\n$$\\text{GELU}(x) \\approx 0.5x(1 + \\tanh(\\sqrt{2/\\pi}(x + 0.44715x^3)))$$\n\n$$\\text{GELU}(x) \\approx x$$\n';
    expect(await verdicts(note)).toEqual(['holds', 'none', 'none']);
  });

  it('keeps every convention when the note defines GELU by one of them', async () => {
    const note = '## GELU\n\n$$\\text{GELU}(x) = 0.5x(1 + \\tanh(\\sqrt{2/\\pi}(x + 0.044715x^3)))$$\n\n$$\\text{GELU}(x) = x \\cdot \\Phi(x)$$\n\nwhere $\\Phi$ is the standard normal CDF.\n';
    expect(await verdicts(note)).toEqual(['holds', 'holds']);
  });

  it('leaves Φ alone where the note does not say it is the normal CDF', async () => {
    // The formula's own erf may confirm Φ as the normal CDF, never refute: no prose says what Φ is.
    const features = '## Feature maps\n\nThe kernel trick maps inputs through $\\Phi$.\n\n$$x\\Phi(x) = \\frac{x}{2}(1 + \\text{erf}(x))$$\n\n$$x\\Phi(x) = \\frac{x}{2}\\left(1 + \\text{erf}\\left(\\frac{x}{\\sqrt{2}}\\right)\\right)$$\n';
    expect(await verdicts(features)).toEqual(['none', 'holds']);
    // Defined by the note, Φ is the note's own: a later claim is judged with that definition.
    const own = '## Feature maps\n\n$$\\Phi(x) = x \\cdot \\frac{1}{2}\\left[1 + \\tanh(x)\\right]$$\n\n$$x\\Phi(x) = \\frac{x^2}{2}(1 + \\tanh(x))$$\n';
    expect(await verdicts(own)).toEqual(['none', 'holds']);
    // Lower-case φ is the density in most notes, even where this one calls it the CDF (bentrevett/notes, GELU.md: `f(x) = x \phi(x)`).
    expect((await firstClaimOf(LUDOBICO, 'x \\phi(x)')).verdict).toBe('none');
  });
});

/** A BCE worked example (find_string 3633916695, a Chinese note on BCE with a sigmoid output; prose and formulas verbatim, the numbers left out). */
const BCE_NOTE = (gradient: string) => [
  '我们想知道这个点在圆内的概率是多少,于是我们用sigmoid函数把z变成概率:',
  '',
  '$$\\hat{y} = \\sigma(z)$$',
  '',
  '现在我们可以计算BCE损失:',
  '',
  '$$L = -[y\\log(\\hat{y}) + (1-y)\\log(1-\\hat{y})]$$',
  '',
  `$$${gradient}$$`,
  '',
].join('\n');

describe('losses written with square brackets', () => {
  it("holds BCE's gradient ŷ − y through the note's definitions, and leaves the slips undecided (σ assumed, confirm-only)", async () => {
    expect((await firstClaimOf(BCE_NOTE('\\frac{\\partial L}{\\partial z} = \\hat{y} - y'), 'partial')).verdict).toBe('holds');
    expect((await firstClaimOf(BCE_NOTE('\\frac{\\partial L}{\\partial z} = \\hat{y}(1 - \\hat{y})'), 'partial')).verdict).toBe('none');
  });

  it('holds the bracket opened and fails a dropped minus sign (find_string 56855881535, 3633916695: BCE at y = 1)', async () => {
    const opened = await verdicts(BCE_NOTE('-[y\\log(\\hat{y}) + (1-y)\\log(1-\\hat{y})] = -y\\log\\hat{y} - (1-y)\\log(1-\\hat{y})'));
    expect(opened.at(-1)).toBe('holds');
    expect((await firstClaimOf('$$-[1 \\cdot \\log(0.771) + 0] = -\\log(0.771)$$\n', '0.771')).verdict).toBe('holds');
    expect((await firstClaimOf('$$-[1 \\cdot \\log(0.771) + 0] = \\log(0.771)$$\n', '0.771')).verdict).toBe('fails');
  });
});
